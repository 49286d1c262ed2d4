using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Indicators;

/// <summary>The self-assessment report (issue 4 §5): a background job producing a Chinese PDF and a workbook.</summary>
public sealed class SelfAssessmentReportTests(SelfAssessmentReportTests.App app) : IClassFixture<SelfAssessmentReportTests.App>
{
    /// <summary>For the refusals, which produce nothing; the reports themselves start an app of their own.</summary>
    public sealed class App() : SharedApp<IndicatorsFactory>(new IndicatorsFactory());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProduceReport_PilotWithRecords_PdfTitleDrawnAndWorkbookPerIndicator()
    {
        await using var factory = new IndicatorsFactory();
        factory.Calculators.Add(new TableCalculator("patent-applications", new Dictionary<DateOnly, decimal>
        {
            [new(2012, 12, 31)] = 100, [new(2013, 1, 1)] = 900, [new(2013, 12, 31)] = 1000, [new(2014, 6, 1)] = 1700,
        }));
        await factory.InitializeAsync();
        var client = await factory.ClientAsAsync(Roles.BureauStaff);

        var start = await client.PostAsJsonAsync("/api/indicators/reports", new { planId = "cangshan-2013" }, Ct);
        start.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var job = await WaitAsync(client, id);
        job.GetProperty("status").GetString().ShouldBe(nameof(JobStatus.Succeeded), job.ToString());
        job.GetProperty("progressPercent").GetInt32().ShouldBe(100);

        var pdf = await client.GetAsync($"/api/jobs/{id}/file", Ct);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        var directory = Directory.CreateTempSubdirectory("countyip-report-");
        try
        {
            var pdfPath = Path.Combine(directory.FullName, "report.pdf");
            await File.WriteAllBytesAsync(pdfPath, await pdf.Content.ReadAsByteArrayAsync(Ct), Ct);

            var text = await PdfTools.RunAsync("pdftotext", $"-f 1 -l 2 \"{pdfPath}\" -");
            text.ShouldContain("国家知识产权强县工程试点工作自评报告");
            text.ShouldContain("目标完成情况汇总");

            await PdfTools.RunAsync("pdftoppm", $"-png -r 50 -f 1 -l 1 \"{pdfPath}\" \"{Path.Combine(directory.FullName, "page")}\"");
            var png = Directory.GetFiles(directory.FullName, "page*.png").ShouldHaveSingleItem();
            new FileInfo(png).Length.ShouldBeGreaterThan(1000);
            // The title sits about a third down the A4 page (595×842 pt); at 50 dpi that band is y 150–300 px.
            await PdfTools.RunAsync("pdftoppm", $"-gray -r 50 -f 1 -l 1 -x 0 -y 150 -W 413 -H 150 \"{pdfPath}\" \"{Path.Combine(directory.FullName, "title")}\"");
            var pgm = Directory.GetFiles(directory.FullName, "title*.pgm").ShouldHaveSingleItem();
            PdfTools.DarkPixels(await File.ReadAllBytesAsync(pgm, Ct)).ShouldBeGreaterThan(300);
        }
        finally
        {
            directory.Delete(recursive: true);
        }

        var workbook = await client.GetAsync($"/api/indicators/reports/{id}/workbook", Ct);
        workbook.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var stream = new MemoryStream(await workbook.Content.ReadAsByteArrayAsync(Ct));
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(stream);
        sheets[0].ShouldBe("汇总");
        sheets.Count.ShouldBe(1 + factory.Plan.Targets.Count);
        stream.Position = 0;
        var evidenceRows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "patent-applications").Cast<IDictionary<string, object>>().ToList();
        // The pilot window 2013-01-01..2014-12-31 holds three of the four records (31 Dec 2012 is outside).
        evidenceRows.Select(r => r["日期"]?.ToString()).ShouldBe(["2013-01-01", "2013-12-31", "2014-06-01"]);
    }

    [Fact]
    public async Task ReportWorkbook_AnotherUsersJob_NotFound()
    {
        await using var factory = new IndicatorsFactory();
        await factory.InitializeAsync();
        var owner = await factory.ClientAsAsync(Roles.BureauStaff);
        var other = await factory.ClientAsAsync(Roles.Leadership);
        var start = await owner.PostAsJsonAsync("/api/indicators/reports", new { planId = "cangshan-2013" }, Ct);
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        (await WaitAsync(owner, id)).GetProperty("status").GetString().ShouldBe(nameof(JobStatus.Succeeded));

        (await other.GetAsync($"/api/indicators/reports/{id}/workbook", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.GetAsync($"/api/indicators/reports/{id}/workbook", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(Roles.TownLiaison)]
    [InlineData(Roles.BureauAdmin)]
    [InlineData(Roles.Auditor)]
    public async Task ProduceReport_RoleWithoutPermission_Forbidden(string role)
    {
        var factory = app.Factory;
        var client = await factory.ClientAsAsync(role, scopeId: role == Roles.TownLiaison ? "350104101" : null);

        IndicatorsFactory.IsRefused(await client.PostAsJsonAsync("/api/indicators/reports", new { planId = "cangshan-2013" }, Ct)).ShouldBeTrue();
        IndicatorsFactory.IsRefused(await client.GetAsync($"/api/indicators/reports/{Guid.NewGuid()}/workbook", Ct)).ShouldBeTrue();
        IndicatorsFactory.IsRefused(await client.GetAsync("/dashboard/report", Ct)).ShouldBeTrue();
    }

    private static async Task<JsonElement> WaitAsync(HttpClient client, Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var job = await client.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}", Ct);
            if (job.GetProperty("isFinished").GetBoolean() || DateTime.UtcNow > deadline)
            {
                return job;
            }

            await Task.Delay(250, Ct);
        }
    }
}
