using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CountyIP.Modules.Registry.Data;

/// <summary>A patent a query matched, with its score (lower is better on both databases).</summary>
public sealed class PatentSearchHit
{
    public Guid PatentId { get; set; }

    public double Score { get; set; }
}

/// <summary>
/// The full-text index of patents (issue 13 §1, ADR 0027), one implementation per database behind the same two
/// questions: which patents match a query (<see cref="Hits"/>, composable with the registry's filters and scope) and
/// how a patent's row is written (<see cref="PatentSearchWriter"/>). SQLite: the FTS5 table
/// <c>registry_patent_fts</c> (contentless, rows deletable; one column per field, ranked by BM25) keyed by
/// <c>registry_patent_search</c> (an integer per patent, since FTS5 rows have integer ids). PostgreSQL:
/// <c>registry_patent_search</c> holds a <c>tsvector</c> per patent under a GIN index, each lexeme tagged with its
/// field (<c>t|电池</c>) so a field prefix is a lexeme and a phrase stays inside one field; ranked by <c>ts_rank</c>.
/// Both receive the tokens of <see cref="SearchTokenizer"/>, so both answer the same set.
/// </summary>
internal static class PatentSearchIndex
{
    /// <summary>FTS5 columns, in <see cref="PatentSearchDocument.Fields"/> order.</summary>
    public static readonly string[] Columns = ["title", "abstract", "applicants", "inventors", "agency", "ipc", "numbers"];

    /// <summary>PostgreSQL lexeme tags and weights, in the same order (title A, applicants and numbers B, abstract and inventors C, the rest D).</summary>
    private static readonly (char Tag, char Weight)[] Tags = [('t', 'A'), ('a', 'C'), ('p', 'B'), ('i', 'C'), ('g', 'D'), ('c', 'D'), ('n', 'B')];

    /// <summary>
    /// Fields a term without a prefix looks in: all of them. The IPC column holds only codes (h01m00100525), which no word
    /// but the code itself matches, and a column filter costs FTS5 a check of every match's positions (issue 13 §7).
    /// </summary>
    private static readonly SearchField[] Unprefixed = Enum.GetValues<SearchField>();

    /// <summary>BM25 weights per column: a word in the title or an applicant's name counts more than one in the abstract.</summary>
    private const string Bm25 = "bm25(registry_patent_fts, 10.0, 2.0, 6.0, 3.0, 1.0, 1.0, 6.0)";

    /// <summary>The patents matching <paramref name="expression"/>, as a query the caller joins with its filters.</summary>
    public static IQueryable<PatentSearchHit> Hits(DbContext db, SearchExpression expression)
    {
        if (db.Database.IsSqlite())
        {
            return db.Database.SqlQuery<PatentSearchHit>(FormattableStringFactory.Create(
                $"SELECT k.\"PatentId\" AS \"PatentId\", {Bm25} AS \"Score\" FROM registry_patent_fts JOIN registry_patent_search AS k ON k.\"Key\" = registry_patent_fts.rowid WHERE registry_patent_fts MATCH {{0}}",
                Fts5Match(expression)));
        }

        return db.Database.SqlQuery<PatentSearchHit>(FormattableStringFactory.Create(
            "SELECT s.\"PatentId\" AS \"PatentId\", CAST(-ts_rank(s.\"Document\", q.query) AS double precision) AS \"Score\" FROM registry_patent_search AS s, (SELECT CAST({0} AS tsquery) AS query) AS q WHERE s.\"Document\" @@ q.query",
            TsQuery(expression)));
    }

    /// <summary>How many patents match, from the index alone (every patent has one row).</summary>
    public static Task<int> CountAsync(DbContext db, SearchExpression expression, CancellationToken ct) =>
        db.Database.IsSqlite()
            ? db.Database.SqlQuery<int>(FormattableStringFactory.Create(
                "SELECT COUNT(*) AS \"Value\" FROM registry_patent_fts WHERE registry_patent_fts MATCH {0}", Fts5Match(expression))).SingleAsync(ct)
            : db.Database.SqlQuery<int>(FormattableStringFactory.Create(
                "SELECT CAST(COUNT(*) AS integer) AS \"Value\" FROM registry_patent_search WHERE \"Document\" @@ CAST({0} AS tsquery)", TsQuery(expression))).SingleAsync(ct);

