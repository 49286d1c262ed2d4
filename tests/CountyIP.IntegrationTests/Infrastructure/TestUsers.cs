using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Infrastructure;

/// <summary>An account a test created, with the password it can sign in with.</summary>
public sealed record TestUser(Guid Id, string UserName, string Password, string Role, ScopeKind ScopeKind, string? ScopeId);

/// <summary>
/// Creates accounts straight through <see cref="UserManager{TUser}"/> (no admin page, no one-time password), so a
/// test can set up "a TownLiaison of unit X" in one line and sign in as it.
/// </summary>
public static class TestUsers
{
    public const string DefaultPassword = "Test#Passw0rd-2026";

    /// <summary>
    /// Creates an active account with <paramref name="role"/>. The scope defaults to the role's required kind
    /// (<see cref="Roles.RequiredScope"/>) with a made-up id; pass <paramref name="scopeId"/> for a real unit,
    /// department or enterprise.
    /// </summary>
    public static async Task<TestUser> CreateAsync(
        this CountyIpAppFactory factory,
        string role,
        string? scopeId = null,
        ScopeKind? scopeKind = null,
        string? userName = null,
        string password = DefaultPassword)
    {
        var kind = scopeKind ?? Roles.RequiredScope(role);
        var scope = kind == ScopeKind.District ? null : scopeId ?? $"test-{kind.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}";
        var name = userName ?? $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..Math.Min(role.Length + 13, 40)];

        await using var services = factory.Services.CreateAsyncScope();
        var roles = services.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        if (!await roles.RoleExistsAsync(role))
        {
            Succeeded(await roles.CreateAsync(new IdentityRole<Guid>(role)), $"create role {role}");
        }

        var users = services.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = name,
            DisplayName = name,
            ScopeKind = kind,
            ScopeId = scope,
            CreatedUtc = DateTime.UtcNow,
            MustChangePassword = false,
        };
        Succeeded(await users.CreateAsync(user, password), $"create user {name}");
        Succeeded(await users.AddToRoleAsync(user, role), $"add {name} to {role}");
        return new TestUser(user.Id, name, password, role, kind, scope);
    }

    private static void Succeeded(IdentityResult result, string what) =>
        result.Succeeded.ShouldBeTrue($"{what}: {string.Join("; ", result.Errors.Select(e => $"{e.Code} {e.Description}"))}");
}
