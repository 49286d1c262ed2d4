using System.Net;
using System.Net.Http.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Protection;

/// <summary>Trade-fair protection (issue 5 §4): fairs, exhibitors' declarations, on-site complaints handled the same day.</summary>
[Collection(ProtectionApp.Name)]
public sealed class TradeFairTests(ProtectionAppFactory factory)
{
    // The app's "today" is the Shanghai calendar day.
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task OnSiteComplaint_DuringFair_CaseLinkedToFairDueSameDay()
    {
        var ct = TestContext.Current.CancellationToken;
        using var staff = factory.ClientAs(Roles.BureauStaff);
        var fairId = await CreateFairAsync(staff, "海峡知识产权博览会" + Guid.NewGuid().ToString("N")[..6], Today.AddDays(-1), Today.AddDays(1));
        using (var declared = await staff.PostAsJsonAsync($"/api/protection/trade-fairs/{fairId}/declarations", new
        {
            exhibitor = "福州某电子有限公司",
            booth = "A-108",
            rights = new object[] { new { kind = "Patent", number = "ZL201710601862.3", title = "一种充电装置" }, new { kind = "Trademark", number = "12345678" } },
        }, ct))
        {
            declared.StatusCode.ShouldBe(HttpStatusCode.Created, await declared.Content.ReadAsStringAsync(ct));
        }

        var respondent = "展会侵权展商" + Guid.NewGuid().ToString("N")[..6];
        using var complained = await staff.PostAsJsonAsync($"/api/protection/trade-fairs/{fairId}/complaints", new
        {
            kind = "PatentInfringement", respondent, booth = "B-201", description = "展出仿冒我司专利产品", name = "现场投诉人", mobile = "13912345678", consentToContact = true,
        }, ct);

        complained.StatusCode.ShouldBe(HttpStatusCode.Created, await complained.Content.ReadAsStringAsync(ct));
        var created = (await complained.Content.ReadFromJsonAsync<CreatedCase>(ct))!;
        created.TrackingCode.Length.ShouldBe(29);
        var fair = await staff.GetFromJsonAsync<Fair>($"/api/protection/trade-fairs/{fairId}", ct);
        fair!.Declarations.ShouldHaveSingleItem().Rights.Select(r => r.Number).ShouldBe(["ZL201710601862.3", "12345678"], ignoreOrder: true);
        var complaint = fair.Complaints.ShouldHaveSingleItem();
        complaint.Number.ShouldBe(created.Number);
        complaint.DueOn.ShouldBe(Today);
        complaint.IsLate.ShouldBeFalse();
        var detail = await staff.GetFromJsonAsync<CaseView>($"/api/protection/cases/{created.Id}", ct);
        detail!.Channel.ShouldBe("TradeFair");
        detail.Place.ShouldContain("B-201");
        detail.Deadlines.ShouldContain(d => d.Stage == "OnSiteHandling" && d.DueDate == Today);

        await ProtectionApi.ActOkAsync(staff, created.Id, new { action = "StartReview" });
        await ProtectionApi.ActOkAsync(staff, created.Id, new { action = "Reject", note = "展商已当场撤下涉嫌侵权展品" });

        var after = await staff.GetFromJsonAsync<Fair>($"/api/protection/trade-fairs/{fairId}", ct);
        after!.Complaints.Single().HandledOn.ShouldBe(Today);
        var list = await staff.GetStringAsync(new Uri("/api/protection/trade-fairs?search=" + Uri.EscapeDataString("海峡知识产权博览会"), UriKind.Relative), ct);
        list.ShouldContain(fairId.ToString());

        // The fair's views never carry the on-site complainant's identity (issue 5 §3).
        var fairJson = await staff.GetStringAsync(new Uri($"/api/protection/trade-fairs/{fairId}", UriKind.Relative), ct);
        fairJson.ShouldContain(respondent);
        fairJson.ShouldNotContain("13912345678");
        fairJson.ShouldNotContain("现场投诉人");
    }

