using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Modules.Registry.Demo;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>Demo data (issue 3 §7): the <c>seed-demo</c> command and the seeding on a Development start.</summary>
public sealed class RegistryDemoTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeedDemo_OnTempDataDirectory_LoadsDistrictAndExits()
    {
        await using var factory = new RegistryAppFactory();
        await factory.InitializeAsync();
        var database = factory.Database;
        string[] args =
        [
            SeedDemoCommand.Verb, "--scale", "1", "--applicationName=CountyIP",
            $"--Database:Provider={database.Provider}",
            $"--ConnectionStrings:CountyIP={database.ConnectionString}",
            $"--CountyIP:DataDirectory={database.DataDirectory}",
            $"--CountyIP:Bootstrap:AdminPassword={CountyIpAppFactory.AdminPassword}",
            "--Security:RequireTwoFactorForAdmins=false",
        ];

        var exitCode = await RunProgramAsync(args);

        exitCode.ShouldBe(0);
        using var staff = await factory.StaffAsync();
        (await TotalAsync(staff, "/api/enterprises")).ShouldBe(DemoDataGenerator.EnterprisesPerScale + DemoDataGenerator.InstitutionsPerScale);
        (await TotalAsync(staff, "/api/patents")).ShouldBe(DemoDataGenerator.PatentsPerScale);
        (await TotalAsync(staff, "/api/trademarks")).ShouldBeGreaterThanOrEqualTo(DemoDataGenerator.TrademarksPerScale);
        (await TotalAsync(staff, "/api/copyrights")).ShouldBe(DemoDataGenerator.CopyrightsPerScale);
        (await TotalAsync(staff, "/api/standards")).ShouldBe(DemoDataGenerator.StandardsPerScale);
        (await TotalAsync(staff, "/api/agencies")).ShouldBe(DemoDataGenerator.AgenciesPerScale);
    }

    [Fact]
    public async Task SeedDemo_ScaleOutOfRange_RefusesWithoutStarting()
    {
        var exitCode = await RunProgramAsync([SeedDemoCommand.Verb, "--scale", "0"]);

        exitCode.ShouldBe(2);
    }

    [Fact]
    public async Task DemoStart_SeedingAgain_AddsNothingAndDemoEnterpriseSeesItsOwnEnterprise()
    {
        await using var factory = new DemoFactory();
        await factory.InitializeAsync();
        using var staff = await factory.StaffAsync();
        var enterprises = await TotalAsync(staff, "/api/enterprises");
        var patents = await TotalAsync(staff, "/api/patents");
        enterprises.ShouldBe(DemoDataGenerator.EnterprisesPerScale + DemoDataGenerator.InstitutionsPerScale);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().SeedAsync(true, Ct);
        }

        (await TotalAsync(staff, "/api/enterprises")).ShouldBe(enterprises);
        (await TotalAsync(staff, "/api/patents")).ShouldBe(patents);

        // demo.enterprise is scoped to a real demo enterprise: it sees exactly that one, with its rights.
        var client = new TestClient(factory);
        await client.SignInAsync(new TestUser(Guid.Empty, "demo.enterprise", DemoAccounts.Password, Roles.Enterprise, ScopeKind.Enterprise, DemoAccounts.EnterpriseScopeId));
        var own = await client.Http.GetFromJsonAsync<JsonElement>("/api/enterprises", Ct);
        own.GetProperty("total").GetInt32().ShouldBe(1);
        own.GetProperty("items")[0].GetProperty("id").GetString().ShouldBe(DemoAccounts.EnterpriseScopeId);
        (await TotalAsync(client.Http, "/api/patents")).ShouldBeGreaterThan(20);
        (await TotalAsync(client.Http, "/api/trademarks")).ShouldBeGreaterThan(0);
        client.Dispose();
    }

    /// <summary>The app's own entry point, as <c>dotnet run -- …</c> calls it (its Main blocks until it returns).</summary>
    private static Task<int> RunProgramAsync(string[] args) =>
        Task.Run(() => (int)typeof(Program).Assembly.EntryPoint!.Invoke(null, [args])!, Ct);

    private static async Task<int> TotalAsync(HttpClient client, string url)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"{url}?pageSize=1", Ct);
        return page.GetProperty("total").GetInt32();
    }

    private sealed class DemoFactory : CountyIpAppFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["CountyIP:DemoData"] = "true",
            ["Security:SignInAttemptsPerMinute"] = "100000",
        };

        public async Task<HttpClient> StaffAsync()
        {
            var user = await this.CreateAsync(Roles.BureauStaff, null, ScopeKind.District);
            var client = new TestClient(this);
            await client.SignInAsync(user);
            return client.Http;
        }
    }
}
