using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Security;

/// <summary>JSON sign-in for scripts: <c>{"userName","password","twoFactorCode"}</c>; the answer sets the same cookie as the page.</summary>
public sealed record LoginRequest(string? UserName, string? Password, string? TwoFactorCode);

/// <summary><paramref name="Pending"/>: change-password or enrol-2fa when the account must do that first.</summary>
public sealed record LoginResponse(string UserName, string Role, string? Pending);

public sealed record MeResponse(string? UserName, string? Role, ScopeKind ScopeKind, string? ScopeId, string? AuthMethod, string? Pending);

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Auth");

        group.MapPost("/login", async Task<Results<Ok<LoginResponse>, JsonHttpResult<ProblemDetails>>> (
                LoginRequest request, SignInService signIn, HttpContext http, IStringLocalizer<SecurityText> text, CancellationToken ct) =>
            {
                var check = await signIn.CheckPasswordAsync(request.UserName, request.Password, ct);
                if (check.Status == SignInStatus.TwoFactorRequired)
                {
                    if (string.IsNullOrWhiteSpace(request.TwoFactorCode))
                    {
                        return Problem(401, "urn:countyip:auth:two-factor-required", text["SignIn_TwoFactorRequired"]);
                    }

                    if (!await signIn.CheckSecondFactorAsync(check.User!, request.TwoFactorCode, isRecoveryCode: false, ct))
                    {
                        return Problem(401, "urn:countyip:auth:sign-in-failed", text["SignIn_Failed"]);
                    }
                }
                else if (check.Status == SignInStatus.Failed)
                {
                    return Problem(401, "urn:countyip:auth:sign-in-failed", text["SignIn_Failed"]);
                }

                var method = check.Status == SignInStatus.TwoFactorRequired ? SignInService.TwoFactorMethod : SignInService.PasswordMethod;
                var signedIn = await signIn.SignInAsync(http, check.User!, method, ct);
                return TypedResults.Ok(new LoginResponse(signedIn.UserName, signedIn.Role, signedIn.Pending));
            })
            .AllowAnonymous()
            .WithSummary("Signs in with user name, password and (when enrolled) a TOTP code; sets the session cookie.");

        group.MapPost("/logout", async (SignInService signIn, HttpContext http, CancellationToken ct) =>
            {
                await signIn.SignOutAsync(http, ct);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .WithSummary("Ends the caller's session on the server; the cookie stops working everywhere.");

        group.MapGet("/me", (ICurrentUser user, HttpContext http) => TypedResults.Ok(new MeResponse(
                user.UserName, user.Role, user.ScopeKind, user.ScopeId,
                http.User.FindFirst(CountyIpClaimTypes.AuthMethod)?.Value,
                http.User.FindFirst(CountyIpPrincipal.PendingClaim)?.Value)))
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("Who the caller is: user name, role, scope.");

        group.MapPost("/change-password", async Task<Results<NoContent, ValidationProblem>> (
                ChangePasswordCommand command, ChangePasswordHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var errors = await handler.HandleAsync(http, command, ct);
                return errors.Count == 0 ? TypedResults.NoContent() : TypedResults.ValidationProblem(errors);
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("Changes the caller's password; every other session of the account ends and a fresh cookie is set.");

        // The layout's sign-out form. Anonymous so an expired session can still "sign out" and land on the sign-in page.
        endpoints.MapPost("/account/logout", async (SignInService signIn, IAntiforgery antiforgery, HttpContext http, IStringLocalizer<SecurityText> text, CancellationToken ct) =>
            {
                // A session that already ended (idle, revoked) makes the page's token stale; signing out nobody is harmless,
                // so only a live session needs the antiforgery check.
                if (http.User.Identity?.IsAuthenticated == true && !await antiforgery.IsRequestValidAsync(http))
                {
                    // A body of its own, so the status-code page does not re-execute the POST.
                    return Results.Text(text["SignOut_Invalid"], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
                }

                await signIn.SignOutAsync(http, ct);
                return Results.LocalRedirect("/account/login");
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExcludeFromDescription();
    }

    private static JsonHttpResult<ProblemDetails> Problem(int status, string type, string title) =>
        // Written directly (not through IProblemDetailsService) so no trace id is added: the failure body for an
        // unknown user and for a wrong password must be byte-identical.
        TypedResults.Json(new ProblemDetails { Status = status, Type = type, Title = title }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", status);
}
