using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.IntegrationTests.Registry;
using CountyIP.Modules.Import.Domain;
using CountyIP.Modules.Import.UseCases;
using CountyIP.Modules.Registry.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CountyIP.Modules.Import.Api;
using MiniExcelLibs;
using static CountyIP.IntegrationTests.Import.ImportFilesBuilder;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Import;

[Collection(RegistryApp.Name)]
public sealed class ImportApiTests(RegistryAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Fact]
    public async Task Import_CnipaCsvWithBom_PreviewsAppliesAndReimportChangesNothing()
    {
        using var staff = await factory.StaffAsync();
        var code = CreditCode();
        var enterprise = await CreateAsync(staff, "/api/enterprises", Enterprise("福州导入测试电气有限公司", code));
        var first = PatentNumber();
        var second = PatentNumber(type: '2');
        var third = PatentNumber();
        var wrongCheck = third[..^1] + (third[^1] == '0' ? "1" : "0");
        var fullWidth = string.Concat(first.Replace(".", string.Empty, StringComparison.Ordinal).Select(c => (char)(c + 0xFEE0)));
        List<string[]> rows =
        [
            [.. CnipaHeaders, "备注"],
            [.. Row(" " + fullWidth + " ", "福州导入测试电气有限公司；王五", "2013/5/1", grantDate: "20140507", status: "有效"), "x"],
            [.. Row(second, "赵六", "2013.06.02"), ""],
            [.. Row(wrongCheck, "钱七", "2013-07-03"), ""],
        ];
        var file = Csv(rows, new UTF8Encoding(true), bom: true);

        var preview = await PreviewAsync(staff, "patents", "cnipa.csv", file);

        preview.Status.ShouldBe(ImportStatus.Previewed, preview.Error);
        preview.Counts.ShouldBe(new ImportCounts(3, 2, 0, 0, 1), string.Join(" / ", preview.RowErrors.SelectMany(e => e.Reasons)));
        preview.UnknownColumns.ShouldBe(["备注"]);
        preview.RowErrors.Single().Row.ShouldBe(4);
        preview.RowErrors.Single().Reasons.Single().ShouldStartWith("申请号");

        var applied = await ConfirmAsync(staff, preview.Id);
        applied.Status.ShouldBe(ImportStatus.Applied, applied.Error);
        applied.Counts.New.ShouldBe(2);

        var patent = await staff.GetFromJsonAsync<PatentDetails>($"/api/patents/by-number/{first}", Json, Ct);
        patent!.FilingDate.ShouldBe(new DateOnly(2013, 5, 1));
        patent.GrantDate.ShouldBe(new DateOnly(2014, 5, 7));
        patent.Applicants.Select(a => a.Name).ShouldBe(["福州导入测试电气有限公司", "王五"]);
        patent.Applicants[0].EnterpriseId.ShouldBe(enterprise);
        patent.EnterpriseId.ShouldBe(enterprise);
        patent.IpcFurther.Count.ShouldBe(2);
        (await staff.GetFromJsonAsync<PatentDetails>($"/api/patents/by-number/{second}", Json, Ct))!.FilingDate.ShouldBe(new DateOnly(2013, 6, 2));

        var again = await PreviewAsync(staff, "patents", "cnipa.csv", file);
        again.Counts.ShouldBe(new ImportCounts(3, 0, 0, 2, 1));
        var reapplied = await ConfirmAsync(staff, again.Id);
        reapplied.Counts.Unchanged.ShouldBe(2);
        (await staff.GetFromJsonAsync<PatentDetails>($"/api/patents/by-number/{first}", Json, Ct))!.Version.ShouldBe(patent.Version);
    }

    [Fact]
    public async Task Import_Gb18030CsvWithApplicantKind_ReadsChineseAndOverridesKind()
    {
        using var staff = await factory.StaffAsync();
        var number = PatentNumber(type: '3');
        List<string[]> rows = [[.. CnipaHeaders, "申请人类型"], [.. Row(number, "福州仓山某某设计工作室"), "个人"]];
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var preview = await PreviewAsync(staff, "patents", "gb.csv", Csv(rows, Encoding.GetEncoding("GB18030")));
        preview.Counts.New.ShouldBe(1, string.Join(";", preview.RowErrors.SelectMany(e => e.Reasons)));
        await ConfirmAsync(staff, preview.Id);

        var patent = await staff.GetFromJsonAsync<PatentDetails>($"/api/patents/by-number/{number}", Json, Ct);
        patent!.Title.ShouldBe("一种锂离子电池正极材料");
        patent.Applicants.Single().Kind.ShouldBe(CountyIP.Modules.Registry.Domain.ApplicantKind.Individual);
        patent.ServiceInvention.ShouldBeFalse();
    }

    [Fact]
    public async Task Import_XlsxWithSerialDatesAndFormula_AcceptsDatesRefusesFormulaCell()
    {
        using var staff = await factory.StaffAsync();
        var good = PatentNumber();
        var withFormula = PatentNumber();
        XCell[] header = [new("申请号"), new("申请日"), new("名称"), new("申请人")];
        var file = Xlsx(
        [
            header,
            [new XCell(good), new XCell(Number: 41395), new XCell("一种电机"), new XCell("福州某电机厂")],
            [new XCell(withFormula), new XCell("2013-05-01", Formula: "TODAY()"), new XCell("一种电器"), new XCell("福州某电器厂")],
        ]);

        var preview = await PreviewAsync(staff, "patents", "export.xlsx", file);

        preview.Counts.ShouldBe(new ImportCounts(2, 1, 0, 0, 1));
        preview.RowErrors.Single().Row.ShouldBe(3);
        preview.RowErrors.Single().Reasons.Single().ShouldContain("B3");
        await ConfirmAsync(staff, preview.Id);
        (await staff.GetFromJsonAsync<PatentDetails>($"/api/patents/by-number/{good}", Json, Ct))!.FilingDate.ShouldBe(new DateOnly(2013, 5, 1));

        var invalid = await staff.GetAsync(new Uri($"/api/imports/{preview.Id}/invalid-rows", UriKind.Relative), Ct);
        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var workbook = new MemoryStream(await invalid.Content.ReadAsByteArrayAsync(Ct));
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Single()["行号"]!.ToString().ShouldBe("3");
        rows.Single()["原因"]!.ToString()!.ShouldContain("公式");
        rows.Single()["申请号"]!.ToString().ShouldBe(withFormula);
    }

    [Fact]
    public async Task Import_AllOrNothingWithInvalidRow_ConfirmRefusedAndNothingWritten()
    {
        using var staff = await factory.StaffAsync();
        var valid = PatentNumber();
        List<string[]> rows = [CnipaHeaders, Row(valid, "孙八"), Row(valid[..^1] + "Z", "周九")];

        var preview = await PreviewAsync(staff, "patents", "strict.csv", Csv(rows, Encoding.UTF8), mode: "all-or-nothing");
        preview.Counts.Invalid.ShouldBe(1);
        preview.CanConfirm.ShouldBeFalse();

        var confirm = await staff.PostAsync(new Uri($"/api/imports/{preview.Id}/confirm", UriKind.Relative), null, Ct);
        confirm.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await staff.GetAsync(new Uri($"/api/patents/by-number/{valid}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Import_DatabaseFailsMidApply_NothingOfTheBatchIsWritten()
    {
        using var staff = await factory.StaffAsync();
        var numbers = Enumerable.Range(0, 1600).Select(_ => PatentNumber()).ToList();
        var poison = $"毒丸{Guid.NewGuid():N}";
        List<string[]> rows = [CnipaHeaders];
        rows.AddRange(numbers.Select((n, i) => Row(n, "吴十", title: i == 1500 ? poison : "一种测试装置")));
        var preview = await PreviewAsync(staff, "patents", "kill.csv", Csv(rows, Encoding.UTF8));
        preview.Counts.New.ShouldBe(1600);

        // A trigger makes the database refuse row 1501: the first 1000 rows were already sent in an earlier batch.
        await ExecuteSqlAsync(TestDatabase.OnPostgres
            ? $"CREATE FUNCTION poison_{poison[2..]}() RETURNS trigger AS $$ BEGIN IF NEW.\"Title\" = '{poison}' THEN RAISE EXCEPTION 'poison'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql; CREATE TRIGGER poison_{poison[2..]} BEFORE INSERT ON registry_patents FOR EACH ROW EXECUTE FUNCTION poison_{poison[2..]}();"
            : $"CREATE TRIGGER poison_{poison[2..]} BEFORE INSERT ON registry_patents WHEN NEW.Title = '{poison}' BEGIN SELECT RAISE(ABORT, 'poison'); END;");

        var result = await ConfirmAsync(staff, preview.Id);

        result.Status.ShouldBe(ImportStatus.ApplyFailed);
        result.Error.ShouldNotBeNull();
        foreach (var n in new[] { numbers[0], numbers[999], numbers[1499] })
        {
            (await staff.GetAsync(new Uri($"/api/patents/by-number/{n}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "program.xlsx", "exe", "可执行程序" },
        { "secret.xlsx", "ole", "加密" },
        { "empty.csv", "empty", "为空" },
        { "renamed.xlsx", "text", "不是可读取" },
        { "bomb.xlsx", "bomb", "解压后体积异常" },
        { "binary.csv", "binary", "不是可读取" },
        { "notes.pdf", "text", ".xlsx 或 .csv" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Upload_BadFile_Returns400WithLocalisedMessageAndStoresNothing(string fileName, string content, string expected)
    {
        using var staff = await factory.StaffAsync();
        byte[] bytes = content switch
        {
            "exe" => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04],
            "ole" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00],
            "empty" => [],
            "bomb" => ZipBomb(),
            "binary" => [0x01, 0x00, 0x02, 0x00, 0x41, 0x42],
            _ => Encoding.UTF8.GetBytes("申请号,申请日\n1,2"),
        };

        var response = await UploadAsync(staff, "patents", fileName, bytes);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        problem!.Errors["file"].Single().ShouldContain(expected);
        var list = await staff.GetFromJsonAsync<PagedImports>("/api/imports", Json, Ct);
        list!.Items.ShouldNotContain(i => i.FileName == fileName);
    }

    [Fact]
    public async Task Upload_Over50MB_Returns400()
    {
        using var staff = await factory.StaffAsync();
        var bytes = new byte[(50 * 1024 * 1024) + 1];
        Array.Fill(bytes, (byte)'a');

        var response = await UploadAsync(staff, "patents", "big.csv", bytes);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct))!.Errors["file"].Single().ShouldContain("50 MB");
    }

    [Fact]
    public async Task Import_MissingRequiredColumn_PreviewFailsNamingTheColumn()
    {
        using var staff = await factory.StaffAsync();
        List<string[]> rows = [["申请号", "发明名称", "申请人"], [PatentNumber(), "一种装置", "某公司"]];

        var preview = await PreviewAsync(staff, "patents", "partial.csv", Csv(rows, Encoding.UTF8));

        preview.Status.ShouldBe(ImportStatus.PreviewFailed);
        preview.Error!.ShouldContain("申请日");
        preview.CanConfirm.ShouldBeFalse();
    }

    [Theory]
    [InlineData(Roles.Leadership)]
    [InlineData(Roles.TownLiaison)]
    [InlineData(Roles.Enterprise)]
    [InlineData(Roles.BureauAdmin)]
    public async Task Upload_WithoutImportPermission_Returns403(string role)
    {
        using var client = await factory.ClientForAsync(role, role == Roles.Enterprise ? ScopeKind.Enterprise : role == Roles.TownLiaison ? ScopeKind.Unit : ScopeKind.District, role is Roles.Enterprise ? Guid.NewGuid().ToString() : role is Roles.TownLiaison ? "350104001" : null);

        var response = await UploadAsync(client, "patents", "x.csv", Csv([CnipaHeaders, Row(PatentNumber(), "某人")], Encoding.UTF8));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync(new Uri("/api/imports", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task GetImport_AnotherStaffMembersImport_Returns404()
    {
        using var owner = await factory.StaffAsync();
        using var other = await factory.StaffAsync();
        var preview = await PreviewAsync(owner, "patents", "mine.csv", Csv([CnipaHeaders, Row(PatentNumber(), "某人")], Encoding.UTF8));

        (await other.GetAsync(new Uri($"/api/imports/{preview.Id}", UriKind.Relative), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsync(new Uri($"/api/imports/{preview.Id}/confirm", UriKind.Relative), null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task ExecuteSqlAsync(string sql)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        await db.Database.ExecuteSqlRawAsync(sql, Ct);
    }

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string kind, string fileName, byte[] bytes, string? mode = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (mode is not null)
        {
            form.Add(new StringContent(mode), "mode");
        }

        return await client.PostAsync(new Uri($"/api/imports/{kind}", UriKind.Relative), form, Ct);
    }

    internal static async Task<ImportView> PreviewAsync(HttpClient client, string kind, string fileName, byte[] bytes, string? mode = null)
    {
        var response = await UploadAsync(client, kind, fileName, bytes, mode);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync(Ct));
        var id = (await response.Content.ReadFromJsonAsync<ImportCreated>(Json, Ct))!.Id;
        return await WaitAsync(client, id);
    }

    internal static async Task<ImportView> ConfirmAsync(HttpClient client, Guid id)
    {
        var response = await client.PostAsync(new Uri($"/api/imports/{id}/confirm", UriKind.Relative), null, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync(Ct));
        return await WaitAsync(client, id);
    }

    private static async Task<ImportView> WaitAsync(HttpClient client, Guid id)
    {
        for (var i = 0; i < 600; i++)
        {
            var view = await client.GetFromJsonAsync<ImportView>($"/api/imports/{id}", Json, Ct);
            if (view!.Status is not (ImportStatus.Previewing or ImportStatus.Applying))
            {
                return view;
            }

            await Task.Delay(100, Ct);
        }

        var last = await client.GetStringAsync(new Uri($"/api/imports/{id}", UriKind.Relative), Ct);
        var jobs = await client.GetStringAsync(new Uri("/api/jobs", UriKind.Relative), Ct);
        throw new TimeoutException($"Import {id} did not finish: {last} jobs: {jobs}");
    }
}
