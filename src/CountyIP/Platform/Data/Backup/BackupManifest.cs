using System.Security.Cryptography;
using System.Text.Json;

namespace CountyIP.Platform.Data.Backup;

/// <summary>
/// What a backup holds (issue 18 §1), written beside it as <c>manifest.json</c>: when and by which version it was made,
/// the row count of every table and the audit chain's head in the database copy, and the size and SHA-256 of every
/// file, so <c>verify</c> and <c>restore</c> can refuse a backup that was damaged or altered since.
/// </summary>
public sealed record BackupManifest(
    int Format,
    DateTime CreatedUtc,
    string AppVersion,
    string Provider,
    string DatabaseFile,
    IReadOnlyDictionary<string, long> Tables,
    long AuditLastSequence,
    string AuditLastHash,
    IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task WriteAsync(string directory, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(Path.Combine(directory, FileName));
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
    }

    /// <summary>The manifest of the backup in <paramref name="directory"/>, or null when there is none or it cannot be read.</summary>
    public static async Task<BackupManifest?> ReadAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every file under <paramref name="directory"/> but the manifest, with its size and checksum, by relative path.</summary>
    public static async Task<List<BackupFile>> DescribeFilesAsync(string directory, CancellationToken cancellationToken)
    {
        var files = new List<BackupFile>();
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/');
            if (relative == FileName)
            {
                continue;
            }

            await using var stream = File.OpenRead(path);
            files.Add(new BackupFile(relative, stream.Length, Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken))));
        }

        return files;
    }
}

/// <summary>A file of a backup: its path relative to the backup folder, its size in bytes and its SHA-256 (hex).</summary>
public sealed record BackupFile(string Path, long Bytes, string Sha256);
