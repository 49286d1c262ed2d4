using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Security;

/// <summary>
/// The accounts of a role within a scope (the TownLiaison accounts of a unit, the Enterprise accounts of an enterprise,
/// every BureauStaff account), for modules that address people by their role rather than by name.
/// </summary>
public interface IRoleMembers
{
    /// <summary>
    /// Enabled accounts of <paramref name="role"/> whose scope id is <paramref name="scopeId"/> (null: every account of
    /// the role), ordered by user name.
    /// </summary>
    Task<IReadOnlyList<RoleMember>> FindAsync(string role, string? scopeId, CancellationToken cancellationToken);
}

/// <summary>
/// An account as a recipient: its e-mail address counts only when <paramref name="EmailConfirmed"/> and the person has
/// not switched mail off (<paramref name="MailNotificationsOff"/>); <see cref="MailAddress"/> says both.
/// </summary>
public sealed record RoleMember(Guid UserId, string UserName, string DisplayName, string? Email, bool EmailConfirmed, bool MailNotificationsOff = false)
{
    /// <summary>Where a notification's e-mail copy goes, or null: no address, not confirmed, or mail switched off.</summary>
    public string? MailAddress => EmailConfirmed && !MailNotificationsOff && !string.IsNullOrWhiteSpace(Email) ? Email : null;
}

internal sealed class RoleMembers(CountyIpDbContext db) : IRoleMembers
{
    public async Task<IReadOnlyList<RoleMember>> FindAsync(string role, string? scopeId, CancellationToken cancellationToken)
    {
        var normalized = role.ToUpperInvariant();
        var query =
            from user in db.Users.AsNoTracking()
            join membership in db.UserRoles on user.Id equals membership.UserId
            join r in db.Roles on membership.RoleId equals r.Id
            where r.NormalizedName == normalized && !user.IsDisabled
            select user;
        if (scopeId is not null)
        {
            query = query.Where(u => u.ScopeId == scopeId);
        }

        return await query.OrderBy(u => u.UserName)
            .Select(u => new RoleMember(u.Id, u.UserName!, u.DisplayName, u.Email, u.EmailConfirmed, u.MailNotificationsOff))
            .ToListAsync(cancellationToken);
    }
}
