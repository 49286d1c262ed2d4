using System.Text;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Configuration;
using CountyIP.Platform.Data.Backup;
using CountyIP.Platform.Files;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Platform;

/// <summary>
/// Issue 18 §1 on the suite's database (SQLite, and PostgreSQL in test.sh's second run): a backup taken while accounts
/// are being created verifies, restores into an empty database and data directory with every table's rows, the audit
/// chain and the stored files; a damaged backup is refused and restores nothing; a database in use is never overwritten.
/// </summary>
public sealed class BackupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Backup_UnderWriteLoad_VerifiesAndRestoresEveryTableAndFile()
    {
        await using var app = new CountyIpAppFactory();
        await app.InitializeAsync();
        var key = await app.Services.GetRequiredService<IFileStore>().SaveAsync("evidence", new MemoryStream(Encoding.UTF8.GetBytes("证据原件")), Ct);
        var folder = Path.Combine(app.Database.DataDirectory, "backups", Guid.NewGuid().ToString("N"));

        // Accounts are being created (each an audited write) from before the backup starts until after it ends.
        using var stop = new CancellationTokenSource();
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var load = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await app.CreateAsync(Roles.BureauStaff);
                writing.TrySetResult();
            }
        }, Ct);
        await writing.Task.WaitAsync(TimeSpan.FromSeconds(60), Ct);
        var usersBefore = await UserCountAsync(app);
        BackupManifest manifest;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            manifest = await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().BackupAsync(folder, Ct);
        }

        await stop.CancelAsync();
        await load;

        // The copy is one moment between the backup's start and end: no fewer accounts than before it, no more than after.
        manifest.Tables["AspNetUsers"].ShouldBeInRange(usersBefore, await UserCountAsync(app));
        manifest.AuditLastSequence.ShouldBeGreaterThan(0);
        manifest.Files.ShouldContain(f => f.Path == "files/" + key);
        (await DatabaseBackup.VerifyAsync(folder, Ct)).ShouldBeEmpty();

        await using var empty = await TestDatabase.CreateEmptyAsync();
        await using (var target = empty.NewContext())
        {
            await Backup(target, empty).RestoreAsync(folder, Ct);
            var chain = await new AuditChainVerifier(target).VerifyAsync(Ct);
            chain.Valid.ShouldBeTrue(chain.Reason);
            chain.Checked.ShouldBe(manifest.AuditLastSequence);
        }

        // A backup of the restored database describes the same rows: every table came back whole.
        await using (var restored = empty.NewContext())
        {
            var again = await Backup(restored, empty).BackupAsync(Path.Combine(empty.DataDirectory, "backups", "again"), Ct);
            again.Tables.ShouldBe(manifest.Tables);
            again.AuditLastHash.ShouldBe(manifest.AuditLastHash);
        }

        (await File.ReadAllTextAsync(Path.Combine(empty.DataDirectory, "files", key), Ct)).ShouldBe("证据原件");
    }

    [Fact]
    public async Task Restore_DamagedBackupOrDatabaseInUse_RefusedAndNothingWritten()
    {
        await using var app = new CountyIpAppFactory();
        await app.InitializeAsync();
        var folder = Path.Combine(app.Database.DataDirectory, "backups", Guid.NewGuid().ToString("N"));
        await using var scope = app.Services.CreateAsyncScope();
        var backup = scope.ServiceProvider.GetRequiredService<DatabaseBackup>();
        var manifest = await backup.BackupAsync(folder, Ct);

        var refused = await Should.ThrowAsync<BackupException>(() => backup.RestoreAsync(folder, Ct));
        refused.Message.ShouldContain(TestDatabase.OnPostgres ? "already holds" : "already exists");

        var database = Path.Combine(folder, manifest.DatabaseFile);
        var bytes = await File.ReadAllBytesAsync(database, Ct);
        bytes[bytes.Length / 2] ^= 0xFF;
        await File.WriteAllBytesAsync(database, bytes, Ct);
        (await DatabaseBackup.VerifyAsync(folder, Ct)).ShouldHaveSingleItem().ShouldContain(manifest.DatabaseFile);

        await using var empty = await TestDatabase.CreateEmptyAsync();
        await using var target = empty.NewContext();
        var damaged = await Should.ThrowAsync<BackupException>(() => Backup(target, empty).RestoreAsync(folder, Ct));
        damaged.Message.ShouldContain("fails verification");
        (await target.Database.CanConnectAsync(Ct) && (await target.Database.GetAppliedMigrationsAsync(Ct)).Any()).ShouldBeFalse("nothing restored");
        Directory.Exists(Path.Combine(empty.DataDirectory, "files")).ShouldBeFalse();
    }

    private static async Task<long> UserCountAsync(CountyIpAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CountyIP.Platform.Data.CountyIpDbContext>().Users.LongCountAsync(Ct);
    }

    private static DatabaseBackup Backup(CountyIP.Platform.Data.CountyIpDbContext db, TestDatabase database) =>
        new(db, new DataDirectory(database.DataDirectory), TimeProvider.System);
}
