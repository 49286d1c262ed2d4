using System.Net;
using System.Net.Http.Json;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Protection;

[Collection(ProtectionApp.Name)]
public sealed class CaseWorkflowApiTests(ProtectionAppFactory factory)
{
    [Fact]
    public async Task Handle_FromPortalToClosed_ComplainantReadsOutcome()
    {
        var department = await factory.DepartmentAsync("market-regulation");
        using var publicClient = factory.ClientAs(null);
        using var staff = factory.ClientAs(Roles.BureauStaff);
        using var liaison = factory.ClientAs(Roles.DepartmentLiaison, department);
        var respondent = "流程被投诉方" + Guid.NewGuid().ToString("N")[..6];
        var code = await ProtectionApi.SubmitAsync(publicClient, ProtectionApi.Complaint(respondent));
        var id = await ProtectionApi.CaseIdByRespondentAsync(staff, respondent);

        await ProtectionApi.ActOkAsync(staff, id, new { action = "StartReview" });
        await ProtectionApi.ActOkAsync(staff, id, new { action = "Accept", note = "证据充分" });
        await ProtectionApi.ActOkAsync(staff, id, new { action = "Assign", departments = new[] { department } });
        await ProtectionApi.ActOkAsync(liaison, id, new { action = "DepartmentAccept" });
        await ProtectionApi.ActOkAsync(liaison, id, new { action = "StartHandling" });
        await ProtectionApi.ActOkAsync(liaison, id, new { action = "Conclude", outcome = "Penalized", result = "责令停止销售，没收侵权商品", penalties = "罚款 5000 元", fineAmount = 5000, publicOutcome = "经查属实，已依法处理" });
        await ProtectionApi.ActOkAsync(staff, id, new { action = "InformComplainant" });
        await ProtectionApi.ActOkAsync(staff, id, new { action = "Close" });

        var status = await publicClient.GetFromJsonAsync<Dictionary<string, object>>($"/api/portal/complaints/{code}", TestContext.Current.CancellationToken);
        status!["status"].ToString().ShouldBe("concluded");
        status["publicOutcome"].ToString().ShouldBe("经查属实，已依法处理");
        var detail = await staff.GetFromJsonAsync<Dictionary<string, object>>($"/api/protection/cases/{id}", TestContext.Current.CancellationToken);
        detail!["state"].ToString().ShouldBe("Closed");
        // Money is a number with two decimals (issue 10 item 6): 5000 was sent, 5000.00 is answered.
        ((System.Text.Json.JsonElement)detail["fineAmount"]).GetRawText().ShouldBe("5000.00");
    }

    [Fact]
    public async Task Act_NotAllowedInState_409AndUnchanged()
    {
        using var staff = factory.ClientAs(Roles.BureauStaff);
        var respondent = "状态被投诉方" + Guid.NewGuid().ToString("N")[..6];
        await ProtectionApi.SubmitAsync(staff, ProtectionApi.Complaint(respondent));
        var id = await ProtectionApi.CaseIdByRespondentAsync(staff, respondent);

        using var response = await ProtectionApi.ActAsync(staff, id, new { action = "Close" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken) + string.Join(Environment.NewLine, factory.LogLines.Where(l => l.Contains("fail", StringComparison.OrdinalIgnoreCase) || l.Contains("Exception", StringComparison.Ordinal))));
        var detail = await staff.GetFromJsonAsync<Dictionary<string, object>>($"/api/protection/cases/{id}", TestContext.Current.CancellationToken);
        detail!["state"].ToString().ShouldBe("Received");
        detail["version"].ToString().ShouldBe("0");
    }

    [Fact]
    public async Task Assign_DepartmentNotInReferenceData_409NamingItAndUnchanged()
    {
        using var staff = factory.ClientAs(Roles.BureauStaff);
        var respondent = "未知部门被投诉方" + Guid.NewGuid().ToString("N")[..6];
        await ProtectionApi.SubmitAsync(staff, ProtectionApi.Complaint(respondent));
        var id = await ProtectionApi.CaseIdByRespondentAsync(staff, respondent);
        await ProtectionApi.ActOkAsync(staff, id, new { action = "StartReview" });
        await ProtectionApi.ActOkAsync(staff, id, new { action = "Accept" });

        using var response = await ProtectionApi.ActAsync(staff, id, new { action = "Assign", departments = new[] { "market-regulation", "no-such-bureau-" + respondent[^6..] } });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        body.ShouldContain("protection.department-unknown");
        body.ShouldContain("no-such-bureau-" + respondent[^6..]);
        var detail = await staff.GetFromJsonAsync<Dictionary<string, object>>($"/api/protection/cases/{id}", TestContext.Current.CancellationToken);
        detail!["state"].ToString().ShouldBe("Accepted");
    }

