using System.Data;
using System.Diagnostics;
using System.Reflection;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CountyIP.Platform.Data.Backup;

/// <summary>A backup that cannot be made, verified or restored, with the reason an operator can act on.</summary>
public sealed class BackupException(string message) : Exception(message);

/// <summary>
/// Backup, verification and restore of the database and the file store (issue 18 §1; MLPS 2.0 asks for backups that
/// can be restored). A backup is a folder: the database copy taken at one moment while the app keeps serving (SQLite
/// <c>VACUUM INTO</c>; PostgreSQL <c>pg_dump</c> of an exported snapshot, in which the row counts are read too), then
/// the file store (evidence, certificates, reports — copied after the database, so every file a row names is there),
/// and <see cref="BackupManifest"/>. Verify and restore refuse a backup whose files do not match their checksums.
/// </summary>
internal sealed class DatabaseBackup(CountyIpDbContext db, DataDirectory dataDirectory, TimeProvider clock)
{
    private const string SqliteFile = "countyip.db";
    private const string PostgresFile = "countyip.dump";
    private const string FilesFolder = "files";

    public async Task<BackupManifest> BackupAsync(string target, CancellationToken cancellationToken)
    {
        target = Path.GetFullPath(target);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new BackupException($"the folder {target} is not empty; a backup goes into a new or empty folder.");
        }

