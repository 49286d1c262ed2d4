using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CountyIP.Modules.Registry.Data.Migrations;

/// <summary>
/// The full-text index of patents (ADR 0027), written by hand: an FTS5 virtual table and a <c>tsvector</c> column are
/// outside EF Core's model, so no generated migration would create them, and they live with the module that owns them
/// (the generated sets under Platform/Data/Migrations are regenerated wholesale). Existing patents are indexed by the
/// <c>rebuild-search-index</c> command or, on start, when the index is behind (<see cref="PatentSearchRebuild"/>).
/// </summary>
[DbContext(typeof(SqliteCountyIpDbContext))]
[Migration("20261206230000_SqlitePatentSearchIndex")]
internal sealed class SqlitePatentSearchIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE TABLE registry_patent_search (\"Key\" INTEGER PRIMARY KEY, \"PatentId\" TEXT NOT NULL UNIQUE);");
        // Contentless (the text is in registry_patents), rows deletable (contentless_delete, SQLite 3.43). The tokens are
        // made in C# (SearchTokenizer: folded, lower-cased, CJK pairs), so FTS5 only has to split them on the spaces
        // between them: the 'ascii' tokenizer does that and takes every non-ASCII character as part of a token, at less
        // than unicode61's cost per character (issue 13 §7: the import's rate with the index kept in step).
        migrationBuilder.Sql(
            "CREATE VIRTUAL TABLE registry_patent_fts USING fts5(" + string.Join(", ", PatentSearchIndex.Columns)
            + ", content='', contentless_delete=1, tokenize='ascii');");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE registry_patent_fts;");
        migrationBuilder.Sql("DROP TABLE registry_patent_search;");
    }
}

/// <summary>The PostgreSQL half of <see cref="SqlitePatentSearchIndex"/>: a tsvector per patent under a GIN index.</summary>
[DbContext(typeof(PostgresCountyIpDbContext))]
[Migration("20261206230000_PostgresPatentSearchIndex")]
internal sealed class PostgresPatentSearchIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE TABLE registry_patent_search (\"PatentId\" uuid PRIMARY KEY, \"Document\" tsvector NOT NULL);");
        migrationBuilder.Sql("CREATE INDEX \"IX_registry_patent_search_Document\" ON registry_patent_search USING GIN (\"Document\");");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE registry_patent_search;");
}

/// <summary>
/// The full-text index of trademarks, copyright registrations and enterprises (issue 13 §1; <see cref="RecordSearchIndex"/>),
/// written by hand for the same reasons as the patents'. Existing records are indexed on the next start (<see cref="PatentSearchRebuild"/>).
/// </summary>
[DbContext(typeof(SqliteCountyIpDbContext))]
[Migration("20261207030000_SqliteRecordSearchIndex")]
internal sealed class SqliteRecordSearchIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE TABLE registry_record_search (\"Key\" INTEGER PRIMARY KEY, \"Kind\" TEXT NOT NULL, \"RecordId\" TEXT NOT NULL, UNIQUE (\"Kind\", \"RecordId\"));");
        migrationBuilder.Sql(
            "CREATE VIRTUAL TABLE registry_record_fts USING fts5(" + string.Join(", ", RecordSearchIndex.Columns)
            + ", content='', contentless_delete=1, tokenize='ascii');");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE registry_record_fts;");
        migrationBuilder.Sql("DROP TABLE registry_record_search;");
    }
}

/// <summary>The PostgreSQL half of <see cref="SqliteRecordSearchIndex"/>.</summary>
[DbContext(typeof(PostgresCountyIpDbContext))]
[Migration("20261207030000_PostgresRecordSearchIndex")]
internal sealed class PostgresRecordSearchIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE TABLE registry_record_search (\"Kind\" text NOT NULL, \"RecordId\" uuid NOT NULL, \"Document\" tsvector NOT NULL, PRIMARY KEY (\"Kind\", \"RecordId\"));");
        migrationBuilder.Sql("CREATE INDEX \"IX_registry_record_search_Document\" ON registry_record_search USING GIN (\"Document\");");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE registry_record_search;");
}
