using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace CountyIP.Platform.Security;

/// <summary>
/// A user who must first change a generated password, or enrol two-factor sign-in, can open only that page (and sign
/// out): pages redirect there, API calls get 403 with the step named in the problem type.
/// </summary>
internal sealed class PendingStepMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/manage/password";

    public const string TwoFactorPath = "/account/manage/two-factor";

    private static readonly string[] AlwaysAllowed =
    [
        "/account/logout", "/api/auth/logout", "/api/auth/me", "/account/access-denied", "/error", "/not-found", "/culture",
        "/_framework", "/_content", "/lib", "/css", "/js", "/favicon.svg", "/healthz",
    ];

    public Task InvokeAsync(HttpContext context)
    {
        var pending = context.User.FindFirstValue(CountyIpPrincipal.PendingClaim);
        if (pending is null || IsAllowed(context.Request.Path, pending))
        {
            return next(context);
        }

        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return context.Response.WriteAsJsonAsync(
                new ProblemDetails
                {
                    Status = 403,
                    Type = $"urn:countyip:auth:{pending}",
                    Title = pending == CountyIpPrincipal.ChangePassword
                        ? "The account must change its password first."
                        : "The account must set up two-factor sign-in first.",
                },
                options: null,
                contentType: "application/problem+json");
        }

        context.Response.Redirect(pending == CountyIpPrincipal.ChangePassword ? ChangePasswordPath : TwoFactorPath);
        return Task.CompletedTask;
    }

    private static bool IsAllowed(PathString path, string pending)
    {
        if (AlwaysAllowed.Any(p => path.StartsWithSegments(p)))
        {
            return true;
        }

        return pending == CountyIpPrincipal.ChangePassword
            ? path.StartsWithSegments(ChangePasswordPath) || path.StartsWithSegments("/api/auth/change-password")
            : path.StartsWithSegments(TwoFactorPath);
    }
}
