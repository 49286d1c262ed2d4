using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Protection;

/// <summary>Joint enforcement (联合执法): API checks against reference data, editing, filters, export and the pages.</summary>
[Collection(ProtectionApp.Name)]
public sealed class JointActionTests(ProtectionAppFactory factory)
{
    [Fact]
    public async Task Record_UnknownDepartment_409AndNothingStored()
    {
        var title = "未知部门行动" + Guid.NewGuid().ToString("N")[..6];
        using var staff = factory.ClientAs(Roles.BureauStaff);

        using var unknownLead = await staff.PostAsJsonAsync("/api/protection/joint-actions", JointActions.Body(title, "no-such-department", [], []), TestContext.Current.CancellationToken);
        using var unknownParticipant = await staff.PostAsJsonAsync("/api/protection/joint-actions", JointActions.Body(title, "market-regulation", ["police-xyz"], []), TestContext.Current.CancellationToken);

        unknownLead.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        unknownParticipant.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await unknownParticipant.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("police-xyz");
        (await ListAsync(staff, title)).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Update_ChangedFieldsAndLinks_Stored()
    {
        var title = "展会巡查" + Guid.NewGuid().ToString("N")[..6];
        using var staff = factory.ClientAs(Roles.BureauStaff, userName: "enforcer-" + Guid.NewGuid().ToString("N")[..6]);
        var respondent = "执法关联" + Guid.NewGuid().ToString("N")[..6];
        await ProtectionApi.SubmitAsync(staff, ProtectionApi.Complaint(respondent));
        var caseId = await ProtectionApi.CaseIdByRespondentAsync(staff, respondent);
        var id = await CreateAsync(staff, JointActions.Body(title, "market-regulation", ["public-security"], []));

        using var updated = await staff.PutAsJsonAsync($"/api/protection/joint-actions/{id}", JointActions.Body(title + "（补录）", "culture-sports", ["market-regulation", "quality-supervision"], [caseId], scope: "TradeFair", places: 30), TestContext.Current.CancellationToken);
        using var missing = await staff.PutAsJsonAsync($"/api/protection/joint-actions/{Guid.NewGuid()}", JointActions.Body(title, "culture-sports", [], []), TestContext.Current.CancellationToken);

        updated.StatusCode.ShouldBe(HttpStatusCode.NoContent, await updated.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var view = await staff.GetFromJsonAsync<ActionView>($"/api/protection/joint-actions/{id}", TestContext.Current.CancellationToken);
        view!.Title.ShouldBe(title + "（补录）");
        view.LeadDepartment.ShouldBe("culture-sports");
        view.ParticipatingDepartments.ShouldBe(["market-regulation", "quality-supervision"]);
        view.Scope.ShouldBe("TradeFair");
        view.PlacesInspected.ShouldBe(30);
        view.LinkedCaseIds.ShouldBe([caseId]);
        view.UpdatedBy.ShouldNotBeNull().ShouldStartWith("enforcer-");
    }

    [Fact]
    public async Task List_FiltersAndPaging_OnlyMatchingActions()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        using var staff = factory.ClientAs(Roles.BureauStaff);
        await CreateAsync(staff, JointActions.Body("市场检查" + tag, "market-regulation", [], [], scope: "Market", date: "2025-05-10"));
        await CreateAsync(staff, JointActions.Body("网络巡查" + tag, "culture-sports", ["public-security"], [], scope: "Online", date: "2026-03-02"));
        await CreateAsync(staff, JointActions.Body("网络清理" + tag, "market-regulation", [], [], scope: "Online", date: "2026-04-02"));

        var online = await ListAsync(staff, tag, "&scope=Online");
        var police = await ListAsync(staff, tag, "&department=public-security");
        var in2025 = await ListAsync(staff, tag, "&year=2025");
        var secondPage = await ListAsync(staff, tag, "&pageSize=2&page=2");

        online.Items.Select(a => a.Title).ShouldBe(["网络清理" + tag, "网络巡查" + tag]);
        police.Items.ShouldHaveSingleItem().Title.ShouldBe("网络巡查" + tag);
        in2025.Items.ShouldHaveSingleItem().Title.ShouldBe("市场检查" + tag);
        secondPage.Total.ShouldBe(3);
        secondPage.Items.ShouldHaveSingleItem().Title.ShouldBe("市场检查" + tag);
    }

    [Fact]
    public async Task Export_Liaison_WorkbookWithOwnDepartmentsActionsOnly()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        using var staff = factory.ClientAs(Roles.BureauStaff);
        using var liaison = factory.ClientAs(Roles.DepartmentLiaison, "quality-supervision");
        await CreateAsync(staff, JointActions.Body("质监参与" + tag, "market-regulation", ["quality-supervision"], []));
        await CreateAsync(staff, JointActions.Body("质监未参与" + tag, "market-regulation", ["education"], []));

        using var response = await liaison.GetAsync(new Uri("/api/protection/joint-actions/export?search=" + Uri.EscapeDataString(tag), UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var text = WorkbookText(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        text.ShouldContain("质监参与" + tag);
        text.ShouldNotContain("质监未参与" + tag);
        text.ShouldContain("区市场监督管理局");
        (await ExportRecords.FindAsync(factory, "JointEnforcementAction", tag)).ShouldHaveSingleItem().Detail.ShouldStartWith("1 rows ");
    }

    [Fact]
    public async Task Write_WithoutPermission_Forbidden()
    {
        using var liaison = factory.ClientAs(Roles.DepartmentLiaison, "market-regulation");
        using var leadership = factory.ClientAs(Roles.Leadership);

        using var create = await liaison.PostAsJsonAsync("/api/protection/joint-actions", JointActions.Body("越权", "market-regulation", [], []), TestContext.Current.CancellationToken);
        using var update = await liaison.PutAsJsonAsync($"/api/protection/joint-actions/{Guid.NewGuid()}", JointActions.Body("越权", "market-regulation", [], []), TestContext.Current.CancellationToken);
        using var list = await leadership.GetAsync(new Uri("/api/protection/joint-actions", UriKind.Relative), TestContext.Current.CancellationToken);

        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        update.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Pages_CreateThroughFormThenEdit_ListAndDetailShowIt()
    {
        var title = "页面登记行动" + Guid.NewGuid().ToString("N")[..6];
        using var staff = PageClient(Roles.BureauStaff);
        var respondent = "页面关联" + Guid.NewGuid().ToString("N")[..6];
        await ProtectionApi.SubmitAsync(staff.Http, ProtectionApi.Complaint(respondent));
        var caseId = await ProtectionApi.CaseIdByRespondentAsync(staff.Http, respondent);
        var number = (await staff.Http.GetFromJsonAsync<NoticeTests.CaseWithNotices>($"/api/protection/cases/{caseId}", TestContext.Current.CancellationToken))!.Number;
        var form = await staff.GetPageAsync("/protection/joint-actions/new");
        var police = form.QuerySelectorAll("input[type=hidden]").First(i => i.GetAttribute("value") == "public-security").GetAttribute("name")!.Replace(".Code", ".Selected", StringComparison.Ordinal);

        using var created = await staff.SubmitFormAsync(form, "/protection/joint-actions/new", "joint-action", new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Date"] = "2026-06-18",
            ["Input.Scope"] = "TradeFair",
            ["Input.LeadDepartment"] = "market-regulation",
            [police] = "True",
            ["Input.PlacesInspected"] = "15",
            ["Input.CasesOpened"] = "2",
            ["Input.GoodsSeized"] = "侵权展品 12 件",
            ["Input.GoodsValue"] = "8800",
            ["Input.Results"] = "责令撤展 3 家",
            ["Input.LinkedCases"] = number,
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await Html.ParseAsync(created)).QuerySelector("[data-testid=form-error], .validation-message")?.TextContent);
        var detailUrl = created.Headers.Location!.IsAbsoluteUri ? created.Headers.Location.PathAndQuery : created.Headers.Location.OriginalString;
        var detail = await staff.GetPageAsync(detailUrl);
        var facts = detail.ByTestId("action-facts").Text();
        facts.ShouldContain("公安仓山分局");
        facts.ShouldContain("侵权展品 12 件");
        facts.ShouldContain(number);
        var list = await staff.GetPageAsync("/protection/joint-actions?q=" + Uri.EscapeDataString(title));
        list.ByTestId("action-table").Text().ShouldContain(title);

        using var edited = await staff.SubmitFormAsync(detailUrl + "/edit", "joint-action", new Dictionary<string, string> { ["Input.Results"] = "责令撤展 4 家", [police] = "false" });

        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = (await staff.GetPageAsync(detailUrl)).ByTestId("action-facts").Text();
        after.ShouldContain("责令撤展 4 家");
        after.ShouldNotContain("公安仓山分局");
        after.ShouldContain(number);
    }

    [Fact]
    public async Task Pages_UnknownLinkedCase_MessageUnderForm()
    {
        using var staff = PageClient(Roles.BureauStaff);

        using var response = await staff.SubmitFormAsync("/protection/joint-actions/new", "joint-action", new Dictionary<string, string>
        {
            ["Input.Title"] = "错误关联",
            ["Input.Date"] = "2026-06-18",
            ["Input.LeadDepartment"] = "market-regulation",
            ["Input.Results"] = "无",
            ["Input.LinkedCases"] = "NO-SUCH-CASE",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).ByTestId("form-error").Text().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Pages_LiaisonOfOtherDepartment_NotFoundAndNoEditForm()
    {
        var title = "他部门行动" + Guid.NewGuid().ToString("N")[..6];
        using var staff = factory.ClientAs(Roles.BureauStaff);
        var id = await CreateAsync(staff, JointActions.Body(title, "market-regulation", ["public-security"], []));
        using var participant = PageClient(Roles.DepartmentLiaison, "public-security");
        using var outsider = PageClient(Roles.DepartmentLiaison, "education");

        var seen = await participant.GetPageAsync($"/protection/joint-actions/{id}");
        using var hidden = await outsider.GetAsync($"/protection/joint-actions/{id}");
        using var edit = await participant.GetAsync($"/protection/joint-actions/{id}/edit");

        seen.ByTestId("action-facts").Text().ShouldContain("区市场监督管理局");
        hidden.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
        (await Html.ParseAsync(hidden)).DocumentElement.TextContent.ShouldNotContain(title);
        edit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private TestClient PageClient(string role, string? department = null)
    {
        var client = new TestClient(factory);
        var kind = Roles.RequiredScope(role);
        client.Http.DefaultRequestHeaders.Add(ProtectionAppFactory.UserHeader, $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}|{role}|{kind}|{(kind == ScopeKind.District ? string.Empty : department)}");
        return client;
    }

    private static async Task<Guid> CreateAsync(HttpClient staff, object body)
    {
        using var response = await staff.PostAsJsonAsync("/api/protection/joint-actions", body, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await response.Content.ReadFromJsonAsync<Created>(TestContext.Current.CancellationToken))!.Id;
    }

    private static async Task<ActionPage> ListAsync(HttpClient client, string search, string extra = "") =>
        (await client.GetFromJsonAsync<ActionPage>($"/api/protection/joint-actions?search={Uri.EscapeDataString(search)}{extra}", TestContext.Current.CancellationToken))!;

    private static string WorkbookText(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }

    internal sealed record Created(Guid Id);

    internal sealed record ActionView(Guid Id, string Title, string LeadDepartment, List<string> ParticipatingDepartments, string Scope, int PlacesInspected, List<Guid> LinkedCaseIds, string? UpdatedBy);

    internal sealed record ActionPage(List<ActionView> Items, int Total);
}

internal static class JointActions
{
    public static object Body(string title, string lead, string[] participants, Guid[] linkedCases, string scope = "Market", int places = 12, string? date = null) => new
    {
        title,
        date = date ?? DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        leadDepartment = lead,
        participatingDepartments = participants,
        scope,
        placesInspected = places,
        casesOpened = 3,
        goodsSeized = "假冒运动鞋 240 双",
        goodsValue = 36000m,
        results = "立案 3 起，移送公安 1 起",
        linkedCaseIds = linkedCases,
    };
}
