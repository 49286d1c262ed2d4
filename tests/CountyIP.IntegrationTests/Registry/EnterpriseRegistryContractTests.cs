using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Platform.Security;
using Microsoft.Extensions.DependencyInjection;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>The Registry's read contract for other modules (ADR 0020): lookups by id, credit code and name, and rights counts.</summary>
[Collection(RegistryApp.Name)]
public sealed class EnterpriseRegistryContractTests(RegistryAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Find_ByIdCreditCodeAndName_SameEnterpriseWithUnitAndDesignation()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var name = $"契约{Guid.NewGuid():N}"[..10] + "有限公司";
        var code = CreditCode();
        var id = await CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, code, unit: "350104008"));

        await using var scope = factory.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<IEnterpriseRegistry>();
        var byId = await registry.FindAsync(id, Ct);
        var byCode = await registry.FindByCreditCodeAsync(" " + code.ToLowerInvariant() + " ", Ct);
        var byName = await registry.FindByNameAsync($"  {name} ", Ct);

        byId.ShouldNotBeNull();
        byId.Name.ShouldBe(name);
        byId.CreditCode.ShouldBe(code);
        byId.UnitCode.ShouldBe("350104008");
        byId.Designations.ShouldHaveSingleItem().Level.ShouldBe("Provincial");
        byId.IsDesignatedOn(new DateOnly(2030, 1, 1)).ShouldBeTrue();
        byCode?.Id.ShouldBe(id);
        byName?.Id.ShouldBe(id);
    }

    [Fact]
    public async Task Find_UnknownOrInvalid_Null()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<IEnterpriseRegistry>();

        (await registry.FindAsync(Guid.NewGuid(), Ct)).ShouldBeNull();
        (await registry.FindByCreditCodeAsync("not a credit code", Ct)).ShouldBeNull();
        (await registry.FindByCreditCodeAsync(CreditCode(), Ct)).ShouldBeNull();
        (await registry.FindByNameAsync("  ", Ct)).ShouldBeNull();
        (await registry.CountRightsAsync(Guid.NewGuid(), Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task CountRights_PatentsByDerivedStatus_AndOtherRights()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var name = $"计数{Guid.NewGuid():N}"[..10] + "有限公司";
        var id = await CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, CreditCode()));
        await CreateAsync(staff.Http, "/api/patents", Patent(PatentNumber(2013, '1'), name));
        await CreateAsync(staff.Http, "/api/patents", Patent(PatentNumber(2013, '1'), name, grantDate: null));
        // Recorded 有效 but past its ten-year term: granted, not in force (the derived status, ADR 0016).
        await CreateAsync(staff.Http, "/api/patents", new
        {
            applicationNumber = PatentNumber(2011, '2'),
            title = "一种电机散热外壳",
            applicants = new[] { new { name } },
            filingDate = "2011-03-10",
            grantDate = "2011-09-01",
            legalStatus = "Granted",
        });

        await using var scope = factory.Services.CreateAsyncScope();
        var counts = await scope.ServiceProvider.GetRequiredService<IEnterpriseRegistry>().CountRightsAsync(id, Ct);

        counts.ShouldBe(new EnterpriseRightsCounts(Patents: 3, GrantedPatents: 2, PatentsInForce: 1, Trademarks: 0, Copyrights: 0, StandardsProjects: 0));
    }
}
