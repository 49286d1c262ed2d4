namespace CountyIP.Platform.Configuration;

/// <summary>The resolved, writable data directory (SQLite file, uploads, reports).</summary>
public sealed class DataDirectory
{
    public DataDirectory(string path) => Path = path;

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Creates the folder and proves it is writable; a failure names the setting.</summary>
    public static DataDirectory Prepare(string configured, string contentRoot)
    {
        var full = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured, contentRoot);
        try
        {
            Directory.CreateDirectory(full);
            var probe = System.IO.Path.Combine(full, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new StartupConfigurationException("CountyIP__DataDirectory", $"the data directory '{full}' cannot be created or written ({ex.Message}).", ex);
        }

        return new DataDirectory(full);
    }
}
