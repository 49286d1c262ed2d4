using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>The patent edit page and the correction pages (propose, review queue, approve, reject).</summary>
[Collection(RegistryApp.Name)]
public sealed class RegistryCorrectionPageTests(RegistryAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(Guid Enterprise, Guid Patent, Guid Trademark)> CreateAsync(TestClient staff)
    {
        var name = $"页面{Guid.NewGuid():N}"[..10] + "有限公司";
        var enterprise = await RegistryTestData.CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, CreditCode()));
        var patent = await RegistryTestData.CreateAsync(staff.Http, "/api/patents", Patent(PatentNumber(), name));
        var trademark = await RegistryTestData.CreateAsync(staff.Http, "/api/trademarks", new { registrationNumber = TrademarkNumber(), mark = name, niceClasses = "9;42", ownerName = name, enterpriseId = enterprise, status = "Registered" });
        return (enterprise, patent, trademark);
    }

    [Fact]
    public async Task PatentEditForm_ChangeTitleAndApplicants_SavedAndRedirectsToDetail()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var (_, patent, _) = await CreateAsync(staff);
        var before = await staff.Http.GetFromJsonAsync<JsonElement>($"/api/patents/{patent}", Ct);
        var first = before.GetProperty("applicants")[0].GetProperty("name").GetString();

        var response = await staff.SubmitFormAsync($"/registry/patents/{patent}/edit", "patent-edit", new Dictionary<string, string>
        {
            ["Input.Title"] = "一种页面编辑后的专利名称",
            ["Input.Applicants"] = $"{first}\n王五",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldEndWith($"/registry/patents/{patent}");
        var after = await staff.Http.GetFromJsonAsync<JsonElement>($"/api/patents/{patent}", Ct);
        after.GetProperty("title").GetString().ShouldBe("一种页面编辑后的专利名称");
        after.GetProperty("applicants").GetArrayLength().ShouldBe(2);
        after.GetProperty("applicants")[1].GetProperty("kind").GetString().ShouldBe("Individual");
        after.GetProperty("enterpriseId").GetString().ShouldBe(before.GetProperty("enterpriseId").GetString());
    }

    [Fact]
    public async Task NewPatentForm_WrongCheckCharacter_ShowsErrorNewValidCreates()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var fields = new Dictionary<string, string>
        {
            ["Input.ApplicationNumber"] = "201310123456.X",
            ["Input.Title"] = "一种表单新建的实用新型",
            ["Input.Applicants"] = "张三",
            ["Input.FilingDate"] = "2013-05-06",
        };

        var refused = await Html.ParseAsync(await staff.SubmitFormAsync("/registry/patents/new", "patent-edit", fields));
        refused.ByTestId("field-error").Text().ShouldContain("2");

        var number = PatentNumber(2013, '2');
        fields["Input.ApplicationNumber"] = number;
        var created = await staff.SubmitFormAsync("/registry/patents/new", "patent-edit", fields);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await staff.Http.GetFromJsonAsync<JsonElement>($"/api/patents/by-number/{number}", Ct)).GetProperty("type").GetString().ShouldBe("UtilityModel");
    }

    [Fact]
    public async Task CorrectionPages_EnterpriseProposesStaffApproves_RecordUpdated()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var (enterprise, patent, _) = await CreateAsync(staff);
        using var own = await TestClient.SignedInAsync(factory, Roles.Enterprise, enterprise.ToString());
        (await own.GetPageAsync($"/registry/patents/{patent}")).ByTestId("correct").GetAttribute("href").ShouldBe($"/registry/corrections/new/Patent/{patent}");

        var submitted = await own.SubmitFormAsync($"/registry/corrections/new/Patent/{patent}", "correction-new", new Dictionary<string, string>
        {
            ["Input.Values[Title]"] = "一种企业更正后的专利名称",
            ["Input.Note"] = "专利证书上的名称与登记不一致",
        });

        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var detailUrl = submitted.Headers.Location!.AbsolutePath;
        var queue = await staff.GetPageAsync("/registry/corrections?status=Pending");
        queue.ByTestId("corrections-table").Text().ShouldContain("专利证书上的名称与登记不一致");
        var decided = await Html.ParseAsync(await staff.SubmitFormAsync(detailUrl, "correction-approve", new Dictionary<string, string>()));
        decided.ByTestId("decided").ShouldNotBeNull();
        (await staff.Http.GetFromJsonAsync<JsonElement>($"/api/patents/{patent}", Ct)).GetProperty("title").GetString().ShouldBe("一种企业更正后的专利名称");
        (await own.GetPageAsync(detailUrl)).QuerySelector("[data-status='Approved']").ShouldNotBeNull();
    }

    [Fact]
    public async Task CorrectionPages_StaffRejectsWithReason_EnterpriseSeesReason()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var (enterprise, _, trademark) = await CreateAsync(staff);
        using var own = await TestClient.SignedInAsync(factory, Roles.Enterprise, enterprise.ToString());
        var submitted = await own.SubmitFormAsync($"/registry/corrections/new/Trademark/{trademark}", "correction-new", new Dictionary<string, string>
        {
            ["Input.Values[Mark]"] = "新商标文字",
            ["Input.Note"] = "商标文字有误",
        });
        var detailUrl = submitted.Headers.Location!.AbsolutePath;

        await staff.SubmitFormAsync(detailUrl, "correction-reject", new Dictionary<string, string> { ["RejectInput.Reason"] = "与商标注册证一致，无需更正" });

        var seen = await own.GetPageAsync(detailUrl);
        seen.ByTestId("reason").Text().ShouldBe("与商标注册证一致，无需更正");
        seen.QuerySelector("[data-testid='approve-form']").ShouldBeNull();
    }

    [Fact]
    public async Task CorrectionNewPage_OtherEnterprisesRecord_NotFound()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var (_, patent, _) = await CreateAsync(staff);
        var (other, _, _) = await CreateAsync(staff);
        using var client = await TestClient.SignedInAsync(factory, Roles.Enterprise, other.ToString());

        var page = await client.GetPageAsync($"/registry/corrections/new/Patent/{patent}");

        page.ByTestId("not-found").ShouldNotBeNull();
    }

    [Fact]
    public async Task EnterpriseEditPage_OwnEnterprise_SavedOtherNotFound()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var (enterprise, _, _) = await CreateAsync(staff);
        var (other, _, _) = await CreateAsync(staff);
        using var own = await TestClient.SignedInAsync(factory, Roles.Enterprise, enterprise.ToString());
        (await own.GetPageAsync($"/registry/enterprises/{enterprise}")).ByTestId("enterprise-edit").ShouldNotBeNull();

        var saved = await own.SubmitFormAsync($"/registry/enterprises/{enterprise}/edit", "enterprise-edit", new Dictionary<string, string> { ["Input.ContactPerson"] = "企业自填联系人" });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await staff.Http.GetFromJsonAsync<JsonElement>($"/api/enterprises/{enterprise}", Ct)).GetProperty("contactPerson").GetString().ShouldBe("企业自填联系人");
        (await own.GetPageAsync($"/registry/enterprises/{other}/edit")).ByTestId("not-found").ShouldNotBeNull();
        (await own.GetAsync("/registry/enterprises/new")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