    /// <summary>
    /// The best matches by rank, <paramref name="take"/> after <paramref name="skip"/>, from the index alone: the ranking
    /// runs inside the full-text table and only the page's keys are looked up (ties by key, so pages do not overlap).
    /// </summary>
    public static Task<List<PatentSearchHit>> TopAsync(DbContext db, SearchExpression expression, int skip, int take, CancellationToken ct) =>
        db.Database.IsSqlite()
            ? db.Database.SqlQuery<PatentSearchHit>(FormattableStringFactory.Create(
                $"SELECT k.\"PatentId\" AS \"PatentId\", t.score AS \"Score\" FROM (SELECT rowid AS id, {Bm25} AS score FROM registry_patent_fts WHERE registry_patent_fts MATCH {{0}} ORDER BY score, rowid LIMIT {{1}} OFFSET {{2}}) AS t JOIN registry_patent_search AS k ON k.\"Key\" = t.id ORDER BY t.score, t.id",
                Fts5Match(expression), take, skip)).ToListAsync(ct)
            : db.Database.SqlQuery<PatentSearchHit>(FormattableStringFactory.Create(
                "SELECT s.\"PatentId\" AS \"PatentId\", CAST(-ts_rank(s.\"Document\", q.query) AS double precision) AS \"Score\" FROM registry_patent_search AS s, (SELECT CAST({0} AS tsquery) AS query) AS q WHERE s.\"Document\" @@ q.query ORDER BY 2, 1 LIMIT {1} OFFSET {2}",
                TsQuery(expression), take, skip)).ToListAsync(ct);

    /// <summary>The expression in FTS5's query language: column filters, quoted phrases, <c>*</c> prefixes, AND/OR/NOT.</summary>
    public static string Fts5Match(SearchExpression expression) => Fts5Match(expression, f => Columns[(int)f]);

    /// <summary>The same for an index whose columns are named by <paramref name="column"/> (the other records' index).</summary>
    public static string Fts5Match(SearchExpression expression, Func<SearchField, string> column)
    {
        string Term(SearchTerm term)
        {
            var phrase = "\"" + string.Join(' ', term.Tokens) + "\"" + (term.Prefix ? " *" : string.Empty);
            return term.Field is { } field ? $"{column(field)} : {phrase}" : phrase;
        }

        var all = string.Join(" AND ", expression.Groups.Select(g => "(" + string.Join(" OR ", g.Select(Term)) + ")"));
        return expression.Excluded.Count == 0 ? all : $"({all}) NOT ({string.Join(" OR ", expression.Excluded.Select(Term))})";
    }

    /// <summary>The expression as a PostgreSQL <c>tsquery</c> literal of tagged lexemes (phrases with <c>&lt;-&gt;</c>).</summary>
    public static string TsQuery(SearchExpression expression) => TsQuery(expression, f => Tags[(int)f].Tag, Unprefixed);

    /// <summary>The same for an index whose lexemes are tagged by <paramref name="tag"/>, an unprefixed term looking in <paramref name="unprefixed"/>.</summary>
    public static string TsQuery(SearchExpression expression, Func<SearchField, char> tag, IReadOnlyList<SearchField> unprefixed)
    {
        string Term(SearchTerm term)
        {
            var fields = term.Field is { } field ? [field] : unprefixed;
            return "(" + string.Join(" | ", fields.Select(f => "(" + string.Join(" <-> ", term.Tokens.Select(t => $"'{tag(f)}|{t}'" + (term.Prefix ? ":*" : string.Empty))) + ")")) + ")";
        }

        var all = string.Join(" & ", expression.Groups.Select(g => "(" + string.Join(" | ", g.Select(Term)) + ")"));
        return expression.Excluded.Count == 0 ? all : $"({all}) & !({string.Join(" | ", expression.Excluded.Select(Term))})";
    }

    /// <summary>A patent's document as a <c>tsvector</c> literal: tagged lexemes with their positions and weights.</summary>
    public static string TsVector(PatentSearchDocument document) =>
        TsVector(document.Fields.Select((f, i) => (Tags[i].Tag, Tags[i].Weight, f.Tokens)));

