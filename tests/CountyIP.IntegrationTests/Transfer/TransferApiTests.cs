using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using static CountyIP.IntegrationTests.Infrastructure.ApiAnswers;
using CountyIP.IntegrationTests.ReferenceData;
using CountyIP.Platform.Security;
using Microsoft.Extensions.DependencyInjection;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Transfer;

/// <summary>
/// IP use and finance over HTTP (issue 16): the calls the issue names, each pre-check with a passing and a failing
/// case, two concurrent pledges of one right, an assignment followed by licences from the new and the old owner, the
/// two project targets against a hand count at their date boundaries, bad input and the enterprise's scope. One app
/// for the class; each test makes its own enterprises and patents (a patent filed 2013-03-01, granted 2014-05-07).
/// </summary>
[Collection(TransferCollection.Name)]
public sealed class TransferApiTests(TransferApiTests.Fixture fixture)
{
    public sealed class Fixture : SignedInFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IssueCalls_EachRecordAnswersItsIdAndReadsBack()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (firm, patent) = await FirmWithPatentAsync(staff);
        var (_, other) = await FirmWithPatentAsync(staff);
        var banks = await staff.GetFromJsonAsync<JsonElement>("/api/transfer/banks", Ct);
        var bank = banks.GetProperty("items").EnumerateArray().First();
        bank.GetProperty("name").GetString().ShouldNotBeNullOrEmpty();

        var licence = await IdAsync(await staff.PostAsJsonAsync("/api/transfer/licences", Licence(firm, patent, "Ordinary", "2015-01-01", "2016-12-31"), Ct));
        var pledge = await IdAsync(await staff.PostAsJsonAsync("/api/transfer/pledges", Pledge(firm, patent, bank.GetProperty("code").GetString()!, "2015-01-01", "2015-12-31"), Ct));
        var project = await IdAsync(await staff.PostAsJsonAsync("/api/transfer/projects", new { enterpriseId = firm, title = "产业化", kind = "Supported", patentIds = new[] { patent }, startDate = "2015-03-01", plannedEndDate = "2016-12-31", supportedOn = "2015-03-10", supportAmount = 100000.00 }, Ct));
        var (seller, sold) = await FirmWithPatentAsync(staff);
        var assignment = await IdAsync(await staff.PostAsJsonAsync("/api/transfer/assignments", new { assignorId = seller, assigneeName = "区外某公司", patentIds = new[] { sold }, trademarkIds = Array.Empty<Guid>(), date = "2015-06-01", price = 300000 }, Ct));

