using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using MiniExcelLibs;

namespace CountyIP.IntegrationTests.Funding;

/// <summary>
/// The budget execution report and the fund's monitoring figures (issue 12 §5), on the application tests' app: every
/// breakdown's total is the sum of its rows and all of them count the same money as the summary and the budget lines;
/// an application paid moves the summary, its item, unit, industry and month rows by its amount; the workbook holds the
/// same five tables; the dashboard's figures equal the report's.
/// </summary>
public sealed partial class FundingApplicationTests
{
    private static readonly string[] Tables = ["byMonth", "byLine", "byItem", "byUnit", "byIndustry"];

    private async Task<JsonElement> ReportAsync() =>
        await (await fixture.ClientAs(Roles.Leadership)).GetFromJsonAsync<JsonElement>($"/api/funding/years/{fixture.Year}/execution", Ct);

    private static decimal Money(JsonElement element, string name) => element.GetProperty(name).GetDecimal();

    private static JsonElement? Row(JsonElement report, string table, string key) =>
        report.GetProperty(table).GetProperty("rows").EnumerateArray().Cast<JsonElement?>().FirstOrDefault(r => r!.Value.GetProperty("key").GetString() == key);

    private static decimal RowPaid(JsonElement report, string table, string key) => Row(report, table, key) is { } row ? Money(row, "paid") : 0m;

    private static void ShouldAddUp(JsonElement report)
    {
        var summary = report.GetProperty("summary");
        foreach (var name in Tables)
        {
            var table = report.GetProperty(name);
            var rows = table.GetProperty("rows").EnumerateArray().ToList();
            var total = table.GetProperty("total");
            foreach (var column in name == "byMonth" ? new[] { "committed", "paid" } : ["committed", "paid", "toPay"])
            {
                Money(total, column).ShouldBe(rows.Sum(r => Money(r, column)), $"{name}.{column}: the total row is the sum of the rows");
            }

            Money(total, "paid").ShouldBe(Money(summary, "paid"), $"{name} counts the same paid money as the summary");
            Money(total, "toPay").ShouldBe(Money(summary, "toPay"), $"{name}: what is left to pay of the year");
            if (name != "byMonth")
            {
                Money(total, "committed").ShouldBe(Money(summary, "committed"), $"{name} counts the same committed money as the summary");
            }
        }

        report.GetProperty("ledgerAgrees").GetBoolean().ShouldBeTrue("the budget lines' counters equal the applications' sums");
        Money(summary, "remaining").ShouldBe(Money(summary, "appropriated") - Money(summary, "committed"));
    }

