using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.BrowserTests.Infrastructure;
using CountyIP.Modules.Registry.Domain.Identifiers;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace CountyIP.BrowserTests;

/// <summary>
/// Issue 12 §9: an enterprise applies online for a subsidy, picking its granted invention from the ledger; the town and
/// the bureau review it; it is publicly noticed; another officer approves it; a third makes the payment batch, exports
/// the finance office's .xlsx and records the payment; the enterprise sees its application paid.
/// </summary>
public sealed class FundingJourney(BrowserFixture browser, SharedApp app) : Journey(browser), IClassFixture<SharedApp>
{
    private const string Unit = "350104001";
    private const string Password = "Journey#Pass-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Application_FromTheEnterprise_ThroughReviewAndNotice_ToAPaidBatch()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        using var reviewer = await AccountAsync("reviewer" + tag, "BureauStaff", null);
        using var approver = await AccountAsync("approver" + tag, "BureauStaff", null);
        using var payer = await AccountAsync("payer" + tag, "BureauStaff", null);

        // The fund of this year, the policy and the enterprise with its invention, as the bureau keeps them.
        var year = DateTime.UtcNow.Year;
        var lines = new[] { new { use = "Subsidy", amount = 1_000_000m } };
        (await reviewer.PutAsJsonAsync($"/api/funding/years/{year}", new { generalBudgetExpenditure = 400_000_000m, specialFundAppropriation = 1_000_000m, lines }, Ct)).EnsureSuccessStatusCode();
        (await approver.PostAsync($"/api/funding/years/{year}/approve", null, Ct)).EnsureSuccessStatusCode();
        var item = new { code = "A1", name = "发明专利授权资助", kind = "InventionGrant", mode = "PerUnit", amount = 5_000m, serviceInventionMultiplier = 1m, foreignMultiplier = 1m, line = "Subsidy" };
        var policy = await IdAsync(await reviewer.PostAsJsonAsync("/api/funding/policies", new { name = "奖励办法" + tag, documentNumber = $"仓政〔2026〕{tag}号", effectiveFrom = "2020-01-01", items = new[] { item } }, Ct));
        (await reviewer.PostAsync($"/api/funding/policies/{policy}/publish", null, Ct)).EnsureSuccessStatusCode();
        var name = "旅程科技有限公司" + tag;
        var creditBody = "91350104MA" + Random.Shared.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
        var enterprise = await IdAsync(await reviewer.PostAsJsonAsync("/api/enterprises", new
        {
            name, creditCode = creditBody + UnifiedSocialCreditCode.CheckCharacter(creditBody), kind = "Enterprise", unitCode = Unit, address = "福建省福州市仓山区建新镇" + tag,
        }, Ct));
        var patentBody = "2022" + "1" + Random.Shared.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
        var number = patentBody + "." + PatentApplicationNumber.CheckCharacter(patentBody);
        await IdAsync(await reviewer.PostAsJsonAsync("/api/patents", new
        {
            applicationNumber = number, title = "一种旅程测试用电池管理方法", applicants = new[] { new { name } }, applicantAddress = "福建省福州市仓山区建新镇",
            filingDate = "2022-03-01", grantDate = "2024-05-07", ipcMain = "H01M10/44",
        }, Ct));
        (await AccountAsync("ent" + tag, "Enterprise", enterprise.ToString())).Dispose();
        (await AccountAsync("town" + tag, "TownLiaison", Unit)).Dispose();

        // The enterprise applies: the item, its invention from the ledger, the account; saved as a draft, then submitted.
        var firm = Page;
        await SignInAsync(firm, app.Host, "ent" + tag, Password);
        await firm.GotoAsync(app.Host.Url("/funding/applications/new"));
        await firm.Locator("#item").SelectOptionAsync(new SelectOptionValue { Label = "A1 发明专利授权资助" });
        await firm.GetByTestId("choose-item").Locator("button[type=submit]").ClickAsync();
        await firm.Locator($"input[name=right]").First.CheckAsync();
        await firm.Locator("#bankName").FillAsync("中国银行福州仓山支行");
        await firm.Locator("#bankAccount").FillAsync("4071 0000 0000 8888");
        await firm.GetByTestId("save-draft").ClickAsync();
        await firm.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/funding/applications/", StringComparison.Ordinal) && !url.Contains("/new", StringComparison.Ordinal));
        var applicationUrl = firm.Url;
        await Assertions.Expect(firm.GetByTestId("amount")).ToContainTextAsync("5,000.00");
        await ActAsync(firm, "submit", "Submitted");

