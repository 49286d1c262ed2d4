using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using CountyIP.IntegrationTests.Infrastructure;
using static CountyIP.IntegrationTests.Security.Auth;

namespace CountyIP.IntegrationTests.Security;

/// <summary>Issue 2 §4: first start without a configured admin password prints a one-time password that must be changed.</summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task FirstStart_NoAdminPassword_OneTimePasswordShownOnceAndChangeForced()
    {
        await using var factory = new GeneratedPasswordFactory();
        await factory.InitializeAsync();
        _ = factory.Server;

        var (userName, oneTime) = factory.Sink.Shown.ShouldHaveSingleItem();
        userName.ShouldBe(AccountSeeder.AdminUserName);
        CountyIpPasswordValidatorShape(oneTime);
        using var browser = factory.CreateBrowser();
        using var login = await LoginAsync(browser, userName, oneTime);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("pending").GetString().ShouldBe("change-password");

        using var api = await browser.GetAsync("/api/admin/users", Ct);
        api.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString().ShouldBe("urn:countyip:auth:change-password");
        using var home = await browser.GetAsync("/", Ct);
        PathOf(home).ShouldBe("/account/manage/password");
        using var adminPage = await browser.GetAsync("/admin/users", Ct);
        PathOf(adminPage).ShouldBe("/account/manage/password");

        var form = await GetPageAsync(browser, "/account/manage/password");
        form.QuerySelector("[data-testid=must-change-password]").ShouldNotBeNull();
        using var change = await PostFormAsync(browser, "/account/manage/password", form, "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = oneTime,
            ["Input.NewPassword"] = "Chosen#Pass2026",
            ["Input.ConfirmPassword"] = "Chosen#Pass2026",
        });

        PathOf(change).ShouldBe("/account/manage");
        (await browser.GetAsync("/api/admin/users", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await GetPageAsync(browser, "/admin/users")).QuerySelector("[data-testid=user-table]").ShouldNotBeNull();
        using var fresh = factory.CreateBareClient();
        (await LoginAsync(fresh, userName, oneTime)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SecondStart_AccountsExist_NoNewPasswordShown()
    {
        await using var first = new GeneratedPasswordFactory();
        await first.InitializeAsync();
        _ = first.Server;
        first.Sink.Shown.Count.ShouldBe(1);

        await using var second = new SecondInstance(first);
        await second.InitializeAsync();
        _ = second.Server;

        second.Sink.Shown.ShouldBeEmpty();
    }

    [Fact]
    public async Task FirstStart_DevelopmentWithDemoDataAndNoAdminPassword_NoAdminCreatedAndNothingPrinted()
    {
        await using var factory = new DevelopmentDemoFactory();
        await factory.InitializeAsync();
        _ = factory.Server;

        factory.Sink.Shown.ShouldBeEmpty();
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        (await users.FindByNameAsync(AccountSeeder.AdminUserName)).ShouldBeNull();
        (await users.FindByNameAsync("demo.admin")).ShouldNotBeNull();
    }

    private static void CountyIpPasswordValidatorShape(string password)
    {
        password.Length.ShouldBeGreaterThanOrEqualTo(10);
        CountyIpPasswordValidator.CountClasses(password).ShouldBe(4);
    }

    internal sealed class CapturingSink : IOneTimePasswordSink
    {
        public ConcurrentQueue<(string UserName, string Password)> Shown { get; } = new();

        public Task ShowAsync(string userName, string password, CancellationToken cancellationToken)
        {
            Shown.Enqueue((userName, password));
            return Task.CompletedTask;
        }
    }

    private class GeneratedPasswordFactory : SecurityAppFactory
    {
        public GeneratedPasswordFactory()
        {
        }

        protected GeneratedPasswordFactory(CountyIpAppFactory first)
            : base(first)
        {
        }

        public CapturingSink Sink { get; } = new();

        protected override IDictionary<string, string?> SecuritySettings => new Dictionary<string, string?>
        {
            ["CountyIP:Bootstrap:AdminPassword"] = string.Empty,
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IOneTimePasswordSink>(Sink));
        }
    }

    /// <summary>A developer's first start: Development, demo data on, no configured admin password.</summary>
    private sealed class DevelopmentDemoFactory : GeneratedPasswordFactory
    {
        protected override IDictionary<string, string?> SecuritySettings => new Dictionary<string, string?>
        {
            ["CountyIP:Bootstrap:AdminPassword"] = string.Empty,
            ["CountyIP:DemoData"] = "true",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }

    /// <summary>The same database started again (a restart): the seeder must leave the existing admin alone.</summary>
    private sealed class SecondInstance(GeneratedPasswordFactory first) : GeneratedPasswordFactory(first);
}
