using System.Text.RegularExpressions;
using CountyIP.Platform.Configuration;

namespace CountyIP.Platform.Files;

internal sealed partial class DiskFileStore(DataDirectory dataDirectory, TimeProvider clock) : IFileStore
{
    private string Root => dataDirectory.Combine("files");

    public async Task<string> SaveAsync(string category, Stream content, CancellationToken cancellationToken)
    {
        var (key, stream) = Create(category);
        await using (stream)
        {
            await content.CopyToAsync(stream, cancellationToken);
        }

        return key;
    }

    public (string Key, Stream Stream) Create(string category)
    {
        if (!CategoryPattern().IsMatch(category))
        {
            throw new ArgumentException("Category must be lower-case letters, digits and dashes.", nameof(category));
        }

        var now = clock.GetUtcNow();
        var key = $"{category}/{now:yyyy}/{now:MM}/{Guid.NewGuid():N}.bin";
        var path = PathOf(key)!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return (key, new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true));
    }

    public Stream? OpenRead(string key)
    {
        var path = PathOf(key);
        return path is not null && File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null;
    }

    public void Delete(string key)
    {
        var path = PathOf(key);
        if (path is not null && File.Exists(path))
        {
            File.Delete(path);
        }
    }

    // Keys are generated here; anything else (a tampered key, "..") resolves to nothing.
    private string? PathOf(string key)
    {
        if (!KeyPattern().IsMatch(key))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(Root, key));
        return full.StartsWith(Path.GetFullPath(Root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    [GeneratedRegex("^[a-z0-9-]{1,40}$")]
    private static partial Regex CategoryPattern();

    [GeneratedRegex("^[a-z0-9-]{1,40}/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\\.bin$")]
    private static partial Regex KeyPattern();
}
