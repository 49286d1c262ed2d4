using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Audit;

/// <summary>
/// Makes the audit table append-only in the database itself (GB/T 22239-2019 8.1.4.3 c: audit records protected
/// against deletion, modification and overwriting): triggers refuse UPDATE and DELETE of audit rows (and TRUNCATE
/// on PostgreSQL) and deleting the chain head. Runs after the migrations on every start and is idempotent, so
/// several instances starting together on one PostgreSQL do no harm. Kept out of the generated migrations, which
/// are never hand-edited (ADR 0004).
/// </summary>
internal sealed class AuditIntegritySeeder(CountyIpDbContext db) : IDataSeeder
{
    public const string Message = "audit records are append-only";

    public int Order => 1;

    public bool IsDemoData => false;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var statement in db.Provider == DatabaseProvider.Postgres ? PostgresStatements : SqliteStatements)
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
    }

    public static readonly IReadOnlyList<string> SqliteStatements =
    [
        $"""CREATE TRIGGER IF NOT EXISTS audit_records_no_update BEFORE UPDATE ON "AuditRecords" BEGIN SELECT RAISE(ABORT, '{Message}'); END;""",
        $"""CREATE TRIGGER IF NOT EXISTS audit_records_no_delete BEFORE DELETE ON "AuditRecords" BEGIN SELECT RAISE(ABORT, '{Message}'); END;""",
        $"""CREATE TRIGGER IF NOT EXISTS audit_head_no_delete BEFORE DELETE ON "AuditHeads" BEGIN SELECT RAISE(ABORT, '{Message}'); END;""",
    ];

    public static readonly IReadOnlyList<string> PostgresStatements =
    [
        $"""
        CREATE OR REPLACE FUNCTION audit_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{Message} (% on %)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
        END
        $$;
        """,
        """CREATE OR REPLACE TRIGGER audit_records_no_update_delete BEFORE UPDATE OR DELETE ON "AuditRecords" FOR EACH ROW EXECUTE FUNCTION audit_records_append_only();""",
        """CREATE OR REPLACE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON "AuditRecords" FOR EACH STATEMENT EXECUTE FUNCTION audit_records_append_only();""",
        """CREATE OR REPLACE TRIGGER audit_head_no_delete BEFORE DELETE OR TRUNCATE ON "AuditHeads" FOR EACH STATEMENT EXECUTE FUNCTION audit_records_append_only();""",
    ];
}
