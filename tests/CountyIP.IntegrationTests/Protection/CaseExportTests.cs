using System.Net;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using MiniExcelLibs;

namespace CountyIP.IntegrationTests.Protection;

/// <summary>The case list export: same filter as the list, identity masked, and the export recorded (issue 10 §5).</summary>
[Collection(ProtectionApp.Name)]
public sealed class CaseExportTests(ProtectionAppFactory factory)
{
    [Fact]
    public async Task Export_FilteredCases_WorkbookWithoutIdentityAndRecorded()
    {
        var respondent = "导出案件" + Guid.NewGuid().ToString("N")[..6];
        using var staff = factory.ClientAs(Roles.BureauStaff);
        await ProtectionApi.SubmitAsync(staff, ProtectionApi.Complaint(respondent, name: "张三丰", mobile: "13800138000"));
        await ProtectionApi.SubmitAsync(staff, ProtectionApi.Complaint("别的被投诉人" + Guid.NewGuid().ToString("N")[..6]));

        using var response = await staff.GetAsync(new Uri("/api/protection/cases/export?search=" + Uri.EscapeDataString(respondent), UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldNotBeNull().ShouldMatch(@"^投诉举报案件-\d{8}\.xlsx$");
        await using var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var row = (await body.QueryAsync(useHeaderRow: true, excelType: ExcelType.XLSX, cancellationToken: TestContext.Current.CancellationToken))
            .Cast<IDictionary<string, object>>().ShouldHaveSingleItem();
        row["被投诉方"].ShouldBe(respondent);
        row["已超期"].ShouldBe("否");
        row.Values.Select(v => v?.ToString()).ShouldNotContain("张三丰");
        row.Values.Select(v => v?.ToString()).ShouldNotContain("13800138000");
        (await ExportRecords.FindAsync(factory, "ProtectionCase", respondent)).ShouldHaveSingleItem().Detail.ShouldStartWith("1 rows ");
    }
}
