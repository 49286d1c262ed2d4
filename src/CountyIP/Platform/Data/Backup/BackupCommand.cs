namespace CountyIP.Platform.Data.Backup;

/// <summary>
/// The operator's command lines (issue 18 §1, docs in the README): <c>backup --to DIR</c> while the app serves elsewhere,
/// <c>verify --from DIR</c>, and <c>restore --from DIR</c> into an empty database and data directory. Restore and verify
/// run before the start-up migrations (a restored database is then brought up to this version's schema); backup after.
/// </summary>
public sealed record BackupCommand(string Verb, string Folder)
{
    public const string Backup = "backup";
    public const string Verify = "verify";
    public const string Restore = "restore";

    /// <summary>The command in <paramref name="args"/>, or null when there is none; <paramref name="error"/> names a malformed one.</summary>
    public static BackupCommand? TryParse(string[] args, out string? error)
    {
        error = null;
        var verb = args.FirstOrDefault(a => a is Backup or Verify or Restore);
        if (verb is null)
        {
            return null;
        }

        var option = verb == Backup ? "--to" : "--from";
        var at = Array.IndexOf(args, option);
        if (at < 0 || at + 1 >= args.Length || string.IsNullOrWhiteSpace(args[at + 1]))
        {
            error = $"{verb} needs {option} FOLDER (for example: dotnet CountyIP.dll {verb} {option} /srv/countyip-backups/2026-12-08).";
            return null;
        }

        return new BackupCommand(verb, args[at + 1]);
    }

    /// <summary>Runs the command; the exit code: 0 done, 1 refused or failed (the reason on standard error).</summary>
    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var backup = scope.ServiceProvider.GetRequiredService<DatabaseBackup>();
        try
        {
            switch (Verb)
            {
                case Backup:
                    var manifest = await backup.BackupAsync(Folder, cancellationToken);
                    await output.WriteLineAsync($"Backup written to {Path.GetFullPath(Folder)}: {manifest.Tables.Values.Sum()} rows in {manifest.Tables.Count} tables, {manifest.Files.Count(f => f.Path.StartsWith("files/", StringComparison.Ordinal))} stored files, audit chain at record {manifest.AuditLastSequence}.");
                    return 0;
                case Verify:
                    var problems = await DatabaseBackup.VerifyAsync(Folder, cancellationToken);
                    foreach (var problem in problems)
                    {
                        await errors.WriteLineAsync(problem);
                    }

                    await output.WriteLineAsync(problems.Count == 0 ? $"Backup {Path.GetFullPath(Folder)} verified: checksums, integrity, row counts and audit chain hold." : $"Backup {Path.GetFullPath(Folder)} FAILS verification ({problems.Count} problems above).");
                    return problems.Count == 0 ? 0 : 1;
                default:
                    await backup.RestoreAsync(Folder, cancellationToken);
                    await output.WriteLineAsync($"Backup {Path.GetFullPath(Folder)} restored; the app now brings the database to this version's schema.");
                    return 0;
            }
        }
        catch (BackupException ex)
        {
            await errors.WriteLineAsync($"{Verb}: {ex.Message}");
            return 1;
        }
    }
}
