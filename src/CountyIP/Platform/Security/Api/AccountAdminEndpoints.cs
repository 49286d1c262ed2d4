using Microsoft.AspNetCore.Http.HttpResults;

namespace CountyIP.Platform.Security;

public sealed record OneTimePasswordResponse(string OneTimePassword);

/// <summary>Account and API-token administration for BureauAdmin (policy <see cref="Policies.ManageAccounts"/>).</summary>
internal static class AccountAdminEndpoints
{
    public static void MapAccountAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var users = endpoints.MapGroup("/api/admin/users").WithTags("Admin: accounts").RequireAuthorization(Policies.ManageAccounts);

        users.MapGet("/", (string? search, string? role, UserStatus? status, int? page, int? pageSize, ListUsersHandler handler, CancellationToken ct) =>
                handler.HandleAsync(new ListUsersQuery(search, role, status, page ?? 1, pageSize ?? 20), ct))
            .WithSummary("Accounts, filtered by text, role and status; with total for paging.");

        users.MapGet("/{id:guid}", async Task<Results<Ok<UserRow>, NotFound>> (Guid id, GetUserHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, ct) is { } user ? TypedResults.Ok(user) : TypedResults.NotFound())
            .WithSummary("One account.");

        users.MapPost("/", async (CreateUserCommand command, CreateUserHandler handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(command, ct);
                return TypedResults.Created($"/api/admin/users/{created.Id}", created);
            })
            .WithSummary("Creates an account; the answer carries its one-time password, shown only this once.");

        users.MapPut("/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, UpdateUserCommand command, UpdateUserHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, command, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Changes display name, role and scope; a new role or scope ends the account's sessions.");

        users.MapPost("/{id:guid}/disable", async Task<Results<NoContent, NotFound>> (Guid id, SetUserDisabledHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, disabled: true, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Disables the account and ends its sessions.");

        users.MapPost("/{id:guid}/enable", async Task<Results<NoContent, NotFound>> (Guid id, SetUserDisabledHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, disabled: false, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Enables a disabled account.");

        users.MapPost("/{id:guid}/reset-password", async Task<Results<Ok<OneTimePasswordResponse>, NotFound>> (Guid id, ResetPasswordHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, ct) is { } password ? TypedResults.Ok(new OneTimePasswordResponse(password)) : TypedResults.NotFound())
            .WithSummary("Sets a one-time password (returned once), forces a change at next sign-in and ends the account's sessions.");

        var tokens = endpoints.MapGroup("/api/admin/api-tokens").WithTags("Admin: API tokens").RequireAuthorization(Policies.ManageAccounts);

        tokens.MapGet("/", (int? page, int? pageSize, ListApiTokensHandler handler, CancellationToken ct) =>
                handler.HandleAsync(page ?? 1, pageSize ?? 20, ct))
            .WithSummary("API tokens with status; never the token values.");

        tokens.MapPost("/", async (IssueApiTokenCommand command, IssueApiTokenHandler handler, CancellationToken ct) =>
            {
                var issued = await handler.HandleAsync(command, ct);
                return TypedResults.Created($"/api/admin/api-tokens/{issued.Id}", issued);
            })
            .WithSummary("Issues a token for a machine client; the value is in this answer only.");

        tokens.MapPost("/{id:guid}/revoke", async Task<Results<NoContent, NotFound>> (Guid id, RevokeApiTokenHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Revokes a token; requests with it get 401 from now on.");
    }
}
