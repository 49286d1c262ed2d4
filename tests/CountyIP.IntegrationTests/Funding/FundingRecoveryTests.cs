using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Funding;

/// <summary>
/// Recovery (追回) and abnormal filings (issue 12 §4, §9): a patent lapsing exactly at the end of the recovery period after
/// the payment is flagged and one a day later is not; a restoration clears the flag; the decisions and who may take
/// them; an abnormal-filing notice refuses a bad list whole, blocks an application citing a listed patent and flags a
/// paid one.
/// </summary>
public sealed partial class FundingApplicationTests
{
    /// <summary>Files, reviews, approves, batches and pays an application with separated duties; returns its id.</summary>
    private async Task<Guid> PaidAsync(Applicant applicant, object body)
    {
        var id = await NoticedAsync(applicant, body);
        using var approver = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        using var payer = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        await OkAsync(await ActAsync(approver.Http, id, "approve"));
        var batch = (await OkAsync(await payer.Http.PostAsJsonAsync("/api/funding/payment-batches", new { applicationIds = new[] { id } }, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await OkAsync(await payer.Http.PostAsync($"/api/funding/payment-batches/{batch}/paid", null, Ct));
        return id;
    }

    /// <summary>Moves the payment back to <paramref name="paidOn"/> and sets the patent's fees paid until <paramref name="feesPaidUntil"/>.</summary>
    private async Task ArrangeAsync(Guid application, DateOnly paidOn, Guid patent, DateOnly? feesPaidUntil)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        await db.Set<FundingApplication>().Where(a => a.Id == application).ExecuteUpdateAsync(s => s.SetProperty(a => a.PaidOn, paidOn), Ct);
        await db.Set<Patent>().Where(p => p.Id == patent).ExecuteUpdateAsync(s => s.SetProperty(p => p.AnnualFeePaidUntil, feesPaidUntil), Ct);
    }

    private async Task<JsonElement[]> FlagsAsync(Guid application) =>
        [.. (await (await fixture.ClientAs(Roles.BureauStaff)).GetFromJsonAsync<JsonElement>($"/api/funding/recovery?applicationId={application}", Ct))
            .GetProperty("flags").GetProperty("items").EnumerateArray()];

    private async Task<JsonElement> ScanAsync() =>
        await OkAsync(await (await fixture.ClientAs(Roles.BureauStaff)).PostAsync("/api/funding/recovery/scan", null, Ct));

    [Fact]
    public async Task Recovery_FlagsALapseWithinThePeriodAfterPayment_NotADayLater_AndClearsARestoration()
    {
        var within = await ApplicantAsync();
        var later = await ApplicantAsync();
        var flaggedId = await PaidAsync(within, Body(fixture.Items["A1"], new[] { within.Invention }));
        var notFlaggedId = await PaidAsync(later, Body(fixture.Items["A1"], new[] { later.Invention }));

        // Paid four years ago; the recovery period is 3 years (FundingOptions.RecoveryYears). The fee due on the last day
        // of the period goes unpaid (the right lapses as of that day, 实施细则 art. 98): flagged. Due a day later: not.
        var paidOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-4);
        var lastDay = paidOn.AddYears(3);
        await ArrangeAsync(flaggedId, paidOn, within.Invention, lastDay.AddDays(-1));
        await ArrangeAsync(notFlaggedId, paidOn, later.Invention, lastDay);
        var first = await ScanAsync();
        first.GetProperty("flagged").GetInt32().ShouldBeGreaterThanOrEqualTo(1);

        var flag = (await FlagsAsync(flaggedId)).ShouldHaveSingleItem();
        flag.GetProperty("cause").GetString().ShouldBe("Lapsed");
        flag.GetProperty("endedOn").GetString().ShouldBe(lastDay.ToString("yyyy-MM-dd"));
        flag.GetProperty("amount").GetDecimal().ShouldBe(7_500m, "the whole amount: the only right of the application");
        flag.GetProperty("state").GetString().ShouldBe("Open");
        (await FlagsAsync(notFlaggedId)).ShouldBeEmpty();
        // The application page shows its flag to the bureau (and links to the list filtered to it), not to the enterprise.
        var page = await (await fixture.ClientAs(Roles.Auditor)).GetStringAsync($"/funding/applications/{flaggedId}", Ct);
        page.ShouldContain("data-testid=\"recovery-flags\"");
        page.ShouldContain($"/funding/recovery?applicationId={flaggedId}");
        (await within.Client.Http.GetStringAsync($"/funding/applications/{flaggedId}", Ct)).ShouldNotContain("recovery-flags");
        var filtered = await (await fixture.ClientAs(Roles.BureauStaff)).GetStringAsync($"/funding/recovery?applicationId={flaggedId}", Ct);
        filtered.ShouldContain($"data-id=\"{flag.GetProperty("id").GetGuid()}\"");
        (await ScanAsync()).GetProperty("flagged").GetInt32().ShouldBe(0, "a second scan flags nothing twice");

        // Fees brought up to date (restored): the open flag is cleared by the next scan.
        await ArrangeAsync(flaggedId, paidOn, within.Invention, null);
        (await ScanAsync()).GetProperty("cleared").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        (await FlagsAsync(flaggedId)).ShouldHaveSingleItem().GetProperty("state").GetString().ShouldBe("Cleared");
    }

    [Fact]
    public async Task AtRisk_ARewardedPatentInItsGracePeriod_IsListed_UntilTheFeeIsPaid()
    {
        var applicant = await ApplicantAsync();
        var id = await PaidAsync(applicant, Body(fixture.Items["A1"], new[] { applicant.Invention }));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var staff = await fixture.ClientAs(Roles.Leadership);
        async Task<JsonElement[]> AtRiskAsync() => [.. (await staff.GetFromJsonAsync<JsonElement[]>("/api/funding/recovery/at-risk", Ct))!.Where(r => r.GetProperty("applicationId").GetGuid() == id)];

        // The fee fell due 40 days ago: in the grace period, the patent still in force and the reward at risk.
        await ArrangeAsync(id, today, applicant.Invention, today.AddDays(-41));
        var risk = (await AtRiskAsync()).ShouldHaveSingleItem();
        risk.GetProperty("dueOn").GetString().ShouldBe(today.AddDays(-40).ToString("yyyy-MM-dd"));
        risk.GetProperty("graceEndsOn").GetString().ShouldBe(today.AddDays(-40).AddMonths(6).ToString("yyyy-MM-dd"));
        risk.GetProperty("amount").GetDecimal().ShouldBe(7_500m);
        (await FlagsAsync(id)).ShouldBeEmpty("not lapsed: nothing to recover yet");
        (await (await fixture.ClientAs(Roles.BureauStaff)).GetStringAsync("/funding/recovery", Ct)).ShouldContain("data-testid=\"at-risk\"");
        var home = Html.Parse(await (await fixture.ClientAs(Roles.BureauStaff)).GetStringAsync(new Uri("/", UriKind.Relative), Ct));
        int.Parse(home.QuerySelectorAll("[data-testid=workbench-item]").Single(e => e.GetAttribute("data-key") == "Workbench_RewardsAtRisk")
            .GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);

        // The fee paid for the year: no longer at risk.
        await ArrangeAsync(id, today, applicant.Invention, today.AddDays(300));
        (await AtRiskAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Recovery_Decisions_AreStaffs_WithTheirRules()
    {
        var applicant = await ApplicantAsync();
        var id = await PaidAsync(applicant, Body(fixture.Items["A1"], new[] { applicant.Invention }));
        var paidOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-2);
        await ArrangeAsync(id, paidOn, applicant.Invention, paidOn.AddMonths(2));
        await ScanAsync();
        var flag = (await FlagsAsync(id)).ShouldHaveSingleItem();
        var flagId = flag.GetProperty("id").GetGuid();
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        Task<HttpResponseMessage> Decide(HttpClient client, object body) => client.PostAsJsonAsync($"/api/funding/recovery/{flagId}/actions", body, Ct);

        // Who may: leaders and auditors read, only staff decide or scan; an enterprise sees no list.
        var leader = await fixture.ClientAs(Roles.Leadership);
        (await leader.GetAsync("/api/funding/recovery", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Decide(leader, new { action = "demand" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.PostAsync("/api/funding/recovery/scan", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await applicant.Client.Http.GetAsync("/api/funding/recovery", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await Decide(staff, new { action = "waive" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a waiver needs its reason");
        (await Decide(staff, new { action = "refund" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OkAsync(await Decide(staff, new { action = "demand", note = "仓知〔2026〕9号追回通知" }))).GetProperty("state").GetString().ShouldBe("Demanded");
        var told = await applicant.Client.Http.GetFromJsonAsync<JsonElement>("/api/notifications", Ct);
        told.GetProperty("items").EnumerateArray().ShouldContain(n => n.GetProperty("link").GetString() == $"/funding/applications/{id}" && n.GetProperty("title").GetString()!.Contains("7,500.00"));
        (await Decide(staff, new { action = "recovered", amount = 7_500.01m })).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "more than was paid for the right");
        var recovered = await OkAsync(await Decide(staff, new { action = "recovered", amount = 7_500m, note = "收款凭证 2026-118" }));
        recovered.GetProperty("state").GetString().ShouldBe("Recovered");
        recovered.GetProperty("recoveredAmount").GetDecimal().ShouldBe(7_500m);
        await RefusedAsync(await Decide(staff, new { action = "waive", note = "再次处理" }), "funding.recovery-decided");
    }

    [Fact]
    public async Task AbnormalFilings_ABadListChangesNothing_AListedPatentIsRefused_AndAPaidOneFlagged()
    {
        var paidApplicant = await ApplicantAsync();
        var paidId = await PaidAsync(paidApplicant, Body(fixture.Items["A1"], new[] { paidApplicant.Invention }));
        var filer = await ApplicantAsync();
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        string NumberOf(Guid patent)
        {
            using var scope = fixture.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<CountyIpDbContext>().Set<Patent>().Single(p => p.Id == patent).ApplicationNumber;
        }

        var listed = NumberOf(filer.Design);
        var paidNumber = NumberOf(paidApplicant.Invention);
        var bad = await staff.PostAsJsonAsync("/api/funding/abnormal-filings", new { numbers = $"{listed}\n201710601862.4", notice = "国知办函〔2026〕1号", notifiedOn = "2026-01-10" }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("201710601862.4");
        (await staff.GetFromJsonAsync<JsonElement>($"/api/funding/abnormal-filings?number={listed}", Ct)).GetProperty("total").GetInt32().ShouldBe(0, "nothing of a refused list is kept");
        (await (await fixture.ClientAs(Roles.Leadership)).PostAsJsonAsync("/api/funding/abnormal-filings", new { numbers = listed, notice = "x", notifiedOn = "2026-01-10" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Written as a certificate would (ZL prefix, no dot): the canonical form is listed.
        var certificateForm = "ZL " + paidNumber.Replace(".", string.Empty);
        var imported = await OkAsync(await staff.PostAsJsonAsync("/api/funding/abnormal-filings", new { numbers = $"{listed}, {certificateForm}", notice = "国知办函〔2026〕1号", notifiedOn = "2026-01-10" }, Ct));
        imported.GetProperty("added").GetInt32().ShouldBe(2);
        imported.GetProperty("flagged").GetInt32().ShouldBeGreaterThanOrEqualTo(1);

        var created = await filer.Client.Http.PostAsJsonAsync("/api/funding/applications", Body(fixture.Items["B1"], new[] { filer.Design }), Ct);
        await RefusedAsync(created, "funding.abnormal-filing");
        var flag = (await FlagsAsync(paidId)).ShouldHaveSingleItem();
        flag.GetProperty("cause").GetString().ShouldBe("AbnormalFiling");
        flag.GetProperty("endedOn").GetString().ShouldBe("2026-01-10");
        (await OkAsync(await staff.PostAsJsonAsync("/api/funding/abnormal-filings", new { numbers = listed, notice = "国知办函〔2026〕1号", notifiedOn = "2026-01-10" }, Ct)))
            .GetProperty("alreadyListed").GetInt32().ShouldBe(1);
    }
}
