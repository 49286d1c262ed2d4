using System.Net;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Security;
using MiniExcelLibs;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

[Collection(RegistryApp.Name)]
public sealed class RegistryExportTests(RegistryAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<IDictionary<string, object>>> ReadXlsxAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var body = new MemoryStream();
        await response.Content.CopyToAsync(body, Ct);
        body.Position = 0;
        var rows = await body.QueryAsync(useHeaderRow: true, excelType: ExcelType.XLSX, cancellationToken: Ct);
        return [.. rows.Cast<IDictionary<string, object>>()];
    }

    [Fact]
    public async Task ExportPatents_FilteredList_IsRealXlsxWithOnlyMatchingRows()
    {
        using var staff = await factory.StaffAsync();
        var name = $"导出{Guid.NewGuid():N}"[..10] + "有限公司";
        var enterpriseId = await CreateAsync(staff, "/api/enterprises", Enterprise(name, CreditCode()));
        var first = PatentNumber(2013, '1');
        var second = PatentNumber(2014, '2');
        await CreateAsync(staff, "/api/patents", Patent(first, name));
        await CreateAsync(staff, "/api/patents", Patent(second, name));
        await CreateAsync(staff, "/api/patents", Patent(PatentNumber(), "别的公司"));

        using var response = await staff.GetAsync(new Uri($"/api/patents/export?enterpriseId={enterpriseId}&sort=number", UriKind.Relative), Ct);
        var rows = await ReadXlsxAsync(response);

        rows.Count.ShouldBe(2);
        rows.Select(r => r["申请号"]?.ToString()).ShouldBe(new[] { first, second }.Order(StringComparer.Ordinal));
        rows[0]["专利类型"].ShouldBe(first[4] == '1' ? "发明" : "实用新型");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldNotBeNull().ShouldMatch(@"^专利台账-\d{8}\.xlsx$");
        var record = (await ExportRecords.FindAsync(factory, "Patent", enterpriseId.ToString())).ShouldHaveSingleItem();
        record.Detail.ShouldStartWith("2 rows ");
        record.Outcome.ShouldBe(AuditOutcome.Success);
    }

    [Fact]
    public async Task ExportEnterprises_EnterpriseUser_ContainsOnlyOwnEnterprise()
    {
        using var staff = await factory.StaffAsync();
        var code = CreditCode();
        var own = await CreateAsync(staff, "/api/enterprises", Enterprise("导出范围甲公司", code));
        await CreateAsync(staff, "/api/enterprises", Enterprise("导出范围乙公司", CreditCode()));
        using var client = await factory.ClientForAsync(Roles.Enterprise, ScopeKind.Enterprise, own.ToString());

        var rows = await ReadXlsxAsync(await client.GetAsync(new Uri("/api/enterprises/export", UriKind.Relative), Ct));

        rows.Single()["统一社会信用代码"].ShouldBe(code);
    }

    [Theory]
    [InlineData("/api/trademarks/export")]
    [InlineData("/api/copyrights/export")]
    [InlineData("/api/standards/export")]
    [InlineData("/api/agencies/export")]
    public async Task ExportOtherLists_Staff_ProducesReadableWorkbook(string url)
    {
        using var staff = await factory.StaffAsync();
        var enterpriseId = await CreateAsync(staff, "/api/enterprises", Enterprise("导出其他公司" + Guid.NewGuid().ToString("N")[..4], CreditCode()));
        await CreateAsync(staff, "/api/trademarks", new { registrationNumber = TrademarkNumber(), mark = "闽江", niceClasses = "9", ownerName = "x", enterpriseId });
        await CreateAsync(staff, "/api/copyrights", new { kind = "Works", registrationNumber = "国作登字-2014-F-" + Random.Shared.Next(10_000_000, 99_999_999), title = "图", ownerName = "x", enterpriseId, registeredOn = "2014-01-01" });
        await CreateAsync(staff, "/api/standards", new { title = "企业标准", startYear = 2014, enterpriseId });
        await CreateAsync(staff, "/api/agencies", new { name = "某代理所" + Guid.NewGuid().ToString("N")[..4] });

        var rows = await ReadXlsxAsync(await staff.GetAsync(new Uri(url, UriKind.Relative), Ct));

        rows.Count.ShouldBeGreaterThan(0);
    }
}
