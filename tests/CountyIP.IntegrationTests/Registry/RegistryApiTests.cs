using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.UseCases;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

[Collection(RegistryApp.Name)]
public sealed class RegistryApiTests(RegistryAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task CreateEnterprise_ValidInput_ReadableByIdAndCreditCodeInAnyForm()
    {
        using var staff = await factory.StaffAsync();
        var code = CreditCode();
        var id = await CreateAsync(staff, "/api/enterprises", Enterprise("福州仓山电气有限公司", code.ToLowerInvariant()));

        var byId = await staff.GetFromJsonAsync<EnterpriseDetails>($"/api/enterprises/{id}", Ct);
        byId!.CreditCode.ShouldBe(code);
        byId.IndustryTags.ShouldBe(PlanIndustry.Electrical | PlanIndustry.NewEnergy);
        byId.Designations.Single().Level.ShouldBe(DesignationLevel.Provincial);

        var fullWidth = string.Concat(code.Select(c => (char)(c + 0xFEE0)));
        var byCode = await staff.GetFromJsonAsync<EnterpriseDetails>($"/api/enterprises/by-credit-code/{Uri.EscapeDataString(" " + fullWidth)}", Ct);
        byCode!.Id.ShouldBe(id);
    }

    [Fact]
    public async Task CreateEnterprise_WrongCheckCharacter_Returns400NamingFieldAndExpectedCharacter()
    {
        using var staff = await factory.StaffAsync();
        var code = CreditCode();
        var wrongCheck = code[17] == '0' ? '1' : '0';

        var response = await staff.PostAsJsonAsync("/api/enterprises", Enterprise("校验位错误公司", code[..17] + wrongCheck), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        problem!.Errors.ShouldContainKey("creditCode");
        problem.Errors["creditCode"].Single().ShouldContain(code[17].ToString());
    }

    [Fact]
    public async Task GetByCreditCode_InvalidCode_Returns400()
    {
        using var staff = await factory.StaffAsync();

        var response = await staff.GetAsync(new Uri("/api/enterprises/by-credit-code/91350100M000100Y44", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("3");
    }

    [Fact]
    public async Task CreateEnterprise_DuplicateCreditCode_Returns409()
    {
        using var staff = await factory.StaffAsync();
        var code = CreditCode();
        await CreateAsync(staff, "/api/enterprises", Enterprise("重复甲公司", code));

        var response = await staff.PostAsJsonAsync("/api/enterprises", Enterprise("重复乙公司", code), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task UpdateEnterprise_StaleVersion_Returns409AndCurrentVersionSucceeds()
    {
        using var staff = await factory.StaffAsync();
        var code = CreditCode();
        var id = await CreateAsync(staff, "/api/enterprises", Enterprise("版本测试公司", code));
        var current = await staff.GetFromJsonAsync<EnterpriseDetails>($"/api/enterprises/{id}", Ct);

        var stale = await staff.PutAsJsonAsync($"/api/enterprises/{id}", new { name = "版本测试公司", creditCode = code, version = Guid.NewGuid() }, Ct);
        var fresh = await staff.PutAsJsonAsync($"/api/enterprises/{id}", new { name = "版本测试有限公司", creditCode = code, fullTimeIpStaff = 2, version = current!.Version }, Ct);

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        fresh.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = await staff.GetFromJsonAsync<EnterpriseDetails>($"/api/enterprises/{id}", Ct);
        after!.Name.ShouldBe("版本测试有限公司");
        after.FullTimeIpStaff.ShouldBe(2);
        after.Designations.ShouldBeEmpty();
    }

    [Fact]
    public async Task LogContact_Entry_AppearsInEnterpriseContactLog()
    {
        using var staff = await factory.StaffAsync();
        var id = await CreateAsync(staff, "/api/enterprises", Enterprise("走访测试公司", CreditCode()));

        var response = await staff.PostAsJsonAsync($"/api/enterprises/{id}/contact-log", new { date = "2013-06-18", kind = "Visit", note = "上门宣讲专利资助政策" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var details = await staff.GetFromJsonAsync<EnterpriseDetails>($"/api/enterprises/{id}", Ct);
        details!.ContactLog.Single().Note.ShouldBe("上门宣讲专利资助政策");
        details.ContactLog.Single().Kind.ShouldBe(ContactKind.Visit);
    }

    [Fact]
    public async Task CreatePatent_PrefixedNumberWithoutDot_StoredCanonicalTypedAndLinked()
    {
        using var staff = await factory.StaffAsync();
        var code = CreditCode();
        var enterpriseId = await CreateAsync(staff, "/api/enterprises", Enterprise("福州锂电新材料有限公司", code, unit: "350104103"));
        var number = PatentNumber(2013, '2');

        var id = await CreateAsync(staff, "/api/patents", Patent("ZL " + number.Replace(".", string.Empty, StringComparison.Ordinal), "福州锂电新材料有限公司"));

        var patent = await staff.GetFromJsonAsync<PatentDetails>($"/api/patents/{id}", Ct);
        patent!.ApplicationNumber.ShouldBe(number);
        patent.Type.ShouldBe(PatentType.UtilityModel);
        patent.EnterpriseId.ShouldBe(enterpriseId);
        patent.UnitCode.ShouldBe("350104103");
        patent.FirstApplicantInDistrict.ShouldBeTrue();
        patent.ServiceInvention.ShouldBeTrue();
        patent.RecordedStatus.ShouldBe(PatentLegalStatus.Granted);
        // A utility model filed 2013-03-01: its 10-year term ended on 2023-02-28 (ADR 0016).
        patent.LegalStatus.ShouldBe(PatentLegalStatus.Expired);
        patent.IpcMain.ShouldBe("H01M 4/131");
        patent.IpcFurther.ShouldBe(["H01M 10/0525", "H01M 4/36"]);
        patent.Applicants.Single().CreditCode.ShouldBe(code);
    }

    [Fact]
    public async Task GetPatentByNumber_AnyAcceptedForm_FindsIt()
    {
        using var staff = await factory.StaffAsync();
        var number = PatentNumber();
        var id = await CreateAsync(staff, "/api/patents", Patent(number, "王五"));

        foreach (var form in new[] { number, "CN" + number, number.Replace(".", string.Empty, StringComparison.Ordinal), $"ZL {number[..4]} {number[4]} {number[5..]}" })
        {
            var found = await staff.GetFromJsonAsync<PatentDetails>($"/api/patents/by-number/{Uri.EscapeDataString(form)}", Ct);
            found!.Id.ShouldBe(id);
        }
    }

    [Fact]
    public async Task CreatePatent_WrongCheckCharacter_Returns400WithExpectedOne()
    {
        using var staff = await factory.StaffAsync();

        var response = await staff.PostAsJsonAsync("/api/patents", Patent("201310123456.X", "某某公司"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        problem!.Errors["applicationNumber"].Single().ShouldContain("2");
    }

    [Fact]
    public async Task CreatePatent_BadIpcAndBadApplicantCode_Returns400PerField()
    {
        using var staff = await factory.StaffAsync();
        var body = new
        {
            applicationNumber = PatentNumber(),
            title = "测试",
            applicants = new[] { new { name = "某某公司", creditCode = "91350100M000100Y44" } },
            filingDate = "2013-01-01",
            ipcMain = "Z99",
        };

        var response = await staff.PostAsJsonAsync("/api/patents", body, Ct);

        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        problem!.Errors.Keys.ShouldBe(["applicants[0].creditCode", "ipcMain"], ignoreOrder: true);
    }

    [Fact]
    public async Task CreatePatent_ExternalIndividualApplicant_MarkedExternalNotServiceInvention()
    {
        using var staff = await factory.StaffAsync();
        var body = new
        {
            applicationNumber = PatentNumber(2014, '3'),
            title = "包装盒（茶叶）",
            applicants = new[] { new { name = "赵六" } },
            applicantAddress = "福建省厦门市思明区",
            filingDate = "2014-02-01",
        };

        var id = await CreateAsync(staff, "/api/patents", body);

        var patent = await staff.GetFromJsonAsync<PatentDetails>($"/api/patents/{id}", Ct);
        patent!.FirstApplicantInDistrict.ShouldBeFalse();
        patent.ServiceInvention.ShouldBeFalse();
        patent.Applicants.Single().Kind.ShouldBe(ApplicantKind.Individual);
        patent.LegalStatus.ShouldBe(PatentLegalStatus.Pending);
        patent.Type.ShouldBe(PatentType.Design);
    }

    [Fact]
    public async Task UpdatePatent_StatusChange_RecordedInHistory()
    {
        using var staff = await factory.StaffAsync();
        var number = PatentNumber();
        var id = await CreateAsync(staff, "/api/patents", Patent(number, "孙七", grantDate: null));

        var response = await staff.PutAsJsonAsync($"/api/patents/{id}", new
        {
            applicationNumber = number,
            title = "一种锂离子电池正极材料及其制备方法",
            applicants = new[] { new { name = "孙七" } },
            filingDate = "2013-03-01",
            grantDate = "2015-01-07",
            legalStatus = "Granted",
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var patent = await staff.GetFromJsonAsync<PatentDetails>($"/api/patents/{id}", Ct);
        patent!.StatusHistory.Select(s => s.Status).ShouldBe([PatentLegalStatus.Pending, PatentLegalStatus.Granted]);
    }

    [Fact]
    public async Task ListPatents_Filters_ReturnOnlyMatchingRows()
    {
        using var staff = await factory.StaffAsync();
        var name = "筛选测试" + Guid.NewGuid().ToString("N")[..6] + "有限公司";
        var enterpriseId = await CreateAsync(staff, "/api/enterprises", Enterprise(name, CreditCode()));
        await CreateAsync(staff, "/api/patents", Patent(PatentNumber(2013, '1'), name));
        await CreateAsync(staff, "/api/patents", Patent(PatentNumber(2013, '3'), name, grantDate: null));

        var granted = await staff.GetFromJsonAsync<PagedResult<PatentSummary>>($"/api/patents?enterpriseId={enterpriseId}&granted=true", Ct);
        var designs = await staff.GetFromJsonAsync<PagedResult<PatentSummary>>($"/api/patents?enterpriseId={enterpriseId}&type=Design", Ct);
        var paged = await staff.GetFromJsonAsync<PagedResult<PatentSummary>>($"/api/patents?enterpriseId={enterpriseId}&pageSize=1&page=2", Ct);

        granted!.Items.Single().Type.ShouldBe(PatentType.Invention);
        designs!.Items.Single().Type.ShouldBe(PatentType.Design);
        paged!.Total.ShouldBe(2);
        paged.Items.Count.ShouldBe(1);
        paged.Page.ShouldBe(2);
    }

    [Fact]
    public async Task EnterpriseFigures_TwoPatents_CountsByTypeYearGrantedValid()
    {
        using var staff = await factory.StaffAsync();
        var name = "画像测试" + Guid.NewGuid().ToString("N")[..6] + "有限公司";
        var enterpriseId = await CreateAsync(staff, "/api/enterprises", Enterprise(name, CreditCode()));
        await CreateAsync(staff, "/api/patents", Patent(PatentNumber(2013, '1'), name));
        await CreateAsync(staff, "/api/patents", Patent(PatentNumber(2013, '2'), name, grantDate: null));

        var figures = await staff.GetFromJsonAsync<EnterpriseFigures>($"/api/enterprises/{enterpriseId}/figures", Ct);

        figures!.PatentCount.ShouldBe(2);
        figures.GrantedCount.ShouldBe(1);
        figures.ValidCount.ShouldBe(1);
        figures.PatentsByTypeAndYear.ShouldContain(c => c.Type == PatentType.Invention && c.Year == 2013 && c.Granted == 1);
    }

    [Fact]
    public async Task TrademarkCrud_WithRecognition_RoundTrips()
    {
        using var staff = await factory.StaffAsync();
        var enterpriseId = await CreateAsync(staff, "/api/enterprises", Enterprise("商标测试公司", CreditCode()));
        var number = TrademarkNumber();
        var id = await CreateAsync(staff, "/api/trademarks", new
        {
            registrationNumber = number, mark = "仓山", niceClasses = "第9类、35", ownerName = "商标测试公司", enterpriseId,
            registrationDate = "2012-01-14", status = "Registered",
            recognitions = new[] { new { kind = "Famous", year = 2013, validUntil = "2016-12-31" } },
        });

        var tm = await staff.GetFromJsonAsync<TrademarkView>($"/api/trademarks/{id}", Ct);
        tm!.NiceClasses.ShouldBe([9, 35]);
        tm.ValidUntil.ShouldBe(new DateOnly(2022, 1, 13));
        tm.Recognitions.Single().Kind.ShouldBe(RecognitionKind.Famous);

        var update = await staff.PutAsJsonAsync($"/api/trademarks/{id}", new { registrationNumber = number, mark = "仓山", niceClasses = "46", ownerName = "x" }, Ct);
        update.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var list = await staff.GetFromJsonAsync<PagedResult<TrademarkView>>($"/api/trademarks?enterpriseId={enterpriseId}&recognition=Famous", Ct);
        list!.Items.Single().Id.ShouldBe(id);
    }

    [Fact]
    public async Task CopyrightCrud_SoftwareAndWorks_ValidatedPerKind()
    {
        using var staff = await factory.StaffAsync();
        var software = SoftwareNumber();
        var id = await CreateAsync(staff, "/api/copyrights", new { kind = "Software", registrationNumber = software.ToLowerInvariant(), certificateNumber = "软著登字第0712345号", title = "企业知识产权管理系统V1.0", ownerName = "某软件公司", registeredOn = "2014-03-02" });
        var works = await staff.PostAsJsonAsync("/api/copyrights", new { kind = "Works", registrationNumber = "2014SR000001", title = "图", ownerName = "某", registeredOn = "2014-03-02" }, Ct);

        (await staff.GetFromJsonAsync<CopyrightView>($"/api/copyrights/{id}", Ct))!.RegistrationNumber.ShouldBe(software);
        works.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var update = await staff.PutAsJsonAsync($"/api/copyrights/{id}", new { kind = "Software", registrationNumber = software, title = "企业知识产权管理系统V2.0", ownerName = "某软件公司", registeredOn = "2014-03-02" }, Ct);
        update.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task StandardsAndAgencies_CreateUpdateList_Work()
    {
        using var staff = await factory.StaffAsync();
        var enterpriseId = await CreateAsync(staff, "/api/enterprises", Enterprise("标准测试公司", CreditCode()));
        var standardId = await CreateAsync(staff, "/api/standards", new { number = "gb/t4754-2017", title = "国民经济行业分类", level = "National", role = "Participate", kind = "Revision", startYear = 2015, enterpriseId });
        var agencyId = await CreateAsync(staff, "/api/agencies", new { name = "福州某专利代理事务所", creditCode = CreditCode(), kind = "PatentAgency", unitCode = "350104001", services = "专利代理" });

        (await staff.GetFromJsonAsync<StandardsProjectView>($"/api/standards/{standardId}", Ct))!.Number.ShouldBe("GB/T 4754-2017");
        var badStandard = await staff.PutAsJsonAsync($"/api/standards/{standardId}", new { number = "4754-2017", title = "x", startYear = 2015, enterpriseId }, Ct);
        badStandard.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var unknownOwner = await staff.PostAsJsonAsync("/api/standards", new { title = "x", startYear = 2015, enterpriseId = Guid.NewGuid() }, Ct);
        unknownOwner.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var closed = await staff.PutAsJsonAsync($"/api/agencies/{agencyId}", new { name = "福州某专利代理事务所", kind = "PatentAgency", closedOn = "2015-01-01" }, Ct);
        closed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var inactive = await staff.GetFromJsonAsync<PagedResult<ServiceAgencyView>>("/api/agencies?active=false", Ct);
        inactive!.Items.ShouldContain(a => a.Id == agencyId);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesRegistryRoutes()
    {
        using var client = factory.CreateClient();

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct);

        foreach (var path in new[] { "/api/enterprises", "/api/patents/by-number/{applicationNumber}", "/api/enterprises/by-credit-code/{code}", "/api/trademarks", "/api/copyrights", "/api/standards", "/api/agencies" })
        {
            document.ShouldContain($"\"{path}\"");
        }
    }
}