    [Fact]
    public async Task Report_APaidApplication_MovesEveryBreakdownByItsAmount_AndTheTotalsAddUp()
    {
        var applicant = await ApplicantAsync();
        var before = await ReportAsync();
        ShouldAddUp(before);

        var id = await NoticedAsync(applicant, Body(fixture.Items["A1"], new[] { applicant.Invention }));
        using var approver = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        using var payer = await TestClient.SignedInAsync(fixture, Roles.BureauStaff);
        await OkAsync(await ActAsync(approver.Http, id, "approve"));
        var batch = (await OkAsync(await payer.Http.PostAsJsonAsync("/api/funding/payment-batches", new { applicationIds = new[] { id } }, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await OkAsync(await payer.Http.PostAsync($"/api/funding/payment-batches/{batch}/paid", null, Ct));

        var after = await ReportAsync();
        ShouldAddUp(after);
        var (was, now) = (before.GetProperty("summary"), after.GetProperty("summary"));
        Money(now, "committed").ShouldBe(Money(was, "committed") + 7_500m);
        Money(now, "paid").ShouldBe(Money(was, "paid") + 7_500m);
        Money(now, "paidOnInventionPatents").ShouldBe(Money(was, "paidOnInventionPatents") + 7_500m, "A1 rewards invention patent grants");
        now.GetProperty("enterprisesSupported").GetInt32().ShouldBe(was.GetProperty("enterprisesSupported").GetInt32() + 1);
        now.GetProperty("inventionShare").GetDecimal().ShouldBe(Math.Round(Money(now, "paidOnInventionPatents") / Money(now, "paid"), 4));
        now.GetProperty("executionRate").GetDecimal().ShouldBe(Math.Round(Money(now, "paid") / Money(now, "appropriated"), 4));

        RowPaid(after, "byLine", "Subsidy").ShouldBe(RowPaid(before, "byLine", "Subsidy") + 7_500m);
        RowPaid(after, "byItem", "A1").ShouldBe(RowPaid(before, "byItem", "A1") + 7_500m);
        RowPaid(after, "byUnit", "350104001").ShouldBe(RowPaid(before, "byUnit", "350104001") + 7_500m);
        // The test enterprise is tagged Electrical and NewEnergy: counted once, on the row naming both.
        RowPaid(after, "byIndustry", "electrical,new-energy").ShouldBe(RowPaid(before, "byIndustry", "electrical,new-energy") + 7_500m);
        Row(after, "byIndustry", "electrical,new-energy")!.Value.GetProperty("label").GetString()!.ShouldContain("、");
        var month = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Row(after, "byMonth", month)!.Value.GetProperty("toPay").ValueKind.ShouldBe(JsonValueKind.Null, "approved in one month and paid in another: a month has nothing to pay");
        RowPaid(after, "byMonth", month).ShouldBe(RowPaid(before, "byMonth", month) + 7_500m);
        Money(Row(after, "byLine", "Subsidy")!.Value, "appropriated").ShouldBe(10_000_000m);

        var monitoring = await (await fixture.ClientAs(Roles.Leadership)).GetFromJsonAsync<JsonElement>($"/api/indicators/monitoring?year={fixture.Year}", Ct);
        var figures = monitoring.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        figures["funding-paid"].GetProperty("value").GetDecimal().ShouldBe(Money(now, "paid"), "the dashboard counts what the report counts");
        figures["funding-enterprises-supported"].GetProperty("value").GetDecimal().ShouldBe(now.GetProperty("enterprisesSupported").GetInt32());
        figures["funding-invention-share"].GetProperty("value").GetDecimal().ShouldBe(now.GetProperty("inventionShare").GetDecimal());
    }

    [Fact]
    public async Task Report_Export_HoldsTheFiveTablesWithTheirTotals()
    {
        var auditor = await fixture.ClientAs(Roles.Auditor);
        var report = await auditor.GetFromJsonAsync<JsonElement>($"/api/funding/years/{fixture.Year}/execution", Ct);

        var response = await auditor.GetAsync($"/api/funding/years/{fixture.Year}/execution/export", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var sheets = MiniExcel.GetSheetNames(body);
        sheets.ShouldBe(["按预算科目", "按月份", "按奖励项目", "按镇街", "按产业"]);
        body.Position = 0;
        var lines = (await body.QueryAsync(useHeaderRow: true, sheetName: "按预算科目", excelType: ExcelType.XLSX, cancellationToken: Ct)).Cast<IDictionary<string, object>>().ToList();
        lines.Count.ShouldBe(report.GetProperty("byLine").GetProperty("rows").GetArrayLength() + 1, "every line and the total row");
        Convert.ToDecimal(lines[^1]["已拨付（元）"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(Money(report.GetProperty("summary"), "paid"));
    }

    [Fact]
    public async Task Report_AYearNeverEntered_IsNotFound_AndAnOutOfRangeYearIsRefused()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);

        (await staff.GetAsync("/api/funding/years/2001/execution", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetAsync("/api/funding/years/1800/execution", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("zh-CN", "年度执行概要")]
    [InlineData("en-US", "The year at a glance")]
    public async Task ReportPage_ShowsTheSummaryChartsAndTables_InTheUsersLanguage(string culture, string heading)
    {
        var leader = await fixture.ClientAs(Roles.Leadership);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/funding/reports?year={fixture.Year}");
        request.Headers.AcceptLanguage.ParseAdd(culture);

        // Blazor writes non-ASCII text as character references.
        var html = WebUtility.HtmlDecode(await (await leader.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct));

        html.ShouldContain(heading);
        html.ShouldContain("data-testid=\"chart-lines\"");
        html.ShouldContain("data-testid=\"chart-months\"");
        foreach (var table in new[] { "table-lines", "table-months", "table-items", "table-units", "table-industries" })
        {
            html.ShouldContain($"data-testid=\"{table}\"");
        }
    }
}
