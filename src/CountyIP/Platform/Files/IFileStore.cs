namespace CountyIP.Platform.Files;

/// <summary>
/// Stores files (uploads, generated reports) under the data directory with server-generated names; callers keep
/// the returned key and the user's original file name separately, so a name from a user never becomes a path.
/// </summary>
public interface IFileStore
{
    /// <summary>Saves the stream and returns the key (e.g. <c>reports/2026/11/3f2a….bin</c>).</summary>
    Task<string> SaveAsync(string category, Stream content, CancellationToken cancellationToken);

    /// <summary>Creates an empty file for a writer that streams into it (large exports).</summary>
    (string Key, Stream Stream) Create(string category);

    /// <summary>Opens a stored file, or null when the key does not exist.</summary>
    Stream? OpenRead(string key);

    /// <summary>Deletes a stored file; missing files are ignored.</summary>
    void Delete(string key);
}
