using System.Data.Common;
using System.Runtime.CompilerServices;
using CountyIP.Modules.Registry.Domain.Search;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.Data;

/// <summary>A trademark, copyright registration or enterprise a query matched, with its score (lower is better).</summary>
public sealed class RecordSearchHit
{
    public Guid RecordId { get; set; }

    public double Score { get; set; }
}

/// <summary>
/// The full-text index of the other registers (issue 13 §1): trademarks, copyright registrations and enterprises, with
/// the patents' engine (ADR 0027) — the same tokens, query language and translation to FTS5 or <c>tsquery</c>
/// (<see cref="PatentSearchIndex.Fts5Match(SearchExpression, Func{SearchField, string})"/>), one table for the three
/// kinds, four fields (<see cref="RecordSearchDocument"/>). SQLite: FTS5 <c>registry_record_fts</c> keyed by
/// <c>registry_record_search</c> (kind, record id); PostgreSQL: a tagged <c>tsvector</c> per (kind, record id) under GIN.
/// </summary>
internal static class RecordSearchIndex
{
    public static readonly string[] Columns = ["name", "holder", "detail", "numbers"];

    /// <summary>PostgreSQL tags and weights in column order: the name weighs most, then the holder and numbers.</summary>
    private static readonly (char Tag, char Weight)[] Tags = [('t', 'A'), ('p', 'B'), ('a', 'C'), ('n', 'B')];

    private const string Bm25 = "bm25(registry_record_fts, 10.0, 6.0, 2.0, 6.0)";

    /// <summary>The records of <paramref name="kind"/> matching <paramref name="expression"/>, as a query the caller joins with its scope.</summary>
    public static IQueryable<RecordSearchHit> Hits(DbContext db, SearchRecordKind kind, SearchExpression expression) =>
        db.Database.IsSqlite()
            ? db.Database.SqlQuery<RecordSearchHit>(FormattableStringFactory.Create(
                $"SELECT k.\"RecordId\" AS \"RecordId\", {Bm25} AS \"Score\" FROM registry_record_fts JOIN registry_record_search AS k ON k.\"Key\" = registry_record_fts.rowid WHERE registry_record_fts MATCH {{0}} AND k.\"Kind\" = {{1}}",
                PatentSearchIndex.Fts5Match(expression, Column), kind.ToString()))
            : db.Database.SqlQuery<RecordSearchHit>(FormattableStringFactory.Create(
                "SELECT s.\"RecordId\" AS \"RecordId\", CAST(-ts_rank(s.\"Document\", q.query) AS double precision) AS \"Score\" FROM registry_record_search AS s, (SELECT CAST({0} AS tsquery) AS query) AS q WHERE s.\"Kind\" = {1} AND s.\"Document\" @@ q.query",
                PatentSearchIndex.TsQuery(expression, f => Tags[Position(f)].Tag, RecordSearchDocument.Searchable), kind.ToString()));

    /// <summary>The document as a <c>tsvector</c> literal of tagged, weighted lexemes.</summary>
    public static string TsVector(RecordSearchDocument document) =>
        PatentSearchIndex.TsVector(document.Fields.Select((tokens, i) => (Tags[i].Tag, Tags[i].Weight, tokens)));

    private static string Column(SearchField field) => Columns[Position(field)];

    /// <summary>The column of a searchable field (the parser's fields outside <see cref="RecordSearchDocument.Searchable"/> are refused before).</summary>
    private static int Position(SearchField field)
    {
        for (var i = 0; i < RecordSearchDocument.Searchable.Count; i++)
        {
            if (RecordSearchDocument.Searchable[i] == field)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field of trademarks, copyrights or enterprises.");
    }
}

/// <summary>Writes records' index rows in the context's current transaction (as <see cref="PatentSearchWriter"/> does for patents).</summary>
internal sealed class RecordSearchWriter : IDisposable
{
    private readonly bool sqlite;
    private readonly DbCommand put;
    private readonly DbCommand? putText;
    private readonly DbCommand remove;
    private readonly DbCommand? removeText;

    private RecordSearchWriter(DbContext db)
    {
        sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            put = SearchCommands.Prepare(db, "INSERT INTO registry_record_search (\"Kind\", \"RecordId\") VALUES (@kind, @id) ON CONFLICT (\"Kind\", \"RecordId\") DO UPDATE SET \"Kind\" = excluded.\"Kind\" RETURNING \"Key\"", "@kind", "@id");
            putText = SearchCommands.Prepare(
                db,
                $"INSERT OR REPLACE INTO registry_record_fts (rowid, {string.Join(", ", RecordSearchIndex.Columns)}) VALUES (@key, {string.Join(", ", RecordSearchIndex.Columns.Select(c => "@" + c))})",
                ["@key", .. RecordSearchIndex.Columns.Select(c => "@" + c)]);
            removeText = SearchCommands.Prepare(db, "DELETE FROM registry_record_fts WHERE rowid IN (SELECT \"Key\" FROM registry_record_search WHERE \"Kind\" = @kind AND \"RecordId\" = @id)", "@kind", "@id");
            remove = SearchCommands.Prepare(db, "DELETE FROM registry_record_search WHERE \"Kind\" = @kind AND \"RecordId\" = @id", "@kind", "@id");
        }
        else
        {
            put = SearchCommands.Prepare(db, "INSERT INTO registry_record_search (\"Kind\", \"RecordId\", \"Document\") VALUES (@kind, @id, CAST(@doc AS tsvector)) ON CONFLICT (\"Kind\", \"RecordId\") DO UPDATE SET \"Document\" = excluded.\"Document\"", "@kind", "@id", "@doc");
            remove = SearchCommands.Prepare(db, "DELETE FROM registry_record_search WHERE \"Kind\" = @kind AND \"RecordId\" = @id", "@kind", "@id");
        }
    }

    public static RecordSearchWriter Create(DbContext db) => new(db);

    public void Put(SearchRecordKind kind, Guid id, RecordSearchDocument document)
    {
        put.Parameters[0].Value = kind.ToString();
        put.Parameters[1].Value = Key(id);
        if (sqlite)
        {
            var key = put.ExecuteScalar();
            putText!.Parameters[0].Value = key;
            var fields = document.Fields;
            for (var i = 0; i < fields.Count; i++)
            {
                putText.Parameters[i + 1].Value = fields[i];
            }

            putText.ExecuteNonQuery();
            return;
        }

        put.Parameters[2].Value = RecordSearchIndex.TsVector(document);
        put.ExecuteNonQuery();
    }

    public void Remove(SearchRecordKind kind, Guid id)
    {
        if (removeText is not null)
        {
            removeText.Parameters[0].Value = kind.ToString();
            removeText.Parameters[1].Value = Key(id);
            removeText.ExecuteNonQuery();
        }

        remove.Parameters[0].Value = kind.ToString();
        remove.Parameters[1].Value = Key(id);
        remove.ExecuteNonQuery();
    }

    public void Dispose()
    {
        put.Dispose();
        putText?.Dispose();
        remove.Dispose();
        removeText?.Dispose();
    }

    /// <summary>The id as EF Core's SQLite provider stores a Guid (upper-case text), so the key joins the records' tables.</summary>
    private object Key(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;
}
