using System.Net;
using CountyIP.IntegrationTests.Registry;
using CountyIP.Modules.Import.Domain;
using MiniExcelLibs;
using static CountyIP.IntegrationTests.Import.ImportApiTests;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Import;

/// <summary>Issue 9: the app's own export, imported again unmodified, changes nothing; a modified one says what changes.</summary>
[Collection(RegistryApp.Name)]
public sealed class ImportRoundTripTests(RegistryAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<byte[]> ExportAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    [Fact]
    public async Task ReimportPatents_OwnUnmodifiedExport_PreviewsNoChange()
    {
        using var staff = await factory.StaffAsync();
        var name = $"往返{Guid.NewGuid():N}"[..10] + "有限公司";
        var code = CreditCode();
        var enterpriseId = await CreateAsync(staff, "/api/enterprises", Enterprise(name, code));
        await CreateAsync(staff, "/api/patents", Patent(PatentNumber(2013, '1'), name, creditCode: code));
        await CreateAsync(staff, "/api/patents", Patent(PatentNumber(2014, '2'), name, grantDate: null));
        await CreateAsync(staff, "/api/patents", new
        {
            applicationNumber = PatentNumber(2013, '1'),
            title = "一种电机控制方法",
            applicants = new object[] { new { name, creditCode = code, kind = "Organisation" }, new { name = "王五", kind = "Individual" } },
            inventors = "王五",
            filingDate = "2013-04-02",
            publicationNumber = "CN103000001A",
            publicationDate = "2013-10-02",
            grantDate = "2015-01-07",
            legalStatus = "Granted",
            serviceInvention = true,
            agencyName = "福州某专利代理事务所",
            annualFeePaidUntil = "2016-04-02",
        });
        var file = await ExportAsync(staff, $"/api/patents/export?enterpriseId={enterpriseId}");

        var preview = await PreviewAsync(staff, "patents", "patents.xlsx", file);

        preview.Status.ShouldBe(ImportStatus.Previewed, preview.Error);
        preview.Counts.ShouldBe(new ImportCounts(3, 0, 0, 3, 0), string.Join(" / ", preview.RowErrors.SelectMany(e => e.Reasons)) + " / " + string.Join(" / ", preview.Changes.SelectMany(c => c.Fields.Select(f => $"{f.Field}: {f.Old} → {f.New}"))));
        preview.Changes.ShouldBeEmpty();
    }

    [Fact]
    public async Task ReimportPatents_ExportWithEditedTitle_PreviewListsTheFieldOldAndNew()
    {
        using var staff = await factory.StaffAsync();
        var name = $"改名{Guid.NewGuid():N}"[..10] + "有限公司";
        var enterpriseId = await CreateAsync(staff, "/api/enterprises", Enterprise(name, CreditCode()));
        var number = PatentNumber(2013, '1');
        await CreateAsync(staff, "/api/patents", Patent(number, name));
        var exported = await ExportAsync(staff, $"/api/patents/export?enterpriseId={enterpriseId}");
        var rows = (await new MemoryStream(exported).QueryAsync(useHeaderRow: true, excelType: ExcelType.XLSX, cancellationToken: Ct))
            .Cast<IDictionary<string, object>>().ToList();
        var titleColumn = rows[0].Keys.Single(k => k == "发明名称" || k == "名称");
        var oldTitle = rows[0][titleColumn].ToString();
        rows[0][titleColumn] = "一种改进的锂离子电池正极材料";
        using var edited = new MemoryStream();
        await edited.SaveAsAsync(rows, excelType: ExcelType.XLSX, cancellationToken: Ct);

        var preview = await PreviewAsync(staff, "patents", "patents.xlsx", edited.ToArray());

        preview.Counts.Changed.ShouldBe(1);
        var change = preview.Changes.Single();
        change.Row.ShouldBe(2);
        change.Key.ShouldContain(number);
        var field = change.Fields.Single();
        field.Field.ShouldBe(titleColumn);
        field.Old.ShouldBe(oldTitle);
        field.New.ShouldBe("一种改进的锂离子电池正极材料");
    }
}
