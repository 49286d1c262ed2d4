using System.ComponentModel.DataAnnotations;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Security;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<UserStatus>))]
public enum UserStatus
{
    Active,
    Disabled,
    LockedOut,
    MustChangePassword,
}

/// <summary>One account as the admin pages and API show it.</summary>
public sealed record UserRow(
    Guid Id,
    string UserName,
    string DisplayName,
    string Role,
    ScopeKind ScopeKind,
    string? ScopeId,
    string? ScopeName,
    UserStatus Status,
    bool TwoFactorEnabled,
    DateTime CreatedUtc,
    DateTime? LastSignInUtc);

public sealed record UserPage(int Total, int Page, int PageSize, IReadOnlyList<UserRow> Items);

/// <summary>Accounts list: search in user name and display name, filter by role and status, newest first.</summary>
public sealed record ListUsersQuery(string? Search, string? Role, UserStatus? Status, [property: Range(1, int.MaxValue)] int Page = 1, [property: Range(1, 100)] int PageSize = 20);

internal sealed class ListUsersHandler(CountyIpDbContext db, ScopeNames scopeNames, TimeProvider clock)
{
    public async Task<UserPage> HandleAsync(ListUsersQuery query, CancellationToken cancellationToken)
    {
        var now = new DateTimeOffset(clock.GetUtcNow().UtcDateTime, TimeSpan.Zero);
        var rows = UserQueries.WithRole(db);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            rows = rows.Where(r => r.User.UserName!.Contains(search) || r.User.DisplayName.Contains(search));
        }

        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            rows = rows.Where(r => r.Role == query.Role);
        }

        rows = query.Status switch
        {
            UserStatus.Active => rows.Where(r => !r.User.IsDisabled && !r.User.MustChangePassword),
            UserStatus.Disabled => rows.Where(r => r.User.IsDisabled),
            UserStatus.MustChangePassword => rows.Where(r => r.User.MustChangePassword),
            _ => rows,
        };
        var list = await rows.OrderByDescending(r => r.User.CreatedUtc).ThenBy(r => r.User.UserName).ToListAsync(cancellationToken);
        // Lockout end is a DateTimeOffset, which SQLite cannot compare in SQL; the account list is small.
        if (query.Status == UserStatus.LockedOut)
        {
            list = [.. list.Where(r => r.User.LockoutEnd > now)];
        }
        else if (query.Status == UserStatus.Active)
        {
            list = [.. list.Where(r => !(r.User.LockoutEnd > now))];
        }

        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, 100);
        var items = new List<UserRow>();
        foreach (var r in list.Skip((page - 1) * size).Take(size))
        {
            items.Add(UserQueries.ToRow(r.User, r.Role, now, await scopeNames.NameOfAsync(r.User.ScopeKind, r.User.ScopeId, cancellationToken)));
        }

        return new UserPage(list.Count, page, size, items);
    }
}

internal sealed class UserWithRole
{
    public AppUser User { get; init; } = null!;

    public string Role { get; init; } = string.Empty;
}

internal static class UserQueries
{
    public static IQueryable<UserWithRole> WithRole(CountyIpDbContext db) =>
        from user in db.Users
        join userRole in db.UserRoles on user.Id equals userRole.UserId
        join role in db.Roles on userRole.RoleId equals role.Id
        select new UserWithRole { User = user, Role = role.Name! };

    public static UserRow ToRow(AppUser user, string role, DateTimeOffset now, string? scopeName) => new(
        user.Id,
        user.UserName ?? string.Empty,
        user.DisplayName,
        role,
        user.ScopeKind,
        user.ScopeId,
        scopeName,
        user.IsDisabled ? UserStatus.Disabled
            : user.LockoutEnd > now ? UserStatus.LockedOut
            : user.MustChangePassword ? UserStatus.MustChangePassword
            : UserStatus.Active,
        user.TwoFactorEnabled,
        user.CreatedUtc,
        user.LastSignInUtc);
}
