using System.Net.Http.Json;
using System.Net;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>The registry pages over real cookie sign-in (POST /api/auth/login).</summary>
[Collection(RegistryPagesApp.Name)]
public sealed class RegistryPageTests(RegistryPageTests.Factory factory)
{
    /// <summary>Each test signs in fresh accounts; the per-address sign-in limit would answer 429 part-way.</summary>
    public sealed class Factory : CountyIpAppFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Security:SignInAttemptsPerMinute"] = "100000",
        };
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(Guid Id, string Name, string Code)> CreateEnterpriseWithPatentsAsync(TestClient staff, string unit)
    {
        var name = $"页面{Guid.NewGuid():N}"[..10] + "有限公司";
        var code = CreditCode();
        var id = await CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, code, unit));
        await CreateAsync(staff.Http, "/api/patents", Patent(PatentNumber(2013, '1'), name));
        await CreateAsync(staff.Http, "/api/patents", Patent(PatentNumber(2014, '3'), name, grantDate: null));
        return (id, name, code);
    }

    [Fact]
    public async Task EnterprisesPage_FilterByName_ShowsRowWithRowNumberAndLink()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var (id, name, _) = await CreateEnterpriseWithPatentsAsync(staff, "350104001");

        var page = await staff.GetPageAsync($"/registry/enterprises?q={Uri.EscapeDataString(name)}");

        var rows = page.ByTestId("enterprise-table").QuerySelectorAll("tbody tr");
        rows.Length.ShouldBe(1);
        rows[0].GetAttribute("data-id").ShouldBe(id.ToString());
        rows[0].QuerySelector("td")!.Text().ShouldBe("1");
        page.ByTestId("export").GetAttribute("href").ShouldBe($"/api/enterprises/export?q={Uri.EscapeDataString(name)}");
    }

    [Fact]
    public async Task EnterpriseProfile_Staff_ShowsFiguresPatentsAndDesignations()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var (id, name, _) = await CreateEnterpriseWithPatentsAsync(staff, "350104001");

        var page = await staff.GetPageAsync($"/registry/enterprises/{id}");

        page.ByTestId("enterprise-name").Text().ShouldBe(name);
        page.ByTestId("figure-patents").Text().ShouldBe("2");
        page.ByTestId("figure-granted").Text().ShouldBe("1");
        page.ByTestId("enterprise-patents").QuerySelectorAll("tbody tr").Length.ShouldBe(2);
        page.ByTestId("enterprise-designations").Text().ShouldContain("福建省知识产权示范企业");
    }

    [Fact]
    public async Task EnterpriseProfile_TownLiaisonOfOtherUnit_ShowsNotFound()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var (id, _, _) = await CreateEnterpriseWithPatentsAsync(staff, "350104002");
        using var liaison = await TestClient.SignedInAsync(factory, Roles.TownLiaison, "350104008");

        var page = await liaison.GetPageAsync($"/registry/enterprises/{id}");

        page.ByTestId("not-found");
        page.QuerySelector("[data-testid='enterprise-name']").ShouldBeNull();
    }

    [Fact]
    public async Task NewEnterpriseForm_ValidInput_CreatesAndRedirectsToProfile()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var code = CreditCode();

        var response = await staff.SubmitFormAsync("/registry/enterprises/new", "enterprise-edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "表单新建有限公司",
            ["Input.CreditCode"] = code.ToLowerInvariant(),
            ["Input.UnitCode"] = "350104103",
            ["Input.FullTimeIpStaff"] = "3",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var created = await staff.Http.GetFromJsonAsync<CountyIP.Modules.Registry.UseCases.EnterpriseDetails>($"/api/enterprises/by-credit-code/{code}", Ct);
        created!.Name.ShouldBe("表单新建有限公司");
        created.FullTimeIpStaff.ShouldBe(3);
        response.Headers.Location!.ToString().ShouldEndWith($"/registry/enterprises/{created.Id}");
    }

    [Fact]
    public async Task NewEnterpriseForm_WrongCheckCharacter_ShowsExpectedCharacterUnderField()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);

        var response = await staff.SubmitFormAsync("/registry/enterprises/new", "enterprise-edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "校验位表单公司",
            ["Input.CreditCode"] = "91350100M000100Y44",
        });

        var page = await Html.ParseAsync(response);
        page.ByTestId("field-error").Text().ShouldContain("3");
    }

    /// <summary>
    /// Issue 18 §8: an enterprise edits its own profile on the page — the bureau's fields show read-only or disabled
    /// with a hint, its address is saved, and a town posted into the form anyway is not.
    /// </summary>
    [Fact]
    public async Task EditEnterpriseForm_ByTheEnterprise_OwnFieldsSavedBureauFieldsKept()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var (id, _, _) = await CreateEnterpriseWithPatentsAsync(staff, "350104001");
        using var own = await TestClient.SignedInAsync(factory, Roles.Enterprise, id.ToString());

        var page = await own.GetPageAsync($"/registry/enterprises/{id}/edit");
        page.ByTestId("bureau-fields").ShouldNotBeNull();
        page.QuerySelector("#unit")!.HasAttribute("disabled").ShouldBeTrue();
        page.QuerySelector("#name")!.HasAttribute("readonly").ShouldBeTrue();
        page.QuerySelector("#address")!.HasAttribute("readonly").ShouldBeFalse();
        var response = await own.SubmitFormAsync(page, $"/registry/enterprises/{id}/edit", "enterprise-edit", new Dictionary<string, string>
        {
            ["Input.Address"] = "福建省福州市仓山区企业自填地址9号",
            ["Input.UnitCode"] = "350104002",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await staff.Http.GetFromJsonAsync<CountyIP.Modules.Registry.UseCases.EnterpriseDetails>($"/api/enterprises/{id}", Ct);
        after!.Address.ShouldBe("福建省福州市仓山区企业自填地址9号");
        after.UnitCode.ShouldBe("350104001", "the town is the bureau's to set");
        after.Designations.Count.ShouldBe(1);
    }

    [Fact]
    public async Task EditEnterpriseForm_ChangeName_KeepsDesignations()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var (id, _, _) = await CreateEnterpriseWithPatentsAsync(staff, "350104001");

        var response = await staff.SubmitFormAsync($"/registry/enterprises/{id}/edit", "enterprise-edit", new Dictionary<string, string> { ["Input.Name"] = "改名后有限公司" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await staff.Http.GetFromJsonAsync<CountyIP.Modules.Registry.UseCases.EnterpriseDetails>($"/api/enterprises/{id}", Ct);
        after!.Name.ShouldBe("改名后有限公司");
        after.Designations.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ContactLogForm_Staff_AddsEntryShownOnProfile()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var (id, _, _) = await CreateEnterpriseWithPatentsAsync(staff, "350104001");

        var response = await staff.SubmitFormAsync($"/registry/enterprises/{id}", "contact-log", new Dictionary<string, string>
        {
            ["Contact.Date"] = "2013-07-01",
            ["Contact.Kind"] = "Service",
            ["Contact.Note"] = "专利信息检索服务",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await staff.GetPageAsync($"/registry/enterprises/{id}");
        page.ByTestId("enterprise-contacts").Text().ShouldContain("专利信息检索服务");
    }

    [Theory]
    [InlineData("/registry/patents")]
    [InlineData("/registry/trademarks")]
    [InlineData("/registry/copyrights")]
    [InlineData("/registry/standards")]
    [InlineData("/registry/agencies")]
    public async Task ListPages_Staff_Render(string url)
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        await CreateEnterpriseWithPatentsAsync(staff, "350104001");

        var page = await staff.GetPageAsync(url);

        page.ByTestId("search-panel");
        page.ByTestId("pager");
    }

    [Fact]
    public async Task PatentPages_EnterpriseUser_SeesOwnPatentsOnly()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var (id, name, _) = await CreateEnterpriseWithPatentsAsync(staff, "350104001");
        await CreateEnterpriseWithPatentsAsync(staff, "350104001");
        using var enterprise = await TestClient.SignedInAsync(factory, Roles.Enterprise, id.ToString());

        var list = await enterprise.GetPageAsync("/registry/patents");

        var rows = list.ByTestId("patent-table").QuerySelectorAll("tbody tr");
        rows.Length.ShouldBe(2);
        rows.ShouldAllBe(r => r.Text().Contains(name));
        var detail = await enterprise.GetPageAsync($"/registry/patents/{rows[0].GetAttribute("data-id")}");
        detail.ByTestId("patent-history");
    }

    [Theory]
    [InlineData(Roles.Auditor, "/registry/enterprises")]
    [InlineData(Roles.BureauAdmin, "/registry/patents")]
    [InlineData(Roles.Enterprise, "/registry/agencies")]
    [InlineData(Roles.Leadership, "/registry/enterprises/new")]
    public async Task Page_RoleWithoutPermission_Refused(string role, string url)
    {
        using var client = await TestClient.SignedInAsync(factory, role);

        var response = await client.GetAsync(url);

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().ShouldContain("access-denied");
        }
    }

    [Fact]
    public async Task TrademarkForm_NewWithOwnerCode_LinksEnterpriseAndEditKeepsRecognitions()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var (enterpriseId, name, code) = await CreateEnterpriseWithPatentsAsync(staff, "350104001");
        var number = TrademarkNumber();

        var created = await staff.SubmitFormAsync("/registry/trademarks/new", "trademark-edit", new Dictionary<string, string>
        {
            ["Input.RegistrationNumber"] = number,
            ["Input.Mark"] = "闽都",
            ["Input.NiceClasses"] = "9;35",
            ["Input.OwnerName"] = name,
            ["Input.OwnerCreditCode"] = code,
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await staff.Http.GetFromJsonAsync<PagedResult<CountyIP.Modules.Registry.UseCases.TrademarkView>>($"/api/trademarks?enterpriseId={enterpriseId}", Ct);
        var trademark = list!.Items.Single();
        trademark.RegistrationNumber.ShouldBe(number);

        var edited = await staff.SubmitFormAsync($"/registry/trademarks/{trademark.Id}/edit", "trademark-edit", new Dictionary<string, string> { ["Input.NiceClasses"] = "46" });
        var page = await Html.ParseAsync(edited);
        page.ByTestId("field-error").Text().ShouldContain("46");
    }

    [Fact]
    public async Task StandardsForm_UnknownOwnerCode_ShowsErrorUnderField()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);

        var response = await staff.SubmitFormAsync("/registry/standards/new", "standards-edit", new Dictionary<string, string>
        {
            ["Input.Title"] = "某团体标准",
            ["Input.StartYear"] = "2014",
            ["Input.EnterpriseCreditCode"] = CreditCode(),
        });

        var page = await Html.ParseAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.ByTestId("field-error").Text().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task CopyrightAndAgencyForms_ValidInput_CreateRecords()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var software = SoftwareNumber();
        var agencyName = "表单代理所" + Guid.NewGuid().ToString("N")[..6];

        var copyright = await staff.SubmitFormAsync("/registry/copyrights/new", "copyright-edit", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Software",
            ["Input.RegistrationNumber"] = software,
            ["Input.Title"] = "表单软件V1.0",
            ["Input.OwnerName"] = "某公司",
            ["Input.RegisteredOn"] = "2014-05-06",
        });
        var agency = await staff.SubmitFormAsync("/registry/agencies/new", "agency-edit", new Dictionary<string, string>
        {
            ["Input.Name"] = agencyName,
            ["Input.Kind"] = "TrademarkAgency",
        });

        copyright.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        agency.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var copyrights = await staff.GetPageAsync($"/registry/copyrights?q={software}");
        copyrights.ByTestId("copyright-table").QuerySelectorAll("tbody tr").Length.ShouldBe(1);
        var agencies = await staff.GetPageAsync($"/registry/agencies?q={Uri.EscapeDataString(agencyName)}");
        var editHref = agencies.ByTestId("agency-table").QuerySelector("[data-testid='edit']")!.GetAttribute("href")!;
        var editPage = await staff.GetPageAsync(editHref);
        editPage.ByTestId("agency-form");
    }
}

/// <summary>
/// One app for every test class of the collection: starting an app costs about three seconds of the suite, and these
/// classes each make their own records (names and numbers unique per test), so they can share one; the collection's
/// classes run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RegistryPagesApp : ICollectionFixture<RegistryPageTests.Factory>
{
    public const string Name = "RegistryPagesApp";
}
