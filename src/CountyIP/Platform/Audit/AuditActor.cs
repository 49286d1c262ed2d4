using System.Diagnostics;
using System.Security.Claims;

namespace CountyIP.Platform.Audit;

/// <summary>Who acts and from where, as stored on each audit record.</summary>
internal sealed record AuditActor(string Actor, string? Role, string? ClientIp, string? RequestId)
{
    public const string Anonymous = "anonymous";

    /// <summary>Work with no request behind it: start-up, background jobs.</summary>
    public const string System = "system";
}

/// <summary>Reads the actor from the current request: the signed-in user or API token's name, else "anonymous".</summary>
internal sealed class AuditActorProvider(IHttpContextAccessor accessor)
{
    public AuditActor Current()
    {
        var http = accessor.HttpContext;
        var requestId = Activity.Current?.TraceId.ToString() ?? http?.TraceIdentifier;
        if (http is null)
        {
            return new AuditActor(AuditActor.System, null, null, requestId);
        }

        var user = http.User;
        var signedIn = user.Identity?.IsAuthenticated == true;
        return new AuditActor(
            signedIn ? user.Identity!.Name ?? AuditActor.Anonymous : AuditActor.Anonymous,
            signedIn ? user.FindFirstValue(ClaimTypes.Role) : null,
            http.Connection.RemoteIpAddress?.ToString(),
            requestId);
    }
}
