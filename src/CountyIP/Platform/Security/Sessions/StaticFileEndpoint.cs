namespace CountyIP.Platform.Security;

/// <summary>
/// Endpoint metadata marking the static assets (PlatformSetup): the cookie's session is not checked for them, as they
/// are anonymous and the same for every caller (issue 11 §3).
/// </summary>
public sealed class StaticFileEndpoint
{
    public static readonly StaticFileEndpoint Instance = new();

    private StaticFileEndpoint()
    {
    }
}