    [Fact]
    public async Task Act_TwoOfficersAtOnce_OneSucceedsOtherGets409()
    {
        using var staff = factory.ClientAs(Roles.BureauStaff);
        var respondent = "并发办理被投诉方" + Guid.NewGuid().ToString("N")[..6];
        await ProtectionApi.SubmitAsync(staff, ProtectionApi.Complaint(respondent));
        var id = await ProtectionApi.CaseIdByRespondentAsync(staff, respondent);
        await ProtectionApi.ActOkAsync(staff, id, new { action = "StartReview" });

        var responses = await Task.WhenAll(
            ProtectionApi.ActAsync(factory.ClientAs(Roles.BureauStaff), id, new { action = "Accept", expectedVersion = 1 }),
            ProtectionApi.ActAsync(factory.ClientAs(Roles.BureauStaff), id, new { action = "Reject", note = "不属于受理范围", expectedVersion = 1 }));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(1);
        var detail = await staff.GetFromJsonAsync<Dictionary<string, object>>($"/api/protection/cases/{id}", TestContext.Current.CancellationToken);
        detail!["version"].ToString().ShouldBe("2");
    }

    [Fact]
    public async Task Liaison_OtherDepartmentsCase_404EverywhereAndAbsentFromList()
    {
        var mine = await factory.DepartmentAsync("culture");
        var other = await factory.DepartmentAsync("police");
        using var staff = factory.ClientAs(Roles.BureauStaff);
        using var liaison = factory.ClientAs(Roles.DepartmentLiaison, mine);
        var respondent = "他部门被投诉方" + Guid.NewGuid().ToString("N")[..6];
        await ProtectionApi.SubmitAsync(staff, ProtectionApi.Complaint(respondent));
        var id = await ProtectionApi.CaseIdByRespondentAsync(staff, respondent);
        await ProtectionApi.ActOkAsync(staff, id, new { action = "StartReview" });
        await ProtectionApi.ActOkAsync(staff, id, new { action = "Accept" });
        await ProtectionApi.ActOkAsync(staff, id, new { action = "Assign", departments = new[] { other } });

        using var detail = await liaison.GetAsync(new Uri($"/api/protection/cases/{id}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var act = await ProtectionApi.ActAsync(liaison, id, new { action = "DepartmentAccept" });
        using var identity = await liaison.PostAsJsonAsync($"/api/protection/cases/{id}/complainant", new { reason = "核实情况" }, TestContext.Current.CancellationToken);
        var list = await liaison.GetFromJsonAsync<ProtectionApi.CasePage>($"/api/protection/cases?search={Uri.EscapeDataString(respondent)}", TestContext.Current.CancellationToken);

        detail.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        act.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        identity.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        list!.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Liaison_BureauOnlyStep_409()
    {
        var department = await factory.DepartmentAsync("culture");
        using var staff = factory.ClientAs(Roles.BureauStaff);
        using var liaison = factory.ClientAs(Roles.DepartmentLiaison, department);
        var respondent = "越权被投诉方" + Guid.NewGuid().ToString("N")[..6];
        await ProtectionApi.SubmitAsync(staff, ProtectionApi.Complaint(respondent));
        var id = await ProtectionApi.CaseIdByRespondentAsync(staff, respondent);
        await ProtectionApi.ActOkAsync(staff, id, new { action = "StartReview" });
        await ProtectionApi.ActOkAsync(staff, id, new { action = "Accept" });
        await ProtectionApi.ActOkAsync(staff, id, new { action = "Assign", departments = new[] { department } });

        using var response = await ProtectionApi.ActAsync(liaison, id, new { action = "Transfer", departments = new[] { "police-" + department }, note = "移交" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData(Roles.Enterprise)]
    [InlineData(Roles.TownLiaison)]
    [InlineData(Roles.Leadership)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.BureauAdmin)]
    public async Task Cases_RoleWithoutPermission_Forbidden(string role)
    {
        using var client = factory.ClientAs(role);

        using var list = await client.GetAsync(new Uri("/api/protection/cases", UriKind.Relative), TestContext.Current.CancellationToken);
        using var detail = await client.GetAsync(new Uri($"/api/protection/cases/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var create = await client.PostAsJsonAsync("/api/protection/cases", new { }, TestContext.Current.CancellationToken);

        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        detail.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden, create.Headers.ToString() + create.Content.Headers + string.Join(Environment.NewLine, factory.LogLines.TakeLast(15)));
    }

    [Fact]
    public async Task Cases_Anonymous_Unauthorized()
    {
        using var client = factory.ClientAs(null);

        using var list = await client.GetAsync(new Uri("/api/protection/cases", UriKind.Relative), TestContext.Current.CancellationToken);

        list.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task StaffIntake_Liaison_Forbidden()
    {
        using var liaison = factory.ClientAs(Roles.DepartmentLiaison, "culture");

        using var response = await liaison.PostAsJsonAsync("/api/protection/cases", new { kind = "Other", channel = "Hotline", respondent = "r", place = "p", description = "d" }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task StaffIntake_HotlineCall_RecordsChannel()
    {
        using var staff = factory.ClientAs(Roles.BureauStaff);
        var respondent = "热线被投诉方" + Guid.NewGuid().ToString("N")[..6];

        using var response = await staff.PostAsJsonAsync("/api/protection/cases", new { kind = "PatentPassingOff", channel = "Hotline", respondent, place = "仓山区", description = "产品标注已失效专利号" }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = await ProtectionApi.CaseIdByRespondentAsync(staff, respondent);
        var detail = await staff.GetFromJsonAsync<Dictionary<string, object>>($"/api/protection/cases/{id}", TestContext.Current.CancellationToken);
        detail!["channel"].ToString().ShouldBe("Hotline");
    }

    /// <summary>
    /// A concluded case becomes a typical case in media coverage (issue 15 §3): the coverage keeps the number and the
    /// public outcome, and nothing that names the complainant; a case still in hand cannot be chosen.
    /// </summary>
    [Fact]
    public async Task TypicalCase_ConcludedCaseCoveredByMedia_ComplainantNeverShown()
    {
        var ct = TestContext.Current.CancellationToken;
        var department = await factory.DepartmentAsync("market-regulation");
        using var publicClient = factory.ClientAs(null);
        using var staff = factory.ClientAs(Roles.BureauStaff);
        using var liaison = factory.ClientAs(Roles.DepartmentLiaison, department);
        var respondent = "典型案例被投诉方" + Guid.NewGuid().ToString("N")[..6];
        await ProtectionApi.SubmitAsync(publicClient, ProtectionApi.Complaint(respondent, name: "林投诉人", mobile: "13912345678"));
        var id = await ProtectionApi.CaseIdByRespondentAsync(staff, respondent);
        var open = "仍在办理被投诉方" + Guid.NewGuid().ToString("N")[..6];
        await ProtectionApi.SubmitAsync(publicClient, ProtectionApi.Complaint(open));
        var openId = await ProtectionApi.CaseIdByRespondentAsync(staff, open);
        foreach (var step in new object[] { new { action = "StartReview" }, new { action = "Accept" }, new { action = "Assign", departments = new[] { department } } })
        {
            await ProtectionApi.ActOkAsync(staff, id, step);
        }

        await ProtectionApi.ActOkAsync(liaison, id, new { action = "DepartmentAccept" });
        await ProtectionApi.ActOkAsync(liaison, id, new { action = "StartHandling" });
        await ProtectionApi.ActOkAsync(liaison, id, new { action = "Conclude", outcome = "Penalized", result = "内部意见：投诉人林某提供线索", publicOutcome = "查实销售假冒商标运动鞋，责令停止销售并罚款" });

        using var created = await staff.PostAsJsonAsync("/api/outreach/media", new { outlet = "福州日报", date = "2013-11-09", title = "仓山区知识产权典型案例", caseId = id }, ct);
        var body = await created.Content.ReadAsStringAsync(ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        var coverage = System.Text.Json.JsonDocument.Parse(body).RootElement;
        coverage.GetProperty("caseSummary").GetString().ShouldBe("查实销售假冒商标运动鞋，责令停止销售并罚款");
        coverage.GetProperty("caseNumber").GetString().ShouldNotBeNullOrEmpty();
        var list = await staff.GetStringAsync("/api/outreach/media?year=2013", ct);
        foreach (var secret in new[] { "林投诉人", "13912345678", "内部意见" })
        {
            body.ShouldNotContain(secret);
            list.ShouldNotContain(secret);
        }

        using var refused = await staff.PostAsJsonAsync("/api/outreach/media", new { outlet = "福州日报", date = "2013-11-09", title = "未结案件", caseId = openId }, ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ct)).GetProperty("errors").TryGetProperty("caseId", out _).ShouldBeTrue();
    }
}