    [Fact]
    public async Task OnSiteComplaint_FairNotRunning_409AndNoCase()
    {
        using var staff = factory.ClientAs(Roles.BureauStaff);
        var fairId = await CreateFairAsync(staff, "往届展会" + Guid.NewGuid().ToString("N")[..6], Today.AddDays(-10), Today.AddDays(-8));
        var respondent = "过期展商" + Guid.NewGuid().ToString("N")[..6];

        using var response = await staff.PostAsJsonAsync($"/api/protection/trade-fairs/{fairId}/complaints", new { kind = "Other", respondent, description = "事后投诉" }, TestContext.Current.CancellationToken);
        using var unknown = await staff.PostAsJsonAsync($"/api/protection/trade-fairs/{Guid.NewGuid()}/complaints", new { kind = "Other", respondent, description = "事后投诉" }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var cases = await staff.GetStringAsync(new Uri("/api/protection/cases?search=" + Uri.EscapeDataString(respondent), UriKind.Relative), TestContext.Current.CancellationToken);
        cases.ShouldContain("\"total\":0");
    }

    [Fact]
    public async Task Record_EndsBeforeStartOrDeclarationWithoutRights_409()
    {
        using var staff = factory.ClientAs(Roles.BureauStaff);
        var fairId = await CreateFairAsync(staff, "校验展会" + Guid.NewGuid().ToString("N")[..6], Today, Today);

        using var backwards = await staff.PostAsJsonAsync("/api/protection/trade-fairs", new { name = "倒置", venue = "海峡会展中心", organiser = "主办方", startsOn = Today, endsOn = Today.AddDays(-1) }, TestContext.Current.CancellationToken);
        using var empty = await staff.PostAsJsonAsync($"/api/protection/trade-fairs/{fairId}/declarations", new { exhibitor = "展商", rights = Array.Empty<object>() }, TestContext.Current.CancellationToken);

        backwards.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        empty.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Write_WithoutPermission_Forbidden()
    {
        using var staff = factory.ClientAs(Roles.BureauStaff);
        var fairId = await CreateFairAsync(staff, "权限展会" + Guid.NewGuid().ToString("N")[..6], Today, Today);
        using var liaison = factory.ClientAs(Roles.DepartmentLiaison, "market-regulation");
        using var enterprise = factory.ClientAs(Roles.Enterprise);

        using var create = await liaison.PostAsJsonAsync("/api/protection/trade-fairs", new { name = "越权", venue = "v", organiser = "o", startsOn = Today, endsOn = Today }, TestContext.Current.CancellationToken);
        using var complain = await liaison.PostAsJsonAsync($"/api/protection/trade-fairs/{fairId}/complaints", new { kind = "Other", respondent = "r", description = "d" }, TestContext.Current.CancellationToken);
        using var read = await enterprise.GetAsync(new Uri($"/api/protection/trade-fairs/{fairId}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var liaisonRead = await liaison.GetAsync(new Uri($"/api/protection/trade-fairs/{fairId}", UriKind.Relative), TestContext.Current.CancellationToken);

        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        complain.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        read.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        liaisonRead.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Pages_RecordFairThenOnSiteComplaint_TrackingCodeShownAndListed()
    {
        var name = "页面展会" + Guid.NewGuid().ToString("N")[..6];
        using var staff = PageClient(Roles.BureauStaff);

        using var created = await staff.SubmitFormAsync("/protection/trade-fairs", "fair", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Venue"] = "海峡国际会展中心",
            ["Input.Organiser"] = "福州市贸促会",
            ["Input.StartsOn"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.EndsOn"] = Today.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await Html.ParseAsync(created)).QuerySelector("[data-testid=form-error], .validation-message")?.TextContent);
        var fairUrl = created.Headers.Location!.IsAbsoluteUri ? created.Headers.Location.PathAndQuery : created.Headers.Location.OriginalString;
        using var declared = await staff.SubmitFormAsync(fairUrl, "declaration", new Dictionary<string, string>
        {
            ["DeclarationInput.Exhibitor"] = "参展商甲",
            ["DeclarationInput.Rights[0].Kind"] = "Copyright",
            ["DeclarationInput.Rights[0].Number"] = "2023SR0879891",
        });
        (await Html.ParseAsync(declared)).ByTestId("declaration-table").Text().ShouldContain("2023SR0879891");
        var respondent = "页面展商" + Guid.NewGuid().ToString("N")[..6];

        using var complained = await staff.SubmitFormAsync(fairUrl, "on-site", new Dictionary<string, string>
        {
            ["ComplaintInput.Kind"] = "CopyrightInfringement",
            ["ComplaintInput.Respondent"] = respondent,
            ["ComplaintInput.Booth"] = "C-12",
            ["ComplaintInput.Description"] = "现场销售盗版图书",
        });

        var page = await Html.ParseAsync(complained);
        page.ByTestId("tracking-code").Text().Length.ShouldBe(29);
        page.ByTestId("complaint-table").Text().ShouldContain(respondent);
        (await staff.GetPageAsync("/protection/trade-fairs?q=" + Uri.EscapeDataString(name))).ByTestId("fair-table").Text().ShouldContain(name);
    }

    [Fact]
    public async Task Pages_LiaisonPostsOnSiteForm_RefusedAndNoCase()
    {
        using var staff = factory.ClientAs(Roles.BureauStaff);
        var fairId = await CreateFairAsync(staff, "联络员展会" + Guid.NewGuid().ToString("N")[..6], Today, Today);
        using var liaison = PageClient(Roles.DepartmentLiaison, "market-regulation");
        var page = await liaison.GetPageAsync($"/protection/trade-fairs/{fairId}");
        page.QuerySelector("form input[name=_handler][value=on-site]").ShouldBeNull();
        var respondent = "越权展商" + Guid.NewGuid().ToString("N")[..6];

        using var response = await liaison.Http.PostAsync(new Uri($"/protection/trade-fairs/{fairId}", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "on-site",
            ["ComplaintInput.Kind"] = "Other",
            ["ComplaintInput.Respondent"] = respondent,
            ["ComplaintInput.Description"] = "越权登记",
        }), TestContext.Current.CancellationToken);

        response.IsSuccessStatusCode.ShouldBeFalse();
        var cases = await staff.GetStringAsync(new Uri("/api/protection/cases?search=" + Uri.EscapeDataString(respondent), UriKind.Relative), TestContext.Current.CancellationToken);
        cases.ShouldContain("\"total\":0");
    }

    private TestClient PageClient(string role, string? department = null)
    {
        var client = new TestClient(factory);
        var kind = Roles.RequiredScope(role);
        client.Http.DefaultRequestHeaders.Add(ProtectionAppFactory.UserHeader, $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}|{role}|{kind}|{(kind == ScopeKind.District ? string.Empty : department)}");
        return client;
    }

    private static async Task<Guid> CreateFairAsync(HttpClient staff, string name, DateOnly startsOn, DateOnly endsOn)
    {
        using var response = await staff.PostAsJsonAsync("/api/protection/trade-fairs", new { name, venue = "海峡国际会展中心", organiser = "福州市人民政府", startsOn, endsOn }, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await response.Content.ReadFromJsonAsync<JointActionTests.Created>(TestContext.Current.CancellationToken))!.Id;
    }

    internal sealed record CreatedCase(Guid Id, string Number, string TrackingCode);

    internal sealed record Right(string Kind, string Number, string? Title);

    internal sealed record Declaration(string Exhibitor, List<Right> Rights);

    internal sealed record Complaint(Guid CaseId, string Number, DateOnly? DueOn, DateOnly? HandledOn, bool IsLate);

    internal sealed record Fair(Guid Id, List<Declaration> Declarations, List<Complaint> Complaints);

    internal sealed record Deadline(string Stage, DateOnly DueDate);

    internal sealed record CaseView(string Channel, string Place, List<Deadline> Deadlines);
}