        (await staff.GetFromJsonAsync<JsonElement>($"/api/transfer/licences/{licence}", Ct)).GetProperty("patents").EnumerateArray().ShouldHaveSingleItem().GetProperty("rightId").GetGuid().ShouldBe(patent);
        (await staff.GetFromJsonAsync<JsonElement>($"/api/transfer/pledges/{pledge}", Ct)).GetProperty("amount").GetRawText().ShouldBe("1000000.00");
        (await staff.GetFromJsonAsync<JsonElement>($"/api/transfer/projects/{project}", Ct)).GetProperty("kind").GetString().ShouldBe("Supported");
        (await staff.GetFromJsonAsync<JsonElement>($"/api/transfer/assignments/{assignment}", Ct)).GetProperty("assigneeName").GetString().ShouldBe("区外某公司");
        other.ShouldNotBe(patent);
    }

    [Fact]
    public async Task LicenceChecks_Owner_InForce_ExclusiveOverlap_TermCut_LateFiling()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (firm, patent) = await FirmWithPatentAsync(staff);
        var (stranger, _) = await FirmWithPatentAsync(staff);

        await ShouldBreakAsync(await staff.PostAsJsonAsync("/api/transfer/licences", Licence(stranger, patent, "Ordinary", "2015-01-01", "2015-12-31"), Ct), "right.not-owned");
        await ShouldBreakAsync(await staff.PostAsJsonAsync("/api/transfer/licences", Licence(firm, patent, "Ordinary", "2014-05-06", "2015-12-31"), Ct), "right.not-in-force");
        var exclusive = await IdAsync(await staff.PostAsJsonAsync("/api/transfer/licences", Licence(firm, patent, "Exclusive", "2014-05-07", "2016-12-31", territory: "全国"), Ct));
        await ShouldBreakAsync(await staff.PostAsJsonAsync("/api/transfer/licences", Licence(firm, patent, "Ordinary", "2016-12-31", "2017-12-31", territory: "福建省"), Ct), "licence.exclusive-overlap");
        (await staff.PostAsJsonAsync("/api/transfer/licences", Licence(firm, patent, "Ordinary", "2017-01-01", "2017-12-31"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created, "the day after the exclusive licence ends");
        (await staff.PostAsJsonAsync("/api/transfer/licences", Licence(firm, patent, "Ordinary", "2017-06-01", "2017-12-31"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created, "two ordinary licences may overlap");

        var filed = await staff.PostAsJsonAsync($"/api/transfer/licences/{exclusive}/file", new { filedOn = "2014-08-08" }, Ct);
        var body = await filed.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("filedLate").GetBoolean().ShouldBeTrue("due by 2014-08-07, three months after the effective date");
        body.GetProperty("filingNumber").GetString().ShouldNotBeNullOrEmpty();

        var (utilityFirm, utility) = await FirmWithPatentAsync(staff, type: '2');
        var cut = await staff.PostAsJsonAsync("/api/transfer/licences", Licence(utilityFirm, utility, "Sole", "2020-01-01", "2025-12-31"), Ct);
        var cutBody = await cut.Content.ReadFromJsonAsync<JsonElement>(Ct);
        cut.StatusCode.ShouldBe(HttpStatusCode.Created, cutBody.ToString());
        cutBody.GetProperty("endDate").GetString().ShouldBe("2023-02-28", "a utility model filed 2013-03-01 runs ten years");
        cutBody.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ShouldContain("licence.term-cut");
    }

    [Fact]
    public async Task PledgeChecks_AlreadyPledged_UntilReleased_OutlastsRight_Bank_Trademark()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (firm, patent) = await FirmWithPatentAsync(staff);
        var bank = await BankAsync(staff);

        var first = await IdAsync(await staff.PostAsJsonAsync("/api/transfer/pledges", Pledge(firm, patent, bank, "2015-01-01", "2015-12-31"), Ct));
        await ShouldBreakAsync(await staff.PostAsJsonAsync("/api/transfer/pledges", Pledge(firm, patent, bank, "2016-01-01", "2016-12-31"), Ct), "pledge.already-pledged");
        (await staff.PostAsJsonAsync($"/api/transfer/pledges/{first}/release", new { on = "2015-12-31" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.PostAsJsonAsync("/api/transfer/pledges", Pledge(firm, patent, bank, "2016-01-01", "2016-12-31"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created, "free again once released");

        var (utilityFirm, utility) = await FirmWithPatentAsync(staff, type: '2');
        await ShouldBreakAsync(await staff.PostAsJsonAsync("/api/transfer/pledges", Pledge(utilityFirm, utility, bank, "2022-06-01", "2023-05-31"), Ct), "pledge.outlasts-right");
        await ShouldFailUnderAsync(await staff.PostAsJsonAsync("/api/transfer/pledges", Pledge(utilityFirm, utility, "no-such-bank", "2015-01-01", "2015-12-31"), Ct), "bankCode");
        await ShouldFailUnderAsync(await staff.PostAsJsonAsync("/api/transfer/pledges", Pledge(utilityFirm, utility, bank, "2015-01-01", "2015-12-31", amount: -5m), Ct), "amount");

        var mark = await CreateAsync(staff, "/api/trademarks", new { registrationNumber = TrademarkNumber(), mark = "仓山牌", niceClasses = "9", ownerName = "商标权人", enterpriseId = firm, status = "Registered", applicationDate = "2010-01-01", registrationDate = "2011-03-07" });
        var markPledge = await staff.PostAsJsonAsync("/api/transfer/pledges", new { pledgorId = firm, bankCode = bank, patentIds = Array.Empty<Guid>(), trademarkIds = new[] { mark }, amount = 500000.00, startDate = "2015-01-01", endDate = "2015-12-31" }, Ct);
        markPledge.StatusCode.ShouldBe(HttpStatusCode.Created, await markPledge.Content.ReadAsStringAsync(Ct));
        await ShouldBreakAsync(await staff.PostAsJsonAsync("/api/transfer/pledges", new { pledgorId = firm, bankCode = bank, trademarkIds = new[] { mark }, amount = 500000.00, startDate = "2020-01-01", endDate = "2020-12-31" }, Ct), "pledge.already-pledged");
    }

    [Fact]
    public async Task TwoConcurrentPledgesOfOneRight_GiveOnePledge()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (firm, patent) = await FirmWithPatentAsync(staff);
        var bank = await BankAsync(staff);

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => staff.PostAsJsonAsync("/api/transfer/pledges", Pledge(firm, patent, bank, "2015-01-01", "2015-12-31"), Ct)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1, string.Join(" | ", await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync(Ct)))));
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(1);
        var list = await staff.GetFromJsonAsync<JsonElement>("/api/transfer/pledges?pageSize=200", Ct);
        list.GetProperty("items").EnumerateArray().Count(p => p.GetProperty("rights").EnumerateArray().Any(r => r.GetProperty("rightId").GetGuid() == patent)).ShouldBe(1);
    }

    [Fact]
    public async Task Assignment_NewOwnerMayLicence_OldOwnerIsRefused_APledgedRightCannotBeAssigned()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (seller, patent) = await FirmWithPatentAsync(staff);
        var (buyer, _) = await FirmWithPatentAsync(staff);
        await ShouldBreakAsync(await staff.PostAsJsonAsync("/api/transfer/assignments", new { assignorId = buyer, assigneeId = seller, patentIds = new[] { patent }, date = "2015-06-01" }, Ct), "right.not-owned");

        (await staff.PostAsJsonAsync("/api/transfer/assignments", new { assignorId = seller, assigneeId = buyer, patentIds = new[] { patent }, date = "2015-06-01", price = 100000, fromInstitution = true }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await staff.PostAsJsonAsync("/api/transfer/licences", Licence(buyer, patent, "Ordinary", "2015-06-01", "2016-05-31"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBreakAsync(await staff.PostAsJsonAsync("/api/transfer/licences", Licence(seller, patent, "Ordinary", "2015-06-01", "2016-05-31"), Ct), "right.not-owned");
        (await staff.PostAsJsonAsync("/api/transfer/licences", Licence(seller, patent, "Ordinary", "2015-01-01", "2015-05-31"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created, "before the assignment the seller still held it");

        await IdAsync(await staff.PostAsJsonAsync("/api/transfer/pledges", Pledge(buyer, patent, await BankAsync(staff), "2015-07-01", "2016-06-30"), Ct));
        await ShouldBreakAsync(await staff.PostAsJsonAsync("/api/transfer/assignments", new { assignorId = buyer, assigneeName = "第三方", patentIds = new[] { patent }, date = "2015-08-01" }, Ct), "right.pledged");
    }

    /// <summary>
    /// Issue 16 §4: an assignment changes who the ledger says owns the right from its day, for every reader — the
    /// ledger's holders (a subsidy application lists the rights the enterprise holds), the patent's API and page — while
    /// the applicants stay as filed.
    /// </summary>
    [Fact]
    public async Task Assignment_LedgerNamesTheNewOwnerFromItsDay_ForEveryReader()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (seller, patent) = await FirmWithPatentAsync(staff);
        var (buyer, own) = await FirmWithPatentAsync(staff);
        (await staff.PostAsJsonAsync("/api/transfer/assignments", new { assignorId = seller, assigneeId = buyer, patentIds = new[] { patent }, date = "2015-06-01" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var ledger = scope.ServiceProvider.GetRequiredService<CountyIP.Modules.Registry.Contracts.IRightsLedger>();
            async Task<List<Guid?>> Held(Guid enterprise, DateOnly on) =>
                [.. (await ledger.HeldByAsync(enterprise, CountyIP.Modules.Registry.Contracts.LedgerRightKind.Patent, on, Ct)).Select(r => r.Id)];
            (await Held(seller, new(2015, 5, 31))).ShouldContain(patent, "the day before the assignment");
            (await Held(seller, new(2015, 6, 1))).ShouldNotContain(patent);
            (await Held(buyer, new(2015, 5, 31))).ShouldBe([own]);
            (await Held(buyer, new(2015, 6, 1))).ShouldBe([patent, own], ignoreOrder: true);
        }

        var details = await staff.GetFromJsonAsync<JsonElement>($"/api/patents/{patent}", Ct);
        var assignment = details.GetProperty("assignments").EnumerateArray().ShouldHaveSingleItem();
        assignment.GetProperty("enterpriseId").GetGuid().ShouldBe(buyer);
        assignment.GetProperty("since").GetString().ShouldBe("2015-06-01");
        details.GetProperty("applicants")[0].GetProperty("enterpriseId").GetGuid().ShouldBe(seller, "the applicants stay as filed");
        var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(await staff.GetStringAsync($"/registry/patents/{patent}", Ct), Ct);
        page.QuerySelector("[data-testid='owner-by-assignment'] a").ShouldNotBeNull().GetAttribute("href").ShouldBe($"/registry/enterprises/{buyer}");
        (await staff.GetFromJsonAsync<JsonElement>($"/api/patents/{own}", Ct)).GetProperty("assignments").GetArrayLength().ShouldBe(0);
    }

    /// <summary>
    /// The two targets of 二(二)5 against a hand count: support decided on 31 December and 1 January, a start on either
    /// side, a terminated project. Both targets are cumulative over the pilot, so a year's value counts from the pilot's
    /// start to that year's end; the test's enterprise is the only one of its town, and the town's share is what it counts.
    /// </summary>
    [Fact]
    public async Task ProjectTargets_CountWhatTheDefinitionsSay_AtTheYearBoundaries()
    {
        const string town = "350104102";
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (firm, patent) = await FirmWithPatentAsync(staff, unit: town);
        async Task<Guid> Supported(string supportedOn) => await IdAsync(await staff.PostAsJsonAsync("/api/transfer/projects", new { enterpriseId = firm, title = "扶持" + supportedOn, kind = "Supported", patentIds = new[] { patent }, startDate = "2019-06-01", plannedEndDate = "2021-06-01", supportedOn }, Ct));
        async Task<Guid> Introduced(string start) => await IdAsync(await staff.PostAsJsonAsync("/api/transfer/projects", new { enterpriseId = firm, title = "引进" + start, kind = "Introduced", introducedPatents = new[] { new { number = PatentNumber(2012), owner = "浙江大学", via = "Licence" } }, startDate = start, plannedEndDate = "2022-01-01" }, Ct));
        async Task<int> Counted(string target, int year) =>
            (await staff.GetFromJsonAsync<JsonElement>($"/api/indicators/{target}/evidence?plan=cangshan-2013&year={year}&unit={town}", Ct)).GetProperty("total").GetInt32();

        await Supported("2019-12-31");
        await Supported("2020-01-01");
        var stopped = await Supported("2020-03-01");
        await Introduced("2019-12-31");
        await Introduced("2020-01-01");
        await Introduced("2021-01-01");
        (await staff.PostAsJsonAsync($"/api/transfer/projects/{stopped}/conclude", new { result = "Terminated", on = "2020-06-01" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await Counted("supported-industrialization-projects", 2019)).ShouldBe(1);
        (await Counted("supported-industrialization-projects", 2020)).ShouldBe(2, "the terminated project does not count");
        (await Counted("introduced-patent-projects", 2019)).ShouldBe(1);
        (await Counted("introduced-patent-projects", 2020)).ShouldBe(2, "the one started on 1 January 2021 counts from 2021");
        (await IndicatorAsync(staff, "supported-industrialization-projects", 2020)).ShouldNotBeNull();
    }

    [Fact]
    public async Task BadInput_NamesTheField_AndStoresNothing()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (firm, patent) = await FirmWithPatentAsync(staff);
        var before = (await staff.GetFromJsonAsync<JsonElement>("/api/transfer/licences?pageSize=1", Ct)).GetProperty("total").GetInt32();

        await ShouldFailUnderAsync(await staff.PostAsJsonAsync("/api/transfer/licences", Licence(firm, Guid.NewGuid(), "Ordinary", "2015-01-01", "2015-12-31"), Ct), "patentIds");
        await ShouldFailUnderAsync(await staff.PostAsJsonAsync("/api/transfer/licences", Licence(firm, patent, "Ordinary", "2015-12-31", "2015-01-01"), Ct), "endDate");
        await ShouldFailUnderAsync(await staff.PostAsJsonAsync("/api/transfer/licences", Licence(firm, patent, "Ordinary", "2015-01-01", "2015-12-31", royalty: -1m), Ct), "royalty");
        await ShouldFailUnderAsync(await staff.PostAsJsonAsync("/api/transfer/projects", new { enterpriseId = firm, title = "坏号", kind = "Introduced", introducedPatents = new[] { new { number = "201210000001.0", owner = "某大学", via = "Licence" } }, startDate = "2015-01-01", plannedEndDate = "2016-01-01" }, Ct), "introducedPatents[0].number");

        (await staff.GetFromJsonAsync<JsonElement>("/api/transfer/licences?pageSize=1", Ct)).GetProperty("total").GetInt32().ShouldBe(before);
    }

    [Fact]
    public async Task Enterprise_FilesForItselfOnly_AndSeesOnlyItsOwn()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (own, patent) = await FirmWithPatentAsync(staff);
        var (other, otherPatent) = await FirmWithPatentAsync(staff);
        await IdAsync(await staff.PostAsJsonAsync("/api/transfer/licences", Licence(other, otherPatent, "Ordinary", "2015-01-01", "2015-12-31"), Ct));
        using var enterprise = await TestClient.SignedInAsync(fixture, Roles.Enterprise, own.ToString());

        await ShouldFailUnderAsync(await enterprise.Http.PostAsJsonAsync("/api/transfer/licences", Licence(other, otherPatent, "Ordinary", "2016-01-01", "2016-12-31"), Ct), "licensorId");
        var mine = await IdAsync(await enterprise.Http.PostAsJsonAsync("/api/transfer/licences", Licence(own, patent, "Ordinary", "2015-01-01", "2015-12-31"), Ct));

        var list = await enterprise.Http.GetFromJsonAsync<JsonElement>("/api/transfer/licences?pageSize=200", Ct);
        list.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ShouldBe([mine]);
        (await enterprise.Http.PostAsJsonAsync($"/api/transfer/licences/{mine}/file", new { }, Ct)).ShouldBeRefused(anonymous: false, "filing is the bureau's");
    }

    [Fact]
    public async Task TownLiaison_ReadsTheProjectsOfItsTownOnly()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (inTown, patent) = await FirmWithPatentAsync(staff, unit: "350104001");
        var (elsewhere, otherPatent) = await FirmWithPatentAsync(staff, unit: "350104008");
        var ours = await IdAsync(await staff.PostAsJsonAsync("/api/transfer/projects", new { enterpriseId = inTown, title = "本街道项目", kind = "UniversityTransfer", patentIds = new[] { patent }, startDate = "2016-01-01", plannedEndDate = "2017-01-01" }, Ct));
        var theirs = await IdAsync(await staff.PostAsJsonAsync("/api/transfer/projects", new { enterpriseId = elsewhere, title = "别处项目", kind = "UniversityTransfer", patentIds = new[] { otherPatent }, startDate = "2016-01-01", plannedEndDate = "2017-01-01" }, Ct));
        var town = await fixture.ClientAs(Roles.TownLiaison);

        var list = await town.GetFromJsonAsync<JsonElement>("/api/transfer/projects?year=2016&pageSize=200", Ct);

        list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldContain(ours);
        list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldNotContain(theirs);
        (await town.GetAsync($"/api/transfer/projects/{theirs}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.GetAsync("/api/transfer/licences", Ct)).ShouldBeRefused(anonymous: false, "licences are not a town's to read");
    }

    /// <summary>
    /// The legal-status watch (issue 16 §5): a patent invalidated by an edit flags the running licence and the ongoing
    /// project that depend on it, once; the bureau is told; restoring the status clears the flag.
    /// </summary>
    [Fact]
    public async Task StatusWatch_AnInvalidatedPatentFlagsItsLicenceAndProjectOnce_RestoredClears()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (firm, patent) = await FirmWithPatentAsync(staff);
        var licence = await IdAsync(await staff.PostAsJsonAsync("/api/transfer/licences", Licence(firm, patent, "Ordinary", "2024-01-01", "2030-12-31"), Ct));
        var project = await IdAsync(await staff.PostAsJsonAsync("/api/transfer/projects", new { enterpriseId = firm, title = "监测项目", kind = "UniversityTransfer", patentIds = new[] { patent }, startDate = "2024-03-01", plannedEndDate = "2031-01-01" }, Ct));
        (await WatchAsync()).Alerted.ShouldBe(0, "every patent in force");

        await SetStatusAsync(staff, patent, "Invalidated", "2025-06-30");
        var first = await WatchAsync();
        var again = await WatchAsync();

        first.Alerted.ShouldBeGreaterThanOrEqualTo(2);
        again.Alerted.ShouldBe(0, "flagged once");
        (await staff.GetFromJsonAsync<JsonElement>($"/api/transfer/licences/{licence}", Ct)).GetProperty("statusAlert").GetString()!.ShouldContain("Invalidated");
        (await staff.GetFromJsonAsync<JsonElement>($"/api/transfer/projects/{project}", Ct)).GetProperty("statusAlert").GetString().ShouldNotBeNull();
        var flagged = await staff.GetFromJsonAsync<JsonElement>("/api/transfer/licences?alert=true&pageSize=200", Ct);
        flagged.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ShouldContain(licence);
        var notes = await staff.GetFromJsonAsync<JsonElement>("/api/notifications?pageSize=100", Ct);
        notes.GetProperty("items").EnumerateArray().Count(n => n.GetProperty("kind").GetString() == "transfer.licence-right-ended" && n.GetProperty("link").GetString() == $"/transfer/licences/{licence}").ShouldBe(1);

        await SetStatusAsync(staff, patent, "Granted", "2025-08-01");
        (await WatchAsync()).Cleared.ShouldBeGreaterThanOrEqualTo(2);
        (await staff.GetFromJsonAsync<JsonElement>($"/api/transfer/licences/{licence}", Ct)).GetProperty("statusAlert").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    private async Task<CountyIP.Modules.Transfer.UseCases.StatusWatch.Result> WatchAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CountyIP.Modules.Transfer.UseCases.StatusWatch>().RunAsync(Ct);
    }

    /// <summary>Records a legal-status change on the patent as an officer would (an edit with the version read).</summary>
    private static async Task SetStatusAsync(HttpClient staff, Guid patent, string status, string date)
    {
        var current = await staff.GetFromJsonAsync<JsonElement>($"/api/patents/{patent}", Ct);
        var applicant = current.GetProperty("applicants")[0];
        var body = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(Patent(
            current.GetProperty("applicationNumber").GetString()!, applicant.GetProperty("name").GetString()!,
            applicant.TryGetProperty("creditCode", out var code) ? code.GetString() : null)))!.AsObject();
        body["legalStatus"] = status;
        body["statusDate"] = date;
        body["version"] = current.GetProperty("version").GetGuid();
        var response = await staff.PutAsJsonAsync($"/api/patents/{patent}", body, Ct);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task LicenceChange_ExtensionCheckedLikeANewTerm_OverlapRefused_CutAtTheRightsEnd_HistoryKept()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (firm, patent) = await FirmWithPatentAsync(staff, type: '2');
        var first = await IdAsync(await staff.PostAsJsonAsync("/api/transfer/licences", Licence(firm, patent, "Exclusive", "2015-01-01", "2016-12-31", territory: "福建省"), Ct));
        await IdAsync(await staff.PostAsJsonAsync("/api/transfer/licences", Licence(firm, patent, "Exclusive", "2018-01-01", "2019-12-31", territory: "福建省"), Ct));

        await ShouldBreakAsync(await staff.PostAsJsonAsync($"/api/transfer/licences/{first}/change", new { endDate = "2018-01-01", note = "补充协议" }, Ct), "licence.exclusive-overlap");
        var extended = await staff.PostAsJsonAsync($"/api/transfer/licences/{first}/change", new { endDate = "2017-12-31", royalty = 90000.00, on = "2016-11-01", note = "2016年补充协议" }, Ct);
        extended.StatusCode.ShouldBe(HttpStatusCode.OK, await extended.Content.ReadAsStringAsync(Ct));
        var moved = await staff.PostAsJsonAsync($"/api/transfer/licences/{first}/change", new { endDate = "2030-12-31", territory = "浙江省", note = "改为浙江、延至2030年" }, Ct);
        var body = await moved.Content.ReadFromJsonAsync<JsonElement>(Ct);

        moved.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        body.GetProperty("endDate").GetString().ShouldBe("2023-02-28", "a utility model filed 2013-03-01 ends after ten years");
        body.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ShouldContain("licence.term-cut");
        var changes = body.GetProperty("changes").EnumerateArray().ToList();
        changes.Select(c => c.GetProperty("kind").GetString()).ShouldBe(["Extension", "Extension"]);
        changes[0].GetProperty("oldEndDate").GetString().ShouldBe("2016-12-31");
        changes[0].GetProperty("newRoyalty").GetDecimal().ShouldBe(90000.00m);
        changes[1].GetProperty("newTerritory").GetString().ShouldBe("浙江省");
        (await staff.PostAsJsonAsync($"/api/transfer/licences/{first}/change", new { endDate = "2014-01-01", note = "倒签" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync($"/api/transfer/licences/{first}/change", new { endDate = "2017-12-31" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a change names its agreement");
    }

    private static object Licence(Guid licensor, Guid patent, string kind, string start, string end, string territory = "", decimal? royalty = 80000m) => new
    {
        licensorId = licensor, licenseeName = "被许可方有限公司", patentIds = new[] { patent }, kind, territory, startDate = start, endDate = end, signedOn = start, royalty,
    };

    [Fact]
    public async Task PledgeFigures_LoanCountsInItsStartYear_PerBankAndIndustry_EnterpriseSeesItsOwn_ListExports()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var banks = (await staff.GetFromJsonAsync<JsonElement>("/api/transfer/banks", Ct)).GetProperty("items").EnumerateArray().Select(b => b.GetProperty("code").GetString()!).ToList();
        banks.Count.ShouldBeGreaterThanOrEqualTo(2);
        var (first, p1) = await FirmWithPatentAsync(staff);
        var (second, p2) = await FirmWithPatentAsync(staff);
        var (third, p3) = await FirmWithPatentAsync(staff);
        // No other test of the class lends in 2030-2031 (its patents run to 2033-03-01).
        await IdAsync(await staff.PostAsJsonAsync("/api/transfer/pledges", Pledge(first, p1, banks[0], "2030-12-31", "2031-06-30"), Ct));
        await IdAsync(await staff.PostAsJsonAsync("/api/transfer/pledges", Pledge(second, p2, banks[0], "2031-01-01", "2031-12-31", 500000.50m), Ct));
        var released = await IdAsync(await staff.PostAsJsonAsync("/api/transfer/pledges", Pledge(third, p3, banks[1], "2031-06-01", "2032-05-31", 200000m), Ct));
        (await staff.PostAsJsonAsync($"/api/transfer/pledges/{released}/release", new { on = "2031-09-01" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var figures = await staff.GetFromJsonAsync<JsonElement>("/api/transfer/pledges/figures?fromYear=2030&toYear=2031", Ct);

        Line(figures, "byYear", "2030").ShouldBe((1, 1000000.00m), "2030-12-31 is the last day of 2030");
        Line(figures, "byYear", "2031").ShouldBe((2, 700000.50m), "a released loan still counts in its year");
        Line(figures, "byBank", banks[0]).ShouldBe((2, 1500000.50m));
        Line(figures, "byBank", banks[1]).ShouldBe((1, 200000.00m));
        Line(figures, "byIndustry", "electrical").ShouldBe((3, 1700000.50m), "every test enterprise is tagged Electrical and NewEnergy");
        Line(figures, "byIndustry", "new-energy").ShouldBe((3, 1700000.50m));
        figures.GetProperty("loans").GetInt32().ShouldBe(3);
        using var own = await TestClient.SignedInAsync(fixture, Roles.Enterprise, first.ToString());
        (await own.Http.GetFromJsonAsync<JsonElement>("/api/transfer/pledges/figures?fromYear=2030&toYear=2031", Ct)).GetProperty("loans").GetInt32().ShouldBe(1);

        var export = await staff.GetAsync("/api/transfer/pledges/export?year=2031", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var workbook = new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct));
        MiniExcelLibs.MiniExcel.Query(workbook).Count().ShouldBe(3, "a header and the two loans of 2031");
        var mine = await own.Http.GetAsync("/api/transfer/pledges/export", Ct);
        using var ownBook = new MemoryStream(await mine.Content.ReadAsByteArrayAsync(Ct));
        MiniExcelLibs.MiniExcel.Query(ownBook).Count().ShouldBe(2, "a header and the enterprise's own loan");
    }

    private static (int Loans, decimal Amount) Line(JsonElement figures, string breakdown, string key) =>
        figures.GetProperty(breakdown).EnumerateArray().Where(l => l.GetProperty("key").GetString() == key)
            .Select(l => (l.GetProperty("loans").GetInt32(), l.GetProperty("amount").GetDecimal())).DefaultIfEmpty((0, 0m)).Single();

    private static object Pledge(Guid pledgor, Guid patent, string bank, string start, string end, decimal amount = 1000000.00m) => new
    {
        pledgorId = pledgor, bankCode = bank, patentIds = new[] { patent }, trademarkIds = Array.Empty<Guid>(), amount, startDate = start, endDate = end,
    };

    private static async Task<string> BankAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/transfer/banks", Ct)).GetProperty("items").EnumerateArray().First().GetProperty("code").GetString()!;

    /// <summary>A registered enterprise and a patent it holds (filed 2013-03-01, granted 2014-05-07).</summary>
    private static async Task<(Guid Enterprise, Guid Patent)> FirmWithPatentAsync(HttpClient staff, char type = '1', string unit = "350104001")
    {
        var name = $"运用{Guid.NewGuid():N}"[..10] + "有限公司";
        var credit = CreditCode();
        var enterprise = await CreateAsync(staff, "/api/enterprises", Enterprise(name, credit, unit));
        var patent = await CreateAsync(staff, "/api/patents", Patent(PatentNumber(2013, type), name, credit));
        return (enterprise, patent);
    }
}
