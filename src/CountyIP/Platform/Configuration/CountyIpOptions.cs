namespace CountyIP.Platform.Configuration;

/// <summary>Settings under the <c>CountyIP</c> section (environment: <c>CountyIP__…</c>).</summary>
public sealed class CountyIpOptions
{
    public const string SectionName = "CountyIP";

    /// <summary>Folder for the SQLite file, uploaded files and generated reports. Default <c>./data</c>.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Load demo accounts and demo records on start. Default: true in Development only.</summary>
    public bool? DemoData { get; set; }

    public BootstrapOptions Bootstrap { get; set; } = new();

    /// <summary>Reverse proxies whose X-Forwarded-For/-Proto are believed, besides loopback: IPs and CIDR networks, comma-separated.</summary>
    public string? TrustedProxies { get; set; }
}

/// <summary>First-start settings.</summary>
public sealed class BootstrapOptions
{
    /// <summary>Password for the first <c>admin</c> account; when empty a one-time password is generated and printed once.</summary>
    public string? AdminPassword { get; set; }
}
