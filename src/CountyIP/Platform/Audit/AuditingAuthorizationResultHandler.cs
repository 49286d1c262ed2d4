using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Components.Endpoints;

namespace CountyIP.Platform.Audit;

/// <summary>
/// Records every refusal of a signed-in caller (403 for the API, the redirect to the access-denied page for pages)
/// before the default handler answers (GB/T 22239-2019 8.1.4.3: audit of security-relevant events). Challenges of
/// anonymous callers (401 / redirect to sign-in) are not recorded: they carry no identity to hold to account, and
/// recording them would let anyone on the network grow the chain at will.
/// </summary>
internal sealed class AuditingAuthorizationResultHandler(IAuditTrail trail) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var isPage = context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            var failed = authorizeResult.AuthorizationFailure?.FailedRequirements.Select(r => r.GetType().Name).Distinct() ?? [];
            await trail.RecordAsync(
                new AuditEvent(
                    AuditActions.AccessDenied,
                    AuditOutcome.Denied,
                    isPage ? "Page" : "Endpoint",
                    $"{context.Request.Method} {context.Request.Path}",
                    string.Join(", ", failed)),
                context.RequestAborted);
        }

        await inner.HandleAsync(next, context, policy, authorizeResult);
    }
}
