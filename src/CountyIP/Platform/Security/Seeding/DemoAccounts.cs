using Microsoft.AspNetCore.Identity;

namespace CountyIP.Platform.Security;

/// <summary>Demo accounts, one per role, loaded only when demo data is on (Development by default).</summary>
public static class DemoAccounts
{
    /// <summary>The one documented password of every demo account (README).</summary>
    public const string Password = "Demo#Pass2026";

    /// <summary>Department scope of <c>demo.dept</c>: the district market-regulation bureau (区市场监督管理局).</summary>
    public const string DepartmentScopeId = "market-regulation";

    /// <summary>Unit scope of <c>demo.town</c>: 仓前街道.</summary>
    public const string UnitScopeId = "350104001";

    /// <summary>
    /// Enterprise scope of <c>demo.enterprise</c>: the id of the first enterprise the registry's demo data creates (the
    /// registry gives that enterprise this id; the platform knows no module, so the id is fixed here).
    /// </summary>
    public const string EnterpriseScopeId = "0b1d2013-0000-4000-8000-000000350104";

    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role, ScopeKind Kind, string? ScopeId)> All =
    [
        ("demo.admin", "演示管理员", Roles.BureauAdmin, ScopeKind.District, null),
        ("demo.staff", "演示工作人员", Roles.BureauStaff, ScopeKind.District, null),
        ("demo.leader", "演示领导", Roles.Leadership, ScopeKind.District, null),
        ("demo.dept", "演示部门联络员", Roles.DepartmentLiaison, ScopeKind.Department, DepartmentScopeId),
        ("demo.town", "演示镇街联络员", Roles.TownLiaison, ScopeKind.Unit, UnitScopeId),
        ("demo.enterprise", "演示企业联系人", Roles.Enterprise, ScopeKind.Enterprise, EnterpriseScopeId),
        ("demo.auditor", "演示审计员", Roles.Auditor, ScopeKind.District, null),
    ];
}

internal sealed class DemoAccountSeeder(UserManager<AppUser> users, TimeProvider clock) : Data.IDataSeeder
{
    public int Order => 310;

    public bool IsDemoData => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        // Every demo account has the one published demo password, so it is hashed once (PBKDF2 is deliberately slow:
        // seven hashes were 0.6 s of a first start, issue 11 §4) and each account stores that hash; signing in verifies
        // it as any other. Accounts created by people always get their own salt through UserManager.
        string? passwordHash = null;
        foreach (var (userName, displayName, role, kind, scopeId) in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var user = new AppUser
            {
                Id = Guid.NewGuid(),
                UserName = userName,
                DisplayName = displayName,
                ScopeKind = kind,
                ScopeId = scopeId,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            user.PasswordHash = passwordHash ??= users.PasswordHasher.HashPassword(user, DemoAccounts.Password);
            var created = await users.CreateAsync(user);
            if (!created.Succeeded || !(await users.AddToRoleAsync(user, role)).Succeeded)
            {
                throw new InvalidOperationException($"Seeding demo account {userName} failed.");
            }
        }
    }
}