        Directory.CreateDirectory(target);
        string databaseFile;
        DatabaseFacts facts;
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            databaseFile = SqliteFile;
            var copy = Path.Combine(target, databaseFile);
            // One consistent state of the whole database, taken while other connections keep reading and writing.
            await db.Database.ExecuteSqlAsync($"VACUUM INTO {copy}", cancellationToken);
            facts = await SqliteFactsAsync(copy, cancellationToken);
        }
        else
        {
            databaseFile = PostgresFile;
            facts = await PostgresDumpAsync(Path.Combine(target, databaseFile), cancellationToken);
        }

        CopyFolder(dataDirectory.Combine(FilesFolder), Path.Combine(target, FilesFolder));
        var manifest = new BackupManifest(
            BackupManifest.CurrentFormat,
            clock.GetUtcNow().UtcDateTime,
            typeof(DatabaseBackup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            db.Provider.ToString(),
            databaseFile,
            facts.Tables,
            facts.AuditLastSequence,
            facts.AuditLastHash,
            await BackupManifest.DescribeFilesAsync(target, cancellationToken));
        await manifest.WriteAsync(target, cancellationToken);
        return manifest;
    }

    /// <summary>
    /// What is wrong with the backup in <paramref name="source"/> (nothing: it can be restored): the manifest, every
    /// file's size and checksum, and for SQLite a scratch copy of the database checked for integrity, row counts and an
    /// unbroken audit chain; for PostgreSQL the dump's table of contents must read.
    /// </summary>
    public static async Task<IReadOnlyList<string>> VerifyAsync(string source, CancellationToken cancellationToken)
    {
        source = Path.GetFullPath(source);
        var manifest = await BackupManifest.ReadAsync(source, cancellationToken);
        if (manifest is null)
        {
            return [$"{Path.Combine(source, BackupManifest.FileName)} is missing or unreadable: not a CountyIP backup."];
        }

        var problems = new List<string>();
        var actual = (await BackupManifest.DescribeFilesAsync(source, cancellationToken)).ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var expected in manifest.Files)
        {
            if (!actual.Remove(expected.Path, out var found))
            {
                problems.Add($"{expected.Path}: missing.");
            }
            else if (found.Bytes != expected.Bytes || !string.Equals(found.Sha256, expected.Sha256, StringComparison.Ordinal))
            {
                problems.Add($"{expected.Path}: changed since the backup (size or SHA-256 differs).");
            }
        }

        problems.AddRange(actual.Keys.Select(path => $"{path}: not part of the backup."));
        if (problems.Count > 0)
        {
            return problems;
        }

        if (manifest.Provider == nameof(DatabaseProvider.Sqlite))
        {
            problems.AddRange(await VerifySqliteCopyAsync(Path.Combine(source, manifest.DatabaseFile), manifest, cancellationToken));
        }
        else
        {
            var (exitCode, output) = await RunAsync("pg_restore", ["--list", Path.Combine(source, manifest.DatabaseFile)], null, cancellationToken);
            if (exitCode != 0)
            {
                problems.Add($"{manifest.DatabaseFile}: pg_restore cannot read it ({FirstLine(output)}).");
            }
        }

        return problems;
    }

    /// <summary>
    /// Restores the backup in <paramref name="source"/> into this app's database and data directory, which must both be
    /// empty (a new installation); the backup is verified first and refused when anything is wrong with it.
    /// </summary>
    public async Task RestoreAsync(string source, CancellationToken cancellationToken)
    {
        source = Path.GetFullPath(source);
        var problems = await VerifyAsync(source, cancellationToken);
        if (problems.Count > 0)
        {
            throw new BackupException("the backup fails verification, nothing was restored: " + string.Join(" ", problems));
        }

        var manifest = (await BackupManifest.ReadAsync(source, cancellationToken))!;
        if (manifest.Provider != db.Provider.ToString())
        {
            throw new BackupException($"the backup is of a {manifest.Provider} database and this app uses {db.Provider}.");
        }

        var files = dataDirectory.Combine(FilesFolder);
        if (Directory.Exists(files) && Directory.EnumerateFileSystemEntries(files).Any())
        {
            throw new BackupException($"the file store {files} is not empty; restore into a new data directory.");
        }

        if (db.Provider == DatabaseProvider.Sqlite)
        {
            var connection = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            var target = Path.GetFullPath(connection.DataSource);
            if (File.Exists(target) && new FileInfo(target).Length > 0)
            {
                throw new BackupException($"the database {target} already exists; restore into a new data directory.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(source, manifest.DatabaseFile), target, overwrite: true);
        }
        else
        {
            if ((await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
            {
                throw new BackupException("the PostgreSQL database already holds CountyIP tables; restore into a new, empty database.");
            }

            var (exitCode, output) = await RunAsync("pg_restore", [.. PostgresArguments(), "--no-owner", "--exit-on-error", Path.Combine(source, manifest.DatabaseFile)], PostgresPassword(), cancellationToken);
            if (exitCode != 0)
            {
                throw new BackupException($"pg_restore failed: {FirstLine(output)}");
            }
        }

        CopyFolder(Path.Combine(source, FilesFolder), files);
    }

    private sealed record DatabaseFacts(Dictionary<string, long> Tables, long AuditLastSequence, string AuditLastHash);

    private static async Task<DatabaseFacts> SqliteFactsAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            tables[name] = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        await using var head = connection.CreateCommand();
        head.CommandText = $"SELECT \"LastSequence\", \"LastHash\" FROM \"AuditHeads\" WHERE \"Id\" = {AuditHead.SingletonId}";
        await using var headReader = await head.ExecuteReaderAsync(cancellationToken);
        await headReader.ReadAsync(cancellationToken);
        return new DatabaseFacts(tables, headReader.GetInt64(0), headReader.GetString(1).Trim());
    }

    private static async Task<IReadOnlyList<string>> VerifySqliteCopyAsync(string file, BackupManifest manifest, CancellationToken cancellationToken)
    {
        // A scratch copy: checking never touches the backup itself.
        var scratch = Path.Combine(Path.GetTempPath(), $"countyip-verify-{Guid.NewGuid():N}.db");
        File.Copy(file, scratch);
        try
        {
            var problems = new List<string>();
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = scratch, Pooling = false }.ToString()))
            {
                await connection.OpenAsync(cancellationToken);
                await using var check = connection.CreateCommand();
                check.CommandText = "PRAGMA integrity_check";
                if (await check.ExecuteScalarAsync(cancellationToken) is not "ok")
                {
                    return [$"{manifest.DatabaseFile}: SQLite's integrity check fails."];
                }
            }

            var facts = await SqliteFactsAsync(scratch, cancellationToken);
            problems.AddRange(manifest.Tables.Where(t => facts.Tables.GetValueOrDefault(t.Key, -1) != t.Value)
                .Select(t => $"table {t.Key}: {facts.Tables.GetValueOrDefault(t.Key, 0)} rows, the manifest says {t.Value}."));
            var options = new DbContextOptionsBuilder<SqliteCountyIpDbContext>()
                .UseSqlite(new SqliteConnectionStringBuilder { DataSource = scratch, Pooling = false }.ToString()).Options;
            await using (var copy = new SqliteCountyIpDbContext(options))
            {
                var chain = await new AuditChainVerifier(copy).VerifyAsync(cancellationToken);
                if (!chain.Valid)
                {
                    problems.Add($"audit chain broken at record {chain.FirstBrokenSequence}: {chain.Reason}.");
                }
            }

            return problems;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(scratch);
        }
    }

    /// <summary>
    /// <c>pg_dump</c> of a snapshot exported from a repeatable-read transaction, in which the row counts and the audit
    /// head are read as well: the manifest describes exactly what the dump holds, whatever is written meanwhile.
    /// </summary>
    private async Task<DatabaseFacts> PostgresDumpAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        string snapshot;
        await using (var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction))
        {
            snapshot = (string)(await export.ExecuteScalarAsync(cancellationToken))!;
        }

        var names = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name", connection, transaction))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            await using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection, transaction);
            tables[name] = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        long sequence;
        string hash;
        await using (var head = new NpgsqlCommand($"SELECT \"LastSequence\", \"LastHash\" FROM \"AuditHeads\" WHERE \"Id\" = {AuditHead.SingletonId}", connection, transaction))
        await using (var reader = await head.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            sequence = reader.GetInt64(0);
            hash = reader.GetString(1).Trim();
        }

        var (exitCode, output) = await RunAsync("pg_dump", [.. PostgresArguments(), "--format=custom", "--no-owner", $"--snapshot={snapshot}", $"--file={file}"], PostgresPassword(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return exitCode == 0 ? new DatabaseFacts(tables, sequence, hash) : throw new BackupException($"pg_dump failed: {FirstLine(output)}");
    }

    private List<string> PostgresArguments()
    {
        var connection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var arguments = new List<string> { $"--host={connection.Host}", $"--port={connection.Port}", $"--dbname={connection.Database}" };
        if (!string.IsNullOrEmpty(connection.Username))
        {
            arguments.Add($"--username={connection.Username}");
        }

        return arguments;
    }

    private string? PostgresPassword() => new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Password;

    /// <summary>Runs a PostgreSQL client program; the password travels in its environment, never on its command line.</summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(string program, IReadOnlyList<string> arguments, string? password, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (!string.IsNullOrEmpty(password))
        {
            start.Environment["PGPASSWORD"] = password;
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return (process.ExitCode, (await error) + (await output));
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new BackupException($"{program} is not installed or not on the PATH (Debian package postgresql-client): {ex.Message}");
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "no output";
}