    /// <summary>Fields' tokens as a <c>tsvector</c> literal, each lexeme tagged with its field and weighted.</summary>
    public static string TsVector(IEnumerable<(char Tag, char Weight, string Tokens)> fields)
    {
        var builder = new StringBuilder();
        foreach (var (tag, weight, tokens) in fields)
        {
            var position = 0;
            foreach (var token in tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // PostgreSQL keeps positions up to 16383; a longer abstract's tail is still found, without a position.
                position = Math.Min(position + 1, 16383);
                builder.Append('\'').Append(tag).Append('|').Append(token).Append("':").Append(position.ToString(CultureInfo.InvariantCulture)).Append(weight).Append(' ');
            }
        }

        return builder.ToString();
    }
}

/// <summary>Prepared commands on the context's connection, joined to its current transaction: the index writers' one way to talk to the database.</summary>
internal static class SearchCommands
{
    public static DbCommand Prepare(DbContext db, string sql, params string[] parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}

/// <summary>
/// Writes patents' index rows through prepared commands on the context's connection, inside its current transaction:
/// the save or the import that changed the patents commits them or rolls them back together (ADR 0027).
/// </summary>
internal sealed class PatentSearchWriter : IDisposable
{
    private readonly bool sqlite;
    private readonly DbCommand put;
    private readonly DbCommand? putText;
    private readonly DbCommand remove;
    private readonly DbCommand? removeText;

    private PatentSearchWriter(DbContext db)
    {
        sqlite = db.Database.IsSqlite();
        DbCommand Command(string sql, params string[] parameters) => SearchCommands.Prepare(db, sql, parameters);

        if (sqlite)
        {
            put = Command("INSERT INTO registry_patent_search (\"PatentId\") VALUES (@id) ON CONFLICT (\"PatentId\") DO UPDATE SET \"PatentId\" = excluded.\"PatentId\" RETURNING \"Key\"", "@id");
            putText = Command(
                $"INSERT OR REPLACE INTO registry_patent_fts (rowid, {string.Join(", ", PatentSearchIndex.Columns)}) VALUES (@key, {string.Join(", ", PatentSearchIndex.Columns.Select(c => "@" + c))})",
                ["@key", .. PatentSearchIndex.Columns.Select(c => "@" + c)]);
            removeText = Command("DELETE FROM registry_patent_fts WHERE rowid IN (SELECT \"Key\" FROM registry_patent_search WHERE \"PatentId\" = @id)", "@id");
            remove = Command("DELETE FROM registry_patent_search WHERE \"PatentId\" = @id", "@id");
        }
        else
        {
            put = Command("INSERT INTO registry_patent_search (\"PatentId\", \"Document\") VALUES (@id, CAST(@doc AS tsvector)) ON CONFLICT (\"PatentId\") DO UPDATE SET \"Document\" = excluded.\"Document\"", "@id", "@doc");
            remove = Command("DELETE FROM registry_patent_search WHERE \"PatentId\" = @id", "@id");
        }
    }

    /// <summary>A writer joined to the context's current transaction (open the connection first).</summary>
    public static PatentSearchWriter Create(DbContext db) => new(db);

    /// <summary>Writes (or rewrites) the patent's row.</summary>
    public void Put(Patent patent) => Put(patent.Id, PatentSearchDocument.Of(patent));

    /// <summary>Writes (or rewrites) the row of patent <paramref name="id"/>.</summary>
    public void Put(Guid id, PatentSearchDocument document)
    {
        if (sqlite)
        {
            put.Parameters[0].Value = Key(id);
            var key = put.ExecuteScalar();
            putText!.Parameters[0].Value = key;
            var fields = document.Fields;
            for (var i = 0; i < fields.Count; i++)
            {
                putText.Parameters[i + 1].Value = fields[i].Tokens;
            }

            putText.ExecuteNonQuery();
            return;
        }

        put.Parameters[0].Value = id;
        put.Parameters[1].Value = PatentSearchIndex.TsVector(document);
        put.ExecuteNonQuery();
    }

    /// <summary>Removes the patent's row, if it has one.</summary>
    public void Remove(Guid id)
    {
        if (removeText is not null)
        {
            removeText.Parameters[0].Value = Key(id);
            removeText.ExecuteNonQuery();
        }

        remove.Parameters[0].Value = Key(id);
        remove.ExecuteNonQuery();
    }

    public void Dispose()
    {
        put.Dispose();
        putText?.Dispose();
        remove.Dispose();
        removeText?.Dispose();
    }

    /// <summary>The patent id as EF Core's SQLite provider stores a Guid (upper-case text), so the key joins the patents table.</summary>
    private object Key(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;
}
