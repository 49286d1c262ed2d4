using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Transfer;

/// <summary>One app for the module's API and page tests (they make their own enterprises and patents).</summary>
[CollectionDefinition(Name)]
public sealed class TransferCollection : ICollectionFixture<TransferApiTests.Fixture>
{
    public const string Name = "Transfer";
}

/// <summary>
/// The four "new record" forms as a browser posts them (issue 16 §6): rights named by number and the enterprise by credit
/// code; a number that does not validate or is not in the ledger, an unknown credit code and an end before the start
/// are refused under their fields, a broken rule above the form, and nothing is stored; good input opens the record.
/// An enterprise account files for itself without naming itself.
/// </summary>
[Collection(TransferCollection.Name)]
public sealed class TransferPageFormTests(TransferApiTests.Fixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LicenceForm_BadNumber_UnknownFirm_NotOwner_Refused_ThenFiled()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (_, credit, number, _) = await FirmAsync(staff);
        var (_, strangerCredit, _, _) = await FirmAsync(staff);
        var good = new Dictionary<string, string>
        {
            ["Input.CreditCode"] = credit, ["Input.PatentNumbers"] = number, ["Input.LicenseeName"] = "被许可某公司", ["Input.Kind"] = "Ordinary",
            ["Input.StartDate"] = "2015-01-01", ["Input.EndDate"] = "2015-12-31", ["Input.SignedOn"] = "2014-12-20", ["Input.Royalty"] = "50000",
        };

        var badNumber = await PostAsync(staff, "/transfer/licences/new", "licence-new", With(good, "Input.PatentNumbers", "201310000001.0"));
        FieldMessage(badNumber, "Input.PatentNumbers").ShouldContain("201310000001.0");
        var unknown = await PostAsync(staff, "/transfer/licences/new", "licence-new", With(good, "Input.CreditCode", CreditCode()));
        FieldMessage(unknown, "Input.CreditCode").ShouldNotBeNullOrEmpty();
        var backwards = await PostAsync(staff, "/transfer/licences/new", "licence-new", With(good, "Input.EndDate", "2014-12-31"));
        FieldMessage(backwards, "Input.EndDate").ShouldNotBeNullOrEmpty();
        var notOwner = await PostAsync(staff, "/transfer/licences/new", "licence-new", With(good, "Input.CreditCode", strangerCredit));
        notOwner.QuerySelector("[data-testid='rule-error']")!.TextContent.ShouldContain(number);
        (await LicencesOfAsync(staff, number)).ShouldBe(0, "nothing stored by a refused form");

        var opened = await PostForRedirectAsync(staff, "/transfer/licences/new", "licence-new", good);

        opened.ShouldStartWith("/transfer/licences/");
        opened.ShouldEndWith("?done=submitted");
        (await LicencesOfAsync(staff, number)).ShouldBe(1);
    }

    [Fact]
    public async Task PledgeForm_EnterpriseFilesForItself_BankAndRightsChecked()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (own, _, number, _) = await FirmAsync(staff);
        using var enterprise = await TestClient.SignedInAsync(fixture, Roles.Enterprise, own.ToString());
        var form = await Html.ParseAsync(await enterprise.Http.GetAsync("/transfer/pledges/new", Ct));
        form.QuerySelector("[data-testid='own-enterprise']").ShouldNotBeNull();
        Forms.Values(Forms.Find(form, "pledge-new")).ShouldNotContainKey("Input.CreditCode", "an enterprise does not name itself");
        var bank = (await staff.GetFromJsonAsync<JsonElement>("/api/transfer/banks", Ct)).GetProperty("items")[0].GetProperty("code").GetString()!;
        var good = new Dictionary<string, string>
        {
            ["Input.BankCode"] = bank, ["Input.PatentNumbers"] = number, ["Input.Amount"] = "800000",
            ["Input.StartDate"] = "2015-01-01", ["Input.EndDate"] = "2015-12-31",
        };

        var noBank = await PostAsync(enterprise.Http, "/transfer/pledges/new", "pledge-new", With(good, "Input.BankCode", "no-such-bank"));
        FieldMessage(noBank, "Input.BankCode").ShouldNotBeNullOrEmpty();
        var notInLedger = await PostAsync(enterprise.Http, "/transfer/pledges/new", "pledge-new", With(good, "Input.TrademarkNumbers", "99999999"));
        FieldMessage(notInLedger, "Input.TrademarkNumbers").ShouldContain("99999999");
        var opened = await PostForRedirectAsync(enterprise.Http, "/transfer/pledges/new", "pledge-new", good);

        var pledge = await staff.GetFromJsonAsync<JsonElement>($"/api/transfer/pledges/{Guid.Parse(opened.Split('/', '?')[3])}", Ct);
        pledge.GetProperty("pledgorId").GetGuid().ShouldBe(own);
        var again = await PostAsync(enterprise.Http, "/transfer/pledges/new", "pledge-new", good);
        again.QuerySelector("[data-testid='rule-error']")!.TextContent.ShouldContain(number, Case.Insensitive, "a right already pledged");
    }

    [Fact]
    public async Task AssignmentForm_ToARegisteredFirm_ThenTheNewOwnerLicensesByForm()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (_, sellerCredit, number, _) = await FirmAsync(staff);
        var (_, buyerCredit, _, _) = await FirmAsync(staff);
        var assignment = new Dictionary<string, string>
        {
            ["Input.CreditCode"] = sellerCredit, ["Input.PatentNumbers"] = number, ["Input.AssigneeCreditCode"] = buyerCredit,
            ["Input.Date"] = "2015-03-01", ["Input.Price"] = "120000", ["Input.FromInstitution"] = "true",
        };

        var unknownBuyer = await PostAsync(staff, "/transfer/assignments/new", "assignment-new", With(assignment, "Input.AssigneeCreditCode", CreditCode()));
        FieldMessage(unknownBuyer, "Input.AssigneeCreditCode").ShouldNotBeNullOrEmpty();
        (await PostForRedirectAsync(staff, "/transfer/assignments/new", "assignment-new", assignment)).ShouldBe("/transfer/assignments?year=2015&done=submitted");

        var licence = new Dictionary<string, string>
        {
            ["Input.PatentNumbers"] = number, ["Input.LicenseeName"] = "某公司", ["Input.Kind"] = "Ordinary",
            ["Input.StartDate"] = "2015-06-01", ["Input.EndDate"] = "2015-12-31", ["Input.SignedOn"] = "2015-05-20",
        };
        var fromSeller = await PostAsync(staff, "/transfer/licences/new", "licence-new", With(licence, "Input.CreditCode", sellerCredit));
        fromSeller.QuerySelector("[data-testid='rule-error']").ShouldNotBeNull("the old owner no longer holds it");
        (await PostForRedirectAsync(staff, "/transfer/licences/new", "licence-new", With(licence, "Input.CreditCode", buyerCredit))).ShouldStartWith("/transfer/licences/");
    }

    [Fact]
    public async Task ProjectForm_IntroducedNumberChecked_ThenRegistered()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (_, credit, number, _) = await FirmAsync(staff);
        var project = new Dictionary<string, string>
        {
            ["Input.CreditCode"] = credit, ["Input.Kind"] = "Introduced", ["Input.Title"] = "引进专利产业化", ["Input.PatentNumbers"] = number,
            ["Input.IntroducedNumbers"] = PatentNumber(2012), ["Input.IntroducedOwner"] = "区外某研究院", ["Input.IntroducedVia"] = "Licence",
            ["Input.StartDate"] = "2015-02-01", ["Input.PlannedEndDate"] = "2016-12-31", ["Input.Investment"] = "3000000",
        };

        var bad = await PostAsync(staff, "/transfer/projects/new", "project-new", With(project, "Input.IntroducedNumbers", "12345"));
        FieldMessage(bad, "Input.IntroducedNumbers").ShouldContain("12345");
        var supportedWithoutDecision = await PostAsync(staff, "/transfer/projects/new", "project-new", With(project, "Input.Kind", "Supported"));
        FieldMessage(supportedWithoutDecision, "Input.SupportedOn").ShouldNotBeNullOrEmpty();
        var opened = await PostForRedirectAsync(staff, "/transfer/projects/new", "project-new", project);

        var view = await staff.GetFromJsonAsync<JsonElement>($"/api/transfer/projects/{Guid.Parse(opened.Split('/', '?')[3])}", Ct);
        view.GetProperty("kind").GetString().ShouldBe("Introduced");
        view.GetProperty("introducedPatents").EnumerateArray().ShouldHaveSingleItem().GetProperty("owner").GetString().ShouldBe("区外某研究院");
    }

    [Fact]
    public async Task PledgePage_OffersTheInterestSubsidy_OnceAPolicyHasSuchAnItem_ToThoseWhoMayApply()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (own, credit, _, patent) = await FirmAsync(staff);
        var bank = (await staff.GetFromJsonAsync<JsonElement>("/api/transfer/banks", Ct)).GetProperty("items")[0].GetProperty("code").GetString()!;
        var pledge = await CreateAsync(staff, "/api/transfer/pledges", new
        {
            pledgorId = own, bankCode = bank, patentIds = new[] { patent },
            trademarkIds = Array.Empty<Guid>(), amount = 600000m, startDate = "2016-01-01", endDate = "2016-12-31",
        });
        var url = $"/transfer/pledges/{pledge}";
        (await Html.ParseAsync(await staff.GetAsync(url, Ct))).QuerySelector("[data-testid='interest-subsidy']").ShouldBeNull("no policy rewards pledge-loan interest yet");

        var item = new { code = "E9", name = "质押贷款贴息", kind = "PledgeLoanInterest", mode = "PerUnit", amount = 0.5m, perApplicationCap = 200000m, perEnterpriseYearCap = (decimal?)null, serviceInventionMultiplier = (decimal?)null, foreignMultiplier = (decimal?)null, line = "Industrialisation" };
        var policy = await CreateAsync(staff, "/api/funding/policies", new { name = $"贴息办法{Guid.NewGuid():N}"[..10], documentNumber = "仓政综〔2013〕46号", effectiveFrom = "2013-01-01", items = new[] { item } });
        (await staff.PostAsync($"/api/funding/policies/{policy}/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var itemId = (await staff.GetFromJsonAsync<JsonElement>($"/api/funding/policies/{policy}", Ct)).GetProperty("items")[0].GetProperty("id").GetGuid();

        var link = (await Html.ParseAsync(await staff.GetAsync(url, Ct))).QuerySelector("[data-testid='interest-subsidy'] a")!.GetAttribute("href");
        link.ShouldBe($"/funding/applications/new?item={itemId}&creditCode={credit}");
        using var enterprise = await TestClient.SignedInAsync(fixture, Roles.Enterprise, own.ToString());
        (await Html.ParseAsync(await enterprise.Http.GetAsync(url, Ct))).QuerySelector("[data-testid='interest-subsidy']").ShouldNotBeNull();
        var leader = await fixture.ClientAs(Roles.Leadership);
        (await Html.ParseAsync(await leader.GetAsync(url, Ct))).QuerySelector("[data-testid='interest-subsidy']").ShouldBeNull("a leader does not apply to the fund");
    }

    [Fact]
    public async Task LicencePage_ChangeForm_NoteRequired_ThenExtensionShownInTheHistory()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var (firm, _, _, patent) = await FirmAsync(staff);
        var licence = await CreateAsync(staff, "/api/transfer/licences", new
        {
            licensorId = firm, licenseeName = "被许可某公司", patentIds = new[] { patent }, kind = "Ordinary", startDate = "2015-01-01", endDate = "2015-12-31", signedOn = "2014-12-20",
        });
        var url = $"/transfer/licences/{licence}";

        var noNote = await PostAsync(staff, url, "licence-change", new() { ["Change.EndDate"] = "2016-12-31" });
        FieldMessage(noNote, "Change.Note").ShouldNotBeNullOrEmpty();
        (await PostForRedirectAsync(staff, url, "licence-change", new() { ["Change.EndDate"] = "2016-12-31", ["Change.Note"] = "续签补充协议" })).ShouldBe($"{url}?done=changed");

        var page = await Html.ParseAsync(await staff.GetAsync(url, Ct));
        page.QuerySelectorAll("[data-testid='licence-change']").ShouldHaveSingleItem().TextContent.ShouldContain("2016-12-31");
        var leader = await fixture.ClientAs(Roles.Leadership);
        (await Html.ParseAsync(await leader.GetAsync(url, Ct))).QuerySelector("[data-testid='licence-change-form']").ShouldBeNull("only the bureau records changes");
    }

    private static Dictionary<string, string> With(Dictionary<string, string> values, string field, string value) => new(values) { [field] = value };

    /// <summary>The form's rendered values (handler, antiforgery token) with <paramref name="typed"/> over them, posted; the page answered.</summary>
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PostAsync(HttpClient client, string url, string formName, Dictionary<string, string> typed)
    {
        var response = await SubmitAsync(client, url, formName, typed);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "a refused form answers the page again");
        return await Html.ParseAsync(response);
    }

    private static async Task<string> PostForRedirectAsync(HttpClient client, string url, string formName, Dictionary<string, string> typed)
    {
        var response = await SubmitAsync(client, url, formName, typed);
        var page = response.StatusCode == HttpStatusCode.OK ? (await Html.ParseAsync(response)).Body!.TextContent : "";
        response.StatusCode.ShouldBeOneOf([HttpStatusCode.Redirect, HttpStatusCode.SeeOther], page[..Math.Min(page.Length, 2000)]);
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, string formName, Dictionary<string, string> typed)
    {
        var page = await Html.ParseAsync(await client.GetAsync(url, Ct));
        var values = Forms.Values(Forms.Find(page, formName));
        foreach (var (name, value) in typed)
        {
            values[name] = value;
        }

        return await client.PostAsync(url, new FormUrlEncodedContent(values), Ct);
    }

    /// <summary>The validation message under the field named <paramref name="name"/>.</summary>
    private static string FieldMessage(AngleSharp.Html.Dom.IHtmlDocument page, string name)
    {
        var input = page.QuerySelector($"[name='{name}']") ?? throw new ShouldAssertException($"no field {name}");
        var message = input.ParentElement!.QuerySelector(".validation-message")?.TextContent;
        return message ?? throw new ShouldAssertException($"no message under {name}; messages: {string.Join(" | ", page.QuerySelectorAll(".validation-message, [data-testid='rule-error']").Select(m => m.TextContent))}");
    }

    private static async Task<int> LicencesOfAsync(HttpClient staff, string number) =>
        (await staff.GetFromJsonAsync<JsonElement>($"/api/transfer/licences?search={Uri.EscapeDataString(number)}", Ct)).GetProperty("total").GetInt32();

    /// <summary>A registered enterprise with a patent granted 2014-05-07: its id, credit code, the application number and the patent's id.</summary>
    private static async Task<(Guid Id, string CreditCode, string Number, Guid PatentId)> FirmAsync(HttpClient staff)
    {
        var name = $"表单{Guid.NewGuid():N}"[..10] + "有限公司";
        var credit = CreditCode();
        var number = PatentNumber(2013);
        var id = await CreateAsync(staff, "/api/enterprises", Enterprise(name, credit));
        var patentId = await CreateAsync(staff, "/api/patents", Patent(number, name, credit));
        return (id, credit, number, patentId);
    }
}