        // The town's preliminary review, then the bureau's, which puts it on public notice.
        var town = await NewPageAsync();
        await SignInAsync(town, app.Host, "town" + tag, Password);
        await town.GotoAsync(applicationUrl);
        await ActAsync(town, "town-approve", "TownApproved");
        var review = await NewPageAsync();
        await SignInAsync(review, app.Host, "reviewer" + tag, Password);
        await review.GotoAsync(applicationUrl);
        await ActAsync(review, "bureau-approve", "InNotice");
        var notice = await NewPageAsync();
        await notice.GotoAsync(app.Host.Url("/portal/funding/notice"));
        await Assertions.Expect(notice.GetByTestId("notice")).ToContainTextAsync(name);

        // Five working days later (time stands in the database), another officer approves.
        await EndNoticesAsync();
        var approve = await NewPageAsync();
        await SignInAsync(approve, app.Host, "approver" + tag, Password);
        await approve.GotoAsync(applicationUrl);
        await ActAsync(approve, "approve", "Approved");

        // A third officer batches it, exports the finance office's list and records the payment.
        var pay = await NewPageAsync();
        await SignInAsync(pay, app.Host, "payer" + tag, Password);
        await pay.GotoAsync(app.Host.Url("/funding/payment-batches"));
        await pay.GetByTestId("create-batch").ClickAsync();
        await pay.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/funding/payment-batches/", StringComparison.Ordinal));
        await Assertions.Expect(pay.GetByTestId("entries")).ToContainTextAsync(name);
        var download = await pay.RunAndWaitForDownloadAsync(() => pay.GetByTestId("export").ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".xlsx");
        var file = Path.Combine(Path.GetTempPath(), $"countyip-batch-{tag}.xlsx");
        await download.SaveAsAsync(file);
        new FileInfo(file).Length.ShouldBeGreaterThan(1000);
        File.Delete(file);
        await pay.GetByTestId("paid-form").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(pay.GetByTestId("paid")).ToBeVisibleAsync();

        // The enterprise sees it paid.
        await firm.GotoAsync(applicationUrl);
        await Assertions.Expect(firm.Locator("[data-status='Paid']").First).ToBeVisibleAsync();
    }

    /// <summary>Takes the workflow step and waits for the application's status tag to change.</summary>
    private static async Task ActAsync(IPage page, string action, string status)
    {
        await page.Locator($"button[data-action='{action}']").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-status='{status}']").First).ToBeVisibleAsync();
    }

    /// <summary>The notice period passing: what the calendar would do in five working days.</summary>
    private async Task EndNoticesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={app.Host.DatabasePath}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE funding_applications SET NoticeEndsOn = $ended WHERE Status = 'InNotice'";
        command.Parameters.AddWithValue("$ended", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>An account made by the administrator, its one-time password changed; a client signed in as it.</summary>
    private async Task<HttpClient> AccountAsync(string userName, string role, string? scopeId)
    {
        using var admin = app.Host.CreateHttpClient();
        (await admin.PostAsJsonAsync("/api/auth/login", new { userName = SharedApp.AdminUserName, password = SharedApp.AdminPassword }, Ct)).EnsureSuccessStatusCode();
        using var created = await admin.PostAsJsonAsync("/api/admin/users", new { userName, displayName = userName, role, scopeId }, Ct);
        created.IsSuccessStatusCode.ShouldBeTrue(await created.Content.ReadAsStringAsync(Ct));
        var oneTime = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("oneTimePassword").GetString()!;
        var client = app.Host.CreateHttpClient();
        (await client.PostAsJsonAsync("/api/auth/login", new { userName, password = oneTime }, Ct)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = oneTime, newPassword = Password }, Ct)).EnsureSuccessStatusCode();
        return client;
    }
}
