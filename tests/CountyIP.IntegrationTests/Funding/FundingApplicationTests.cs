using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.IntegrationTests.ReferenceData;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Funding;

/// <summary>
/// Applications over HTTP (issue 12 §3, §4, §9), on one app per class with this year's fund approved once: the whole
/// way from an enterprise's application to a paid batch, with the separation of duties at each step; the eligibility
/// rules each refused with its own code; a right claimed twice; 50 concurrent approvals and payments giving one of each;
/// two approvals racing for a line's last money.
/// </summary>
public sealed partial class FundingApplicationTests(FundingApplicationTests.Fixture fixture) : IClassFixture<FundingApplicationTests.Fixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The app, this year's approved fund (a roomy subsidy line, a tight rewards line) and a published policy.</summary>
    public sealed class Fixture : SignedInFactory
    {
        public const decimal RewardsLine = 10_000m;

        public int Year { get; } = DateTime.UtcNow.Year;

        /// <summary>The policy's items by code: A1 invention 5,000 per patent (service invention ×1.5), B1 design 500, R1 a designation-free reward of 6,000 on the rewards line, T1 training 200 per person-time capped at 1,000 a year.</summary>
        public IReadOnlyDictionary<string, Guid> Items { get; private set; } = new Dictionary<string, Guid>();

        public Guid ExpiredItem { get; private set; }

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Security:SignInAttemptsPerMinute"] = "100000",
        };

        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            using var first = await TestClient.SignedInAsync(this, Roles.BureauStaff);
            using var second = await TestClient.SignedInAsync(this, Roles.BureauStaff);
            var lines = new[]
            {
                new { use = "Subsidy", amount = 10_000_000m },
                new { use = "Rewards", amount = RewardsLine },
                new { use = "PublicityTraining", amount = 1_000_000m },
            };
            (await first.Http.PutAsJsonAsync($"/api/funding/years/{Year}", new { generalBudgetExpenditure = 10_000_000_000m, specialFundAppropriation = 11_010_000m, lines })).EnsureSuccessStatusCode();
            (await second.Http.PostAsync($"/api/funding/years/{Year}/approve", null)).EnsureSuccessStatusCode();

            var now = DateTime.UtcNow;
            PolicyItem[] items =
            [
                new("A1", "发明专利授权资助", AchievementKind.InventionGrant, AmountMode.PerUnit, 5_000m, 20_000m, null, 1.5m, 2m, BudgetUse.Subsidy),
                new("B1", "外观设计专利授权资助", AchievementKind.DesignGrant, AmountMode.PerUnit, 500m, null, null, 1m, 1m, BudgetUse.Subsidy),
                new("R1", "产业化项目奖励", AchievementKind.IndustrialisationProject, AmountMode.Fixed, 6_000m, null, null, 1m, 1m, BudgetUse.Rewards),
                new("T1", "培训补助", AchievementKind.Training, AmountMode.PerUnit, 200m, null, 1_000m, 1m, 1m, BudgetUse.PublicityTraining),
            ];
            var policy = new RewardPolicy("仓山区扶持和培育自主知识产权奖励办法（测试）", "仓政综〔2013〕1号", new DateOnly(2013, 1, 1), null, items, "test", now);
            policy.Publish("test", now);
            var expired = new RewardPolicy("已失效的办法", "仓政综〔2010〕1号", new DateOnly(2010, 1, 1), new DateOnly(2012, 12, 31),
                [new("A1", "发明专利授权资助", AchievementKind.InventionGrant, AmountMode.PerUnit, 3_000m, null, null, 1m, 1m, BudgetUse.Subsidy)], "test", now);
            expired.Publish("test", now);
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            db.AddRange(policy, expired);
            await db.SaveChangesAsync();
            Items = policy.Items.ToDictionary(i => i.Code, i => i.Id);
            ExpiredItem = expired.Items[0].Id;
        }
    }

    private sealed record Applicant(Guid Enterprise, string Name, TestClient Client, Guid Invention, Guid Design);

    /// <summary>A district enterprise in unit 350104001 with a granted invention and design patent, and its signed-in account.</summary>
    private async Task<Applicant> ApplicantAsync()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var name = $"申请{Guid.NewGuid():N}"[..10] + "有限公司";
        var enterprise = await CreateAsync(staff, "/api/enterprises", Enterprise(name, CreditCode()));
        var invention = await CreateAsync(staff, "/api/patents", Patent(PatentNumber(2013, '1'), name));
        // A design patent lasts 10 years from filing (专利法 art. 42, before 2021): a recent one is in force today.
        var design = await CreateAsync(staff, "/api/patents", new
        {
            applicationNumber = PatentNumber(2022, '3'),
            title = "包装盒（茶叶）",
            applicants = new[] { new { name, creditCode = (string?)null } },
            applicantAddress = "福建省福州市仓山区建新镇",
            filingDate = "2022-03-01",
            grantDate = "2022-09-06",
        });
        var client = await TestClient.SignedInAsync(fixture, Roles.Enterprise, enterprise.ToString());
        return new Applicant(enterprise, name, client, invention, design);
    }

    private static object Body(Guid item, object? rightIds = null, decimal? quantity = null) => new
    {
        policyItemId = item,
        rightIds,
        quantity,
        bankAccountName = "某某有限公司",
        bankName = "中国银行福州仓山支行",
        bankAccount = "4071 0000 0000 0001",
    };

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, body);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task RefusedAsync(HttpResponseMessage response, string code)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict, body);
        body.ShouldContain(code);
    }

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, string? note = null) =>
        client.PostAsJsonAsync($"/api/funding/applications/{id}/actions", new { action, note }, Ct);

    /// <summary>The notice ended yesterday: what time would do (the notice's length is the calendar's, tested apart).</summary>
    private async Task EndNoticeAsync(Guid id)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2);
        await db.Set<FundingApplication>().Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.NoticeEndsOn, yesterday), Ct);
    }

    /// <summary>Files, submits and takes through town and bureau review and the notice: ready for approval.</summary>
    private async Task<Guid> NoticedAsync(Applicant applicant, object body)
    {
        var created = await OkAsync(await applicant.Client.Http.PostAsJsonAsync("/api/funding/applications", body, Ct), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await OkAsync(await ActAsync(applicant.Client.Http, id, "submit"));
        await OkAsync(await ActAsync(await fixture.ClientAs(Roles.TownLiaison), id, "town-approve"));
        await OkAsync(await ActAsync(await fixture.ClientAs(Roles.BureauStaff), id, "bureau-approve"));
        await EndNoticeAsync(id);
        return id;
    }

    private async Task<JsonElement> LineAsync(string use) =>
        (await (await fixture.ClientAs(Roles.BureauStaff)).GetFromJsonAsync<JsonElement>($"/api/funding/years/{fixture.Year}", Ct))
            .GetProperty("budgetLines").EnumerateArray().Single(l => l.GetProperty("use").GetString() == use);

    [Fact]
    public async Task Journey_FromTheEnterprisesApplication_ToAPaidBatch_WithSeparatedDuties()
    {
        var applicant = await ApplicantAsync();
        var committedBefore = (await LineAsync("Subsidy")).GetProperty("committed").GetDecimal();

        var created = await OkAsync(await applicant.Client.Http.PostAsJsonAsync("/api/funding/applications", Body(fixture.Items["A1"], new[] { applicant.Invention }), Ct), HttpStatusCode.Created);
        created.GetProperty("status").GetString().ShouldBe("Draft");
        created.GetProperty("amount").GetDecimal().ShouldBe(7_500m, "5,000 × 1.5 for a service invention");
        var id = created.GetProperty("id").GetGuid();

        await RefusedAsync(await ActAsync(applicant.Client.Http, id, "town-approve"), "funding.step-not-allowed");
        await OkAsync(await ActAsync(applicant.Client.Http, id, "submit"));
        var town = await fixture.ClientAs(Roles.TownLiaison);
        (await OkAsync(await ActAsync(town, id, "town-approve"))).GetProperty("status").GetString().ShouldBe("TownApproved");

        using var reviewer = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        using var approver = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        using var payer = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        var noticed = await OkAsync(await ActAsync(reviewer.Http, id, "bureau-approve"));
        noticed.GetProperty("status").GetString().ShouldBe("InNotice");
        noticed.GetProperty("noticeEndsOn").GetString().ShouldNotBeNull();
        await RefusedAsync(await ActAsync(approver.Http, id, "approve"), "funding.notice-running");

        var anonymous = await fixture.ClientAs(null);
        var notice = await anonymous.GetFromJsonAsync<JsonElement>("/api/portal/funding/notice/?pageSize=200", Ct);
        notice.GetProperty("items").EnumerateArray().ShouldContain(e => e.GetProperty("id").GetGuid() == id && e.GetProperty("enterpriseName").GetString() == applicant.Name);

        await EndNoticeAsync(id);
        await RefusedAsync(await ActAsync(reviewer.Http, id, "approve"), "funding.reviewer-approves");
        (await OkAsync(await ActAsync(approver.Http, id, "approve"))).GetProperty("status").GetString().ShouldBe("Approved");
        (await LineAsync("Subsidy")).GetProperty("committed").GetDecimal().ShouldBe(committedBefore + 7_500m);

        var approved = await approver.Http.GetFromJsonAsync<JsonElement>("/api/funding/applications?status=Approved&pageSize=200", Ct);
        approved.GetProperty("items").EnumerateArray().ShouldContain(a => a.GetProperty("id").GetGuid() == id);

        var batch = (await OkAsync(await payer.Http.PostAsJsonAsync("/api/funding/payment-batches", new { applicationIds = new[] { id } }, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await RefusedAsync(await payer.Http.PostAsJsonAsync("/api/funding/payment-batches", new { applicationIds = new[] { id } }, Ct), "funding.already-in-batch");
        var export = await payer.Http.GetAsync($"/api/funding/payment-batches/{batch}/export", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await export.Content.ReadAsByteArrayAsync(Ct)).Length.ShouldBeGreaterThan(1000);

        await RefusedAsync(await approver.Http.PostAsync($"/api/funding/payment-batches/{batch}/paid", null, Ct), "funding.approver-pays");
        (await OkAsync(await payer.Http.PostAsync($"/api/funding/payment-batches/{batch}/paid", null, Ct))).GetProperty("paidBy").GetString().ShouldBe(payer.User!.UserName);
        await RefusedAsync(await payer.Http.PostAsync($"/api/funding/payment-batches/{batch}/paid", null, Ct), "funding.batch-paid");

        var paid = await applicant.Client.Http.GetFromJsonAsync<JsonElement>($"/api/funding/applications/{id}", Ct);
        paid.GetProperty("status").GetString().ShouldBe("Paid");
        paid.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString())
            .ShouldBe(["create", "submit", "town-approve", "bureau-approve", "approve", "batch", "pay"]);
        (await LineAsync("Subsidy")).GetProperty("paid").GetDecimal().ShouldBeGreaterThanOrEqualTo(7_500m);
        var notifications = await applicant.Client.Http.GetFromJsonAsync<JsonElement>("/api/notifications", Ct);
        notifications.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(3, "on notice, approved, paid");
    }

    [Fact]
    public async Task Eligibility_EachRuleRefusesWithItsOwnCode_AndChangesNothing()
    {
        var applicant = await ApplicantAsync();
        var other = await ApplicantAsync();
        var http = applicant.Client.Http;

        await RefusedAsync(await http.PostAsJsonAsync("/api/funding/applications", Body(fixture.Items["A1"], new[] { other.Invention }), Ct), "funding.right-not-own");
        await RefusedAsync(await http.PostAsJsonAsync("/api/funding/applications", Body(fixture.Items["A1"], new[] { applicant.Design }), Ct), "funding.right-wrong-kind");
        await RefusedAsync(await http.PostAsJsonAsync("/api/funding/applications", Body(fixture.ExpiredItem, new[] { applicant.Invention }), Ct), "funding.policy-not-in-force");

        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var pending = await CreateAsync(staff, "/api/patents", Patent(PatentNumber(2015, '1'), applicant.Name, grantDate: null));
        await RefusedAsync(await http.PostAsJsonAsync("/api/funding/applications", Body(fixture.Items["A1"], new[] { pending }), Ct), "funding.right-not-in-force");

        var early = await CreateAsync(staff, "/api/patents", Patent(PatentNumber(2010, '1'), applicant.Name, grantDate: "2012-06-01"));
        await RefusedAsync(await http.PostAsJsonAsync("/api/funding/applications", Body(fixture.Items["A1"], new[] { early }), Ct), "funding.outside-policy-window");

        // Bad shape: 400 under the field, in the caller's language.
        var shape = await http.PostAsJsonAsync("/api/funding/applications", Body(fixture.Items["T1"], quantity: 1.005m), Ct);
        shape.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await shape.Content.ReadAsStringAsync(Ct)).ShouldContain("quantity");
        (await http.PostAsJsonAsync("/api/funding/applications", Body(fixture.Items["T1"], quantity: -3m), Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // A right claimed by a submitted application cannot be claimed again under the item, by anyone.
        var first = await OkAsync(await http.PostAsJsonAsync("/api/funding/applications", Body(fixture.Items["A1"], new[] { applicant.Invention }), Ct), HttpStatusCode.Created);
        var second = await OkAsync(await http.PostAsJsonAsync("/api/funding/applications", Body(fixture.Items["A1"], new[] { applicant.Invention }), Ct), HttpStatusCode.Created);
        await OkAsync(await ActAsync(http, first.GetProperty("id").GetGuid(), "submit"));
        await RefusedAsync(await ActAsync(http, second.GetProperty("id").GetGuid(), "submit"), "funding.right-claimed");
        await RefusedAsync(await http.PostAsJsonAsync("/api/funding/applications", Body(fixture.Items["A1"], new[] { applicant.Invention }), Ct), "funding.right-claimed");

        // Withdrawn, the right is free again.
        await OkAsync(await ActAsync(http, first.GetProperty("id").GetGuid(), "withdraw"));
        await OkAsync(await ActAsync(http, second.GetProperty("id").GetGuid(), "submit"));

        // The yearly cap: 200 per person-time, at most 1,000 a year for the enterprise.
        var training = await OkAsync(await http.PostAsJsonAsync("/api/funding/applications", Body(fixture.Items["T1"], quantity: 4m), Ct), HttpStatusCode.Created);
        training.GetProperty("amount").GetDecimal().ShouldBe(800m);
        await OkAsync(await ActAsync(http, training.GetProperty("id").GetGuid(), "submit"));
        var capped = await OkAsync(await http.PostAsJsonAsync("/api/funding/applications", Body(fixture.Items["T1"], quantity: 4m), Ct), HttpStatusCode.Created);
        capped.GetProperty("amount").GetDecimal().ShouldBe(200m);
    }

    [Fact]
    public async Task FiftyConcurrentApprovalsAndPayments_GiveOneOfEach()
    {
        var applicant = await ApplicantAsync();
        var id = await NoticedAsync(applicant, Body(fixture.Items["B1"], new[] { applicant.Design }));
        var committedBefore = (await LineAsync("Subsidy")).GetProperty("committed").GetDecimal();
        using var approver = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);

        var approvals = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => ActAsync(approver.Http, id, "approve")));
        approvals.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        approvals.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(49);
        (await LineAsync("Subsidy")).GetProperty("committed").GetDecimal().ShouldBe(committedBefore + 500m);

        using var payer = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        var batch = (await OkAsync(await payer.Http.PostAsJsonAsync("/api/funding/payment-batches", new { applicationIds = new[] { id } }, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var paidBefore = (await LineAsync("Subsidy")).GetProperty("paid").GetDecimal();
        var payments = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => payer.Http.PostAsync($"/api/funding/payment-batches/{batch}/paid", null, Ct)));
        payments.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        payments.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(49);
        (await LineAsync("Subsidy")).GetProperty("paid").GetDecimal().ShouldBe(paidBefore + 500m);
    }

    [Fact]
    public async Task TwoApprovalsRacingForTheLastMoney_OneWins_TheOtherIsRefused()
    {
        // The rewards line holds 10,000; two awards of 6,000 cannot both be committed.
        var first = await ApplicantAsync();
        var second = await ApplicantAsync();
        var a = await NoticedAsync(first, Body(fixture.Items["R1"], quantity: 1m));
        var b = await NoticedAsync(second, Body(fixture.Items["R1"], quantity: 1m));
        using var one = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        using var two = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);

        var results = await Task.WhenAll(ActAsync(one.Http, a, "approve"), ActAsync(two.Http, b, "approve"));

        results.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        var refused = results.Single(r => r.StatusCode != HttpStatusCode.OK);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldMatch("funding\\.(budget-exceeded|concurrency)");
        var line = await LineAsync("Rewards");
        line.GetProperty("committed").GetDecimal().ShouldBe(6_000m);
        line.GetProperty("remaining").GetDecimal().ShouldBe(Fixture.RewardsLine - 6_000m);
    }

    [Fact]
    public async Task Objection_HoldsTheApplication_UntilStaffDecide_AndAnEndedNoticeTakesNone()
    {
        var applicant = await ApplicantAsync();
        var created = await OkAsync(await applicant.Client.Http.PostAsJsonAsync("/api/funding/applications", Body(fixture.Items["A1"], new[] { applicant.Invention }), Ct), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await OkAsync(await ActAsync(applicant.Client.Http, id, "submit"));
        await OkAsync(await ActAsync(await fixture.ClientAs(Roles.TownLiaison), id, "town-approve"));
        await OkAsync(await ActAsync(await fixture.ClientAs(Roles.BureauStaff), id, "bureau-approve"));

        var anonymous = await fixture.ClientAs(null);
        (await anonymous.PostAsJsonAsync($"/api/portal/funding/notice/{id}/objections", new { reason = "该专利已被宣告无效，不应获得资助。" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await EndNoticeAsync(id);
        await RefusedAsync(await anonymous.PostAsJsonAsync($"/api/portal/funding/notice/{id}/objections", new { reason = "公示结束后再提出的异议。" }, Ct), "funding.notice-ended");

        using var approver = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        await RefusedAsync(await ActAsync(approver.Http, id, "approve"), "funding.objection-pending");
        (await approver.Http.PostAsJsonAsync($"/api/funding/applications/{id}/actions", new { action = "uphold-objection" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a reason is required");
        await OkAsync(await ActAsync(approver.Http, id, "dismiss-objection"));
        (await OkAsync(await ActAsync(approver.Http, id, "approve"))).GetProperty("status").GetString().ShouldBe("Approved");
    }

    [Fact]
    public async Task Scope_AnotherEnterpriseOrTown_SeesNothing()
    {
        var applicant = await ApplicantAsync();
        var other = await ApplicantAsync();
        var created = await OkAsync(await applicant.Client.Http.PostAsJsonAsync("/api/funding/applications", Body(fixture.Items["B1"], new[] { applicant.Design }), Ct), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        (await other.Client.Http.GetAsync($"/api/funding/applications/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ActAsync(other.Client.Http, id, "withdraw")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await other.Client.Http.GetFromJsonAsync<JsonElement>("/api/funding/applications", Ct);
        list.GetProperty("items").EnumerateArray().ShouldAllBe(a => a.GetProperty("enterpriseId").GetGuid() == other.Enterprise);

        using var otherTown = await TestClient.SignedInAsync(fixture, Roles.TownLiaison, "350104002");
        await OkAsync(await ActAsync(applicant.Client.Http, id, "submit"));
        (await otherTown.Http.GetAsync($"/api/funding/applications/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await fixture.ClientAs(Roles.TownLiaison)).GetAsync($"/api/funding/applications/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
