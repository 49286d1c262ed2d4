using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace CountyIP.IntegrationTests.Infrastructure.RoleMatrix;

/// <summary>
/// Marks responses where the authorization layer refused the caller (header <see cref="HeaderName"/>), wrapping the
/// app's own result handler unchanged. It separates "refused by policy" from a handler's own 401 or redirect to the
/// sign-in page (a wrong password at <c>/api/auth/login</c>, no pending second step at <c>/account/login/2fa</c>),
/// which are answers of an endpoint the caller may use.
/// </summary>
internal sealed class AuthorizationProbe(IAuthorizationMiddlewareResultHandler inner) : IAuthorizationMiddlewareResultHandler
{
    public const string HeaderName = "X-Test-Authorization";

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Succeeded)
        {
            context.Response.Headers[HeaderName] = authorizeResult.Forbidden ? "forbidden" : "challenged";
        }

        return inner.HandleAsync(next, context, policy, authorizeResult);
    }
}
