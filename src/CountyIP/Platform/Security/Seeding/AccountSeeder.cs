using CountyIP.Platform.Configuration;
using CountyIP.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CountyIP.Platform.Security;

/// <summary>
/// Every start: the seven role rows. First start with no accounts: the <c>admin</c> account, with the password from
/// <c>CountyIP__Bootstrap__AdminPassword</c>, or else a generated one-time password shown once on the console that
/// must be changed at first sign-in. Not in Development with demo data on and no configured password: the demo
/// accounts (demo.admin among them) are the way in there, and a one-time password printed on every fresh developer
/// database only sent newcomers to an account that sees no business module (issue 9).
/// </summary>
internal sealed class AccountSeeder(
    CountyIpDbContext db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<CountyIpOptions> options,
    IOneTimePasswordSink sink,
    IHostEnvironment environment,
    TimeProvider clock) : IDataSeeder
{
    public const string AdminUserName = "admin";

    public int Order => 300;

    public bool IsDemoData => false;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() }), "role " + role);
            }
        }

        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var configured = options.Value.Bootstrap.AdminPassword;
        var generated = string.IsNullOrEmpty(configured);
        if (generated && environment.IsDevelopment() && (options.Value.DemoData ?? true))
        {
            return;
        }

        var password = generated ? OneTimePassword.Generate() : configured!;
        var admin = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = AdminUserName,
            DisplayName = "Administrator",
            ScopeKind = ScopeKind.District,
            MustChangePassword = generated,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var created = await users.CreateAsync(admin, password);
            if (!created.Succeeded)
            {
                throw new StartupConfigurationException(
                    "CountyIP__Bootstrap__AdminPassword",
                    "the password does not meet the password policy: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            Check(await users.AddToRoleAsync(admin, Roles.BureauAdmin), "admin role");
            await transaction.CommitAsync(cancellationToken);
        }

        if (generated)
        {
            await sink.ShowAsync(AdminUserName, password, cancellationToken);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
