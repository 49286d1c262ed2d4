using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>Corrections (issue 3 §5): an enterprise proposes changes to its own rights; bureau staff approve or reject.</summary>
[Collection(RegistryApp.Name)]
public sealed class RegistryCorrectionTests(RegistryAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Holdings(Guid Enterprise, string Name, Guid Patent, Guid Trademark, Guid Copyright, Guid Standard);

    private async Task<Holdings> CreateHoldingsAsync()
    {
        using var staff = await factory.StaffAsync();
        var name = $"更正{Guid.NewGuid():N}"[..10] + "有限公司";
        var enterprise = await CreateAsync(staff, "/api/enterprises", Enterprise(name, CreditCode()));
        var patent = await CreateAsync(staff, "/api/patents", Patent(PatentNumber(), name));
        var trademark = await CreateAsync(staff, "/api/trademarks", new { registrationNumber = TrademarkNumber(), mark = name, niceClasses = "9", ownerName = name, enterpriseId = enterprise, status = "Registered" });
        var copyright = await CreateAsync(staff, "/api/copyrights", new { kind = "Software", registrationNumber = SoftwareNumber(), title = name + "管理软件V1.0", ownerName = name, enterpriseId = enterprise, registeredOn = "2014-01-01" });
        var standard = await CreateAsync(staff, "/api/standards", new { title = name + "企业标准", level = "Group", role = "Lead", kind = "New", startYear = 2014, enterpriseId = enterprise });
        return new Holdings(enterprise, name, patent, trademark, copyright, standard);
    }

    private Task<HttpClient> EnterpriseClientAsync(Holdings h) => factory.ClientForAsync(Roles.Enterprise, ScopeKind.Enterprise, h.Enterprise.ToString());

    /// <summary>The record as read (GET), as a mutable input with one field changed.</summary>
    private static async Task<JsonObject> ProposalAsync(HttpClient client, string url, Action<JsonObject> change)
    {
        var record = (await client.GetFromJsonAsync<JsonObject>(url, Ct))!;
        if (record["applicants"] is JsonArray applicants)
        {
            record["applicants"] = new JsonArray([.. applicants.Select(a => (JsonNode)new JsonObject { ["name"] = a!["name"]!.GetValue<string>(), ["creditCode"] = a["creditCode"]?.GetValue<string>() })]);
            record["ipcFurther"] = string.Join(';', record["ipcFurther"]!.AsArray().Select(x => x!.GetValue<string>()));
            record.Remove("statusHistory");
        }

        if (record["niceClasses"] is JsonArray classes)
        {
            record["niceClasses"] = string.Join(';', classes.Select(x => x!.GetValue<int>()));
        }

        change(record);
        return record;
    }

    private static async Task<Guid> SubmitAsync(HttpClient client, string collection, Guid id, JsonObject proposed, string note = "名称有误，请更正")
    {
        var response = await client.PostAsJsonAsync($"/api/{collection}/{id}/corrections", new { proposed, note }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> CorrectionAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/corrections/{id}", Ct)).GetProperty("summary");

    [Fact]
    public async Task Approve_PendingPatentCorrection_AppliesChangeAndEnterpriseSeesApproved()
    {
        var h = await CreateHoldingsAsync();
        using var own = await EnterpriseClientAsync(h);
        var proposed = await ProposalAsync(own, $"/api/patents/{h.Patent}", p => p["title"] = "一种改进的锂离子电池正极材料");
        var id = await SubmitAsync(own, "patents", h.Patent, proposed);
        using var staff = await factory.StaffAsync();

        var queue = await staff.GetFromJsonAsync<JsonElement>("/api/corrections?status=Pending&pageSize=200", Ct);
        queue.GetProperty("items").EnumerateArray().ShouldContain(c => c.GetProperty("id").GetGuid() == id && c.GetProperty("enterpriseName").GetString() == h.Name);
        (await staff.PostAsync(new Uri($"/api/corrections/{id}/approve", UriKind.Relative), null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await staff.GetFromJsonAsync<JsonElement>($"/api/patents/{h.Patent}", Ct)).GetProperty("title").GetString().ShouldBe("一种改进的锂离子电池正极材料");
        var seen = await CorrectionAsync(own, id);
        seen.GetProperty("status").GetString().ShouldBe("Approved");
        var again = await staff.PostAsync(new Uri($"/api/corrections/{id}/approve", UriKind.Relative), null, Ct);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("registry.correction-decided");
    }

    [Fact]
    public async Task Reject_WithReason_LeavesRecordAndEnterpriseSeesReason()
    {
        var h = await CreateHoldingsAsync();
        using var own = await EnterpriseClientAsync(h);
        var id = await SubmitAsync(own, "trademarks", h.Trademark, await ProposalAsync(own, $"/api/trademarks/{h.Trademark}", t => t["mark"] = "新标识"));
        using var staff = await factory.StaffAsync();

        (await staff.PostAsJsonAsync($"/api/corrections/{id}/reject", new { reason = "" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync($"/api/corrections/{id}/reject", new { reason = "商标局登记信息与原记录一致" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await own.GetFromJsonAsync<JsonElement>($"/api/trademarks/{h.Trademark}", Ct)).GetProperty("mark").GetString().ShouldBe(h.Name);
        var seen = await CorrectionAsync(own, id);
        seen.GetProperty("status").GetString().ShouldBe("Rejected");
        seen.GetProperty("rejectionReason").GetString().ShouldBe("商标局登记信息与原记录一致");
    }

    [Fact]
    public async Task Approve_RecordChangedSinceSubmission_ConflictAndStaysPending()
    {
        var h = await CreateHoldingsAsync();
        using var own = await EnterpriseClientAsync(h);
        var id = await SubmitAsync(own, "copyrights", h.Copyright, await ProposalAsync(own, $"/api/copyrights/{h.Copyright}", c => c["title"] = "企业提议的软件名称V2.0"));
        using var staff = await factory.StaffAsync();
        var edited = await ProposalAsync(staff, $"/api/copyrights/{h.Copyright}", c => c["title"] = "工作人员修改的软件名称V1.1");
        (await staff.PutAsJsonAsync($"/api/copyrights/{h.Copyright}", edited, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var response = await staff.PostAsync(new Uri($"/api/corrections/{id}/approve", UriKind.Relative), null, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("registry.correction-stale");
        (await CorrectionAsync(staff, id)).GetProperty("status").GetString().ShouldBe("Pending");
        (await staff.GetFromJsonAsync<JsonElement>($"/api/copyrights/{h.Copyright}", Ct)).GetProperty("title").GetString().ShouldBe("工作人员修改的软件名称V1.1");
        (await staff.GetFromJsonAsync<JsonElement>($"/api/corrections/{id}", Ct)).GetProperty("recordChangedSinceSubmission").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Submit_SecondWhilePending_Conflict()
    {
        var h = await CreateHoldingsAsync();
        using var own = await EnterpriseClientAsync(h);
        var proposed = await ProposalAsync(own, $"/api/standards/{h.Standard}", s => s["title"] = "更正后的标准名称");
        await SubmitAsync(own, "standards", h.Standard, proposed);

        var second = await own.PostAsJsonAsync($"/api/standards/{h.Standard}/corrections", new { proposed, note = "再次提交" }, Ct);

        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Submit_MovingRightToAnotherEnterprise_BadRequest()
    {
        var h = await CreateHoldingsAsync();
        var other = await CreateHoldingsAsync();
        using var own = await EnterpriseClientAsync(h);
        var proposed = await ProposalAsync(own, $"/api/trademarks/{h.Trademark}", t => t["enterpriseId"] = other.Enterprise.ToString());

        var response = await own.PostAsJsonAsync($"/api/trademarks/{h.Trademark}/corrections", new { proposed, note = "转让" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("enterpriseId", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Submit_OtherEnterprisesRights_NotFoundAndTheirCorrectionsInvisible()
    {
        var mine = await CreateHoldingsAsync();
        var theirs = await CreateHoldingsAsync();
        using var own = await EnterpriseClientAsync(mine);
        using var other = await EnterpriseClientAsync(theirs);
        var theirCorrection = await SubmitAsync(other, "trademarks", theirs.Trademark, await ProposalAsync(other, $"/api/trademarks/{theirs.Trademark}", t => t["mark"] = "他人标识"));
        using var staff = await factory.StaffAsync();

        foreach (var (collection, id) in new[] { ("patents", theirs.Patent), ("trademarks", theirs.Trademark), ("copyrights", theirs.Copyright), ("standards", theirs.Standard) })
        {
            var proposed = await ProposalAsync(staff, $"/api/{collection}/{id}", _ => { });
            proposed["enterpriseId"] = mine.Enterprise.ToString();
            var response = await own.PostAsJsonAsync($"/api/{collection}/{id}/corrections", new { proposed, note = "试图更正他人权利" }, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, collection);
        }

        (await own.GetAsync(new Uri($"/api/corrections/{theirCorrection}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await own.GetFromJsonAsync<JsonElement>("/api/corrections?pageSize=200", Ct);
        list.GetProperty("items").EnumerateArray().ShouldAllBe(c => c.GetProperty("enterpriseId").GetGuid() == mine.Enterprise);
    }

    [Theory]
    [InlineData(Roles.TownLiaison, ScopeKind.Unit, "350104001")]
    [InlineData(Roles.Leadership, ScopeKind.District, null)]
    [InlineData(Roles.Enterprise, ScopeKind.Enterprise, "own")]
    public async Task Decide_WithoutPermission_Forbidden(string role, ScopeKind kind, string? scope)
    {
        var h = await CreateHoldingsAsync();
        using var own = await EnterpriseClientAsync(h);
        var id = await SubmitAsync(own, "trademarks", h.Trademark, await ProposalAsync(own, $"/api/trademarks/{h.Trademark}", t => t["mark"] = "新标识"));
        using var client = await factory.ClientForAsync(role, kind, scope == "own" ? h.Enterprise.ToString() : scope);

        (await client.PostAsync(new Uri($"/api/corrections/{id}/approve", UriKind.Relative), null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostAsJsonAsync($"/api/corrections/{id}/reject", new { reason = "无权" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CorrectionAsync(own, id)).GetProperty("status").GetString().ShouldBe("Pending");
    }

    [Fact]
    public async Task Submit_WithoutPermission_Forbidden()
    {
        var h = await CreateHoldingsAsync();
        using var staff = await factory.StaffAsync();
        using var town = await factory.ClientForAsync(Roles.TownLiaison, ScopeKind.Unit, "350104001");
        var proposed = await ProposalAsync(staff, $"/api/trademarks/{h.Trademark}", t => t["mark"] = "新标识");

        (await town.PostAsJsonAsync($"/api/trademarks/{h.Trademark}/corrections", new { proposed, note = "镇街" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.PostAsJsonAsync($"/api/trademarks/{h.Trademark}/corrections", new { proposed, note = "工作人员直接编辑" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await town.GetAsync(new Uri("/api/corrections", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task UpdateEnterprise_OwnByEnterprise_SavedOtherNotFound()
    {
        var h = await CreateHoldingsAsync();
        var other = await CreateHoldingsAsync();
        using var own = await EnterpriseClientAsync(h);
        var profile = (await own.GetFromJsonAsync<JsonObject>($"/api/enterprises/{h.Enterprise}", Ct))!;
        profile["address"] = "福建省福州市仓山区新地址1号";
        profile.Remove("contactLog");

        (await own.PutAsJsonAsync($"/api/enterprises/{h.Enterprise}", profile, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await own.PutAsJsonAsync($"/api/enterprises/{other.Enterprise}", profile, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await own.GetFromJsonAsync<JsonElement>($"/api/enterprises/{h.Enterprise}", Ct)).GetProperty("address").GetString().ShouldBe("福建省福州市仓山区新地址1号");
        using var town = await factory.ClientForAsync(Roles.TownLiaison, ScopeKind.Unit, "350104001");
        (await town.PutAsJsonAsync($"/api/enterprises/{h.Enterprise}", profile, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>
    /// Issue 18 §8 "mass assignment": the enterprise's own account may not move itself to another town, give itself a
    /// designation or a high-tech certificate — each is refused under its field and nothing is stored; staff may.
    /// </summary>
    [Theory]
    [InlineData("unitCode", "\"350104002\"")]
    [InlineData("highTechCertificateNumber", "\"GR202435000123\"")]
    [InlineData("designations", "[{\"level\":\"National\",\"kind\":\"Demonstration\",\"title\":\"国家知识产权示范企业\",\"issuingBody\":\"国家知识产权局\",\"year\":2024}]")]
    public async Task UpdateEnterprise_BureauFieldByTheEnterprise_RefusedNothingStored(string field, string json)
    {
        var h = await CreateHoldingsAsync();
        using var own = await EnterpriseClientAsync(h);
        var before = (await own.GetFromJsonAsync<JsonObject>($"/api/enterprises/{h.Enterprise}", Ct))!;
        var profile = JsonNode.Parse(before.ToJsonString())!.AsObject();
        profile.Remove("contactLog");
        profile["address"] = "福建省福州市仓山区另一地址8号";
        profile[field] = JsonNode.Parse(json);

        var refused = await own.PutAsJsonAsync($"/api/enterprises/{h.Enterprise}", profile, Ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").EnumerateObject()
            .ShouldContain(e => e.Name.Equals(field, StringComparison.OrdinalIgnoreCase));
        var after = (await own.GetFromJsonAsync<JsonObject>($"/api/enterprises/{h.Enterprise}", Ct))!;
        after["address"]!.ToJsonString().ShouldBe(before["address"]?.ToJsonString() ?? "null", "nothing of the request is stored");
        (after[field]?.ToJsonString() ?? "null").ShouldBe(before[field]?.ToJsonString() ?? "null");
    }
}
