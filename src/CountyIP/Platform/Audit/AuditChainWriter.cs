using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CountyIP.Platform.Audit;

/// <summary>
/// Appends audit records to the chain inside the caller's open transaction, with plain commands on the context's
/// connection (not through the change tracker, so it can run after the business rows are written and their
/// generated keys are known, and so appending never re-enters SaveChanges).
/// <para>
/// Fork-free under concurrency: the head row is moved with <c>UPDATE … WHERE LastSequence = @expected</c> before
/// the records are inserted. If another writer moved it first (zero rows updated — on PostgreSQL the UPDATE waits
/// for that writer's commit and then re-checks the condition), the head is read again, the records are re-linked
/// and the update retried, a bounded number of times. Each lost round means another writer committed, so the
/// chain always makes progress. On SQLite writers are serialised by the database lock already.
/// </para>
/// </summary>
internal static class AuditChainWriter
{
    public const int MaxAttempts = 100;
    private const int RowsPerInsert = 50;

    private static readonly ConcurrentDictionary<IModel, Statements> StatementCache = new();

    public static async Task<IReadOnlyList<AuditRecord>> AppendAsync(DbContext db, IReadOnlyList<AuditDraft> drafts, bool isAsync, CancellationToken cancellationToken)
    {
        if (drafts.Count == 0)
        {
            return [];
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Audit records are appended inside the transaction of the change they record.");
        var statements = StatementCache.GetOrAdd(db.Model, _ => Statements.Build(db));
        var connection = transaction.Connection!;

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var (lastSequence, lastHash) = await ReadHeadAsync(connection, transaction, statements, isAsync, cancellationToken);
            var records = AuditDraft.Chain(drafts, lastSequence, lastHash);
            if (await MoveHeadAsync(connection, transaction, statements, lastSequence, records[^1], isAsync, cancellationToken))
            {
                await InsertAsync(connection, transaction, statements, records, isAsync, cancellationToken);
                return records;
            }
        }

        throw new DbUpdateConcurrencyException($"The audit chain head moved on each of {MaxAttempts} attempts; the change was not saved.");
    }

    private static async Task<(long Sequence, string Hash)> ReadHeadAsync(
        DbConnection connection, DbTransaction transaction, Statements statements, bool isAsync, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, statements.SelectHead);
        await using var reader = isAsync ? await command.ExecuteReaderAsync(cancellationToken) : command.ExecuteReader();
        if (!(isAsync ? await reader.ReadAsync(cancellationToken) : reader.Read()))
        {
            throw new InvalidOperationException("The audit chain head row is missing; the database was not migrated.");
        }

        return (reader.GetInt64(0), reader.GetString(1).Trim());
    }

    private static async Task<bool> MoveHeadAsync(
        DbConnection connection, DbTransaction transaction, Statements statements, long expected, AuditRecord last, bool isAsync, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, statements.UpdateHead);
        command.Parameters.Add(statements.HeadSequence.CreateParameter(command, "@next", last.Sequence));
        command.Parameters.Add(statements.HeadHash.CreateParameter(command, "@hash", last.Hash));
        command.Parameters.Add(statements.HeadSequence.CreateParameter(command, "@expected", expected));
        var rows = isAsync ? await command.ExecuteNonQueryAsync(cancellationToken) : command.ExecuteNonQuery();
        return rows == 1;
    }

    private static async Task InsertAsync(
        DbConnection connection, DbTransaction transaction, Statements statements, List<AuditRecord> records, bool isAsync, CancellationToken cancellationToken)
    {
        foreach (var chunk in records.Chunk(RowsPerInsert))
        {
            var sql = new StringBuilder(statements.InsertPrefix);
            await using var command = Command(connection, transaction, string.Empty);
            for (var row = 0; row < chunk.Length; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < statements.Columns.Count; column++)
                {
                    var name = $"@r{row}c{column}";
                    sql.Append(column == 0 ? name : $", {name}");
                    var (mapping, read) = statements.Columns[column];
                    command.Parameters.Add(mapping.CreateParameter(command, name, read(chunk[row])));
                }

                sql.Append(')');
            }

            SetText(command, sql.ToString());
            _ = isAsync ? await command.ExecuteNonQueryAsync(cancellationToken) : command.ExecuteNonQuery();
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        SetText(command, sql);
        return command;
    }

    [SuppressMessage("Security", "CA2100", Justification = "Text built only from model identifiers (delimited) and parameter names; values are parameters.")]
    private static void SetText(DbCommand command, string sql) => command.CommandText = sql;

    /// <summary>SQL built once per model from the EF mapping, so table and column names follow the configuration.</summary>
    private sealed record Statements(
        string SelectHead,
        string UpdateHead,
        string InsertPrefix,
        RelationalTypeMapping HeadSequence,
        RelationalTypeMapping HeadHash,
        IReadOnlyList<(RelationalTypeMapping Mapping, Func<AuditRecord, object?> Read)> Columns)
    {
        public static Statements Build(DbContext db)
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            var head = db.Model.FindEntityType(typeof(AuditHead))!;
            var headTable = StoreObjectIdentifier.Table(head.GetTableName()!, head.GetSchema());
            string HeadColumn(string property) => sql.DelimitIdentifier(head.FindProperty(property)!.GetColumnName(headTable)!);
            var headName = sql.DelimitIdentifier(headTable.Name, headTable.Schema);
            var id = $"{HeadColumn(nameof(AuditHead.Id))} = {AuditHead.SingletonId}";

            var record = db.Model.FindEntityType(typeof(AuditRecord))!;
            var recordTable = StoreObjectIdentifier.Table(record.GetTableName()!, record.GetSchema());
            var columns = new List<(RelationalTypeMapping, Func<AuditRecord, object?>)>();
            var names = new List<string>();
            foreach (var property in record.GetProperties())
            {
                var info = property.PropertyInfo!;
                names.Add(sql.DelimitIdentifier(property.GetColumnName(recordTable)!));
                columns.Add((property.GetRelationalTypeMapping(), r => info.GetValue(r)));
            }

            return new Statements(
                $"SELECT {HeadColumn(nameof(AuditHead.LastSequence))}, {HeadColumn(nameof(AuditHead.LastHash))} FROM {headName} WHERE {id}",
                $"UPDATE {headName} SET {HeadColumn(nameof(AuditHead.LastSequence))} = @next, {HeadColumn(nameof(AuditHead.LastHash))} = @hash "
                    + $"WHERE {id} AND {HeadColumn(nameof(AuditHead.LastSequence))} = @expected",
                $"INSERT INTO {sql.DelimitIdentifier(recordTable.Name, recordTable.Schema)} ({string.Join(", ", names)}) VALUES ",
                head.FindProperty(nameof(AuditHead.LastSequence))!.GetRelationalTypeMapping(),
                head.FindProperty(nameof(AuditHead.LastHash))!.GetRelationalTypeMapping(),
                columns);
        }
    }
}
