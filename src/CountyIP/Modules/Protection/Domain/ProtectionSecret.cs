namespace CountyIP.Modules.Protection.Domain;

/// <summary>A module secret stored encrypted with Data Protection (the tracking-code HMAC key).</summary>
public sealed class ProtectionSecret
{
    public const string TrackingCode = "tracking-code";

    private ProtectionSecret()
    {
        Name = string.Empty;
        ProtectedValue = string.Empty;
    }

    public ProtectionSecret(string name, string protectedValue)
    {
        Name = name;
        ProtectedValue = protectedValue;
    }

    public string Name { get; private set; }

    [CountyIP.Platform.Audit.Secret]
    public string ProtectedValue { get; private set; }
}
