using System.Net.Http.Json;
using System.Text;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.IntegrationTests.Registry;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Import.Domain;
using CountyIP.Modules.Registry.UseCases;
using CountyIP.Platform.Web;
using static CountyIP.IntegrationTests.Import.ImportApiTests;
using static CountyIP.IntegrationTests.Import.ImportFilesBuilder;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Import;

/// <summary>Trademarks, copyrights and enterprises go through the same upload → preview → apply path as patents.</summary>
[Collection(RegistryApp.Name)]
public sealed class ImportKindsTests(RegistryAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImportTrademarks_OwnerRegistered_LinksOwnerAndReimportIsUnchanged()
    {
        using var staff = await factory.StaffAsync();
        var enterprise = await CreateAsync(staff, "/api/enterprises", Enterprise("福州商标导入测试有限公司", CreditCode()));
        var number = TrademarkNumber();
        var file = Csv(
        [
            ["商标注册号", "商标名称", "国际分类", "注册人", "注册日期", "商标状态"],
            [number, "仓山牌", "9；35", "福州商标导入测试有限公司", "2012-03-14", "已注册"],
        ], Encoding.UTF8);

        var preview = await PreviewAsync(staff, "trademarks", "tm.csv", file);
        preview.Counts.New.ShouldBe(1, string.Join(" / ", preview.RowErrors.SelectMany(e => e.Reasons)));
        await ConfirmAsync(staff, preview.Id);

        var list = await staff.GetFromJsonAsync<PagedResult<TrademarkView>>($"/api/trademarks?q={number}", Json, Ct);
        var trademark = list!.Items.Single();
        trademark.NiceClasses.ShouldBe([9, 35]);
        trademark.EnterpriseId.ShouldBe(enterprise);
        trademark.RecordedStatus.ShouldBe(TrademarkStatus.Registered);
        trademark.ValidUntil.ShouldBe(new DateOnly(2022, 3, 13));
        // Registered 2012-03-14, not renewed: the term ended 2022-03-13, the grace period 2022-09-13 (ADR 0016).
        trademark.Status.ShouldBe(TrademarkStatus.Expired);
        (await PreviewAsync(staff, "trademarks", "tm.csv", file)).Counts.Unchanged.ShouldBe(1);
    }

    [Fact]
    public async Task ImportCopyrights_SoftwareAndWorks_KindFromNumberAndMissingDateInvalid()
    {
        using var staff = await factory.StaffAsync();
        var software = SoftwareNumber();
        var works = $"国作登字-2021-L-{Random.Shared.Next(10_000_000, 99_999_999)}";
        var file = Csv(
        [
            ["登记号", "软件名称", "著作权人", "登记日期"],
            [software, "仓山知识产权管理系统V1.0", "福州某软件有限公司", "2014/7/1"],
            [works, "仓山风光摄影作品", "林某", "20210302"],
            [SoftwareNumber(), "缺日期软件", "某公司", ""],
        ], Encoding.UTF8);

        var preview = await PreviewAsync(staff, "copyrights", "c.csv", file);

        preview.Counts.ShouldBe(new ImportCounts(3, 2, 0, 0, 1));
        preview.RowErrors.Single().Reasons.Single().ShouldStartWith("登记日期");
        await ConfirmAsync(staff, preview.Id);
        var found = await staff.GetFromJsonAsync<PagedResult<CopyrightView>>($"/api/copyrights?q={Uri.EscapeDataString(works)}", Json, Ct);
        found!.Items.Single().Kind.ShouldBe(CopyrightKind.Works);
        var soft = await staff.GetFromJsonAsync<PagedResult<CopyrightView>>($"/api/copyrights?q={software}", Json, Ct);
        soft!.Items.Single().RegisteredOn.ShouldBe(new DateOnly(2014, 7, 1));
    }

    [Fact]
    public async Task ImportEnterprises_ExistingCreditCode_UpdatesChangedFieldsAndKeepsOthers()
    {
        using var staff = await factory.StaffAsync();
        var existingCode = CreditCode();
        var existing = await CreateAsync(staff, "/api/enterprises", Enterprise("福州企业导入旧名有限公司", existingCode));
        var newCode = CreditCode();
        var file = Csv(
        [
            ["企业名称", "统一社会信用代码", "企业规模", "专职知识产权人员"],
            ["福州企业导入新名有限公司", existingCode.ToLowerInvariant(), "中型", "3"],
            ["福州新登记电子有限公司", newCode, "小型", "1"],
        ], Encoding.UTF8);

        var preview = await PreviewAsync(staff, "enterprises", "e.csv", file);
        preview.Counts.ShouldBe(new ImportCounts(2, 1, 1, 0, 0), string.Join(" / ", preview.RowErrors.SelectMany(e => e.Reasons)));
        await ConfirmAsync(staff, preview.Id);

        var updated = await staff.GetFromJsonAsync<EnterpriseDetails>($"/api/enterprises/{existing}", Json, Ct);
        updated!.Name.ShouldBe("福州企业导入新名有限公司");
        updated.Size.ShouldBe(EnterpriseSize.Medium);
        updated.FullTimeIpStaff.ShouldBe(3);
        updated.Designations.Count.ShouldBe(1);
        updated.HighTechCertificateNumber.ShouldBe("GR201335000123");
        (await staff.GetFromJsonAsync<EnterpriseDetails>($"/api/enterprises/by-credit-code/{newCode}", Json, Ct))!.Size.ShouldBe(EnterpriseSize.Small);
    }
}
