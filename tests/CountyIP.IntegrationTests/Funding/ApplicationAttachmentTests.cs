using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.IntegrationTests.ReferenceData;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Funding;

/// <summary>
/// Evidence files on applications (issue 12 §3 "attaches evidence") and the page that changes a draft or returned
/// application: upload, list, download and remove over the API and the pages; files judged by their bytes, too large,
/// too many; the application's scope (another enterprise, a town, anonymous); nothing changes once submitted; an item that
/// requires evidence is submitted only with some; a returned application changed and submitted again from its edit page.
/// </summary>
public sealed class ApplicationAttachmentTests(ApplicationAttachmentTests.Fixture fixture) : IClassFixture<ApplicationAttachmentTests.Fixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The app with a published policy: T1 training 200 per person-time; T2 the same but requiring evidence.</summary>
    public sealed class Fixture : SignedInFactory
    {
        public Guid Training { get; private set; }

        public Guid TrainingWithEvidence { get; private set; }

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Security:SignInAttemptsPerMinute"] = "100000",
        };

        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            var now = DateTime.UtcNow;
            var policy = new RewardPolicy("培训补助办法（附件测试）", "仓政综〔2013〕9号", new DateOnly(2013, 1, 1), null,
                [
                    new("T1", "培训补助", AchievementKind.Training, AmountMode.PerUnit, 200m, null, null, 1m, 1m, BudgetUse.PublicityTraining),
                    new("T2", "培训补助（须附材料）", AchievementKind.Training, AmountMode.PerUnit, 200m, null, null, 1m, 1m, BudgetUse.PublicityTraining, requiresEvidence: true),
                ],
                "test", now);
            policy.Publish("test", now);
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            db.Add(policy);
            await db.SaveChangesAsync();
            Training = policy.Items.Single(i => i.Code == "T1").Id;
            TrainingWithEvidence = policy.Items.Single(i => i.Code == "T2").Id;
        }
    }

    private sealed record Applicant(Guid Enterprise, TestClient Client);

    /// <summary>A district enterprise in unit 350104001 (the fixture's town) and its signed-in account.</summary>
    private async Task<Applicant> ApplicantAsync()
    {
        var staff = await fixture.ClientAs(Roles.BureauStaff);
        var name = $"附件{Guid.NewGuid():N}"[..10] + "有限公司";
        var enterprise = await CreateAsync(staff, "/api/enterprises", Enterprise(name, CreditCode()));
        return new Applicant(enterprise, await TestClient.SignedInAsync(fixture, Roles.Enterprise, enterprise.ToString()));
    }

    private async Task<Guid> DraftAsync(Applicant applicant, Guid? item = null)
    {
        using var response = await applicant.Client.Http.PostAsJsonAsync("/api/funding/applications", new
        {
            policyItemId = item ?? fixture.Training,
            quantity = 10m,
            bankAccountName = "某某有限公司",
            bankName = "中国银行福州仓山支行",
            bankAccount = "4071 0000 0000 0002",
        }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid application, byte[] content, string fileName, string? culture = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/funding/applications/{application}/attachments") { Content = form };
        if (culture is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(culture);
        }

        return await client.SendAsync(request, Ct);
    }

    private static async Task<JsonElement> UploadedAsync(HttpClient client, Guid application, byte[] content, string fileName)
    {
        using var response = await UploadAsync(client, application, content, fileName);
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> ApplicationAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/funding/applications/{id}", Ct);

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, string? note = null) =>
        client.PostAsJsonAsync($"/api/funding/applications/{id}/actions", new { action, note }, Ct);

    private static async Task ShouldBeAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, body);
    }

    private static byte[] Pdf(string marker) => EvidenceFiles.Pdf(marker);

    private async Task<int> StoredFilesAsync()
    {
        var root = Path.Combine(fixture.Database.DataDirectory, "files", "funding-evidence");
        return await Task.FromResult(Directory.Exists(root) ? Directory.GetFiles(root, "*.bin", SearchOption.AllDirectories).Length : 0);
    }

    [Fact]
    public async Task Upload_PdfToDraft_ListedAndDownloadedAsAnAttachmentByWhoeverSeesTheApplication()
    {
        var applicant = await ApplicantAsync();
        var id = await DraftAsync(applicant);

        var added = await UploadedAsync(applicant.Client.Http, id, Pdf("MARK-A"), "..\\..\\授权证书.pdf");

        added.GetProperty("fileName").GetString().ShouldBe("授权证书.pdf");
        added.GetProperty("contentType").GetString().ShouldBe("application/pdf");
        added.GetProperty("uploadedBy").GetString().ShouldBe(applicant.Client.User!.UserName);
        var attachment = added.GetProperty("id").GetGuid();
        var view = await ApplicationAsync(applicant.Client.Http, id);
        view.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ShouldBe([attachment]);
        view.GetProperty("canEdit").GetBoolean().ShouldBeTrue();

        using var download = await applicant.Client.GetAsync($"/api/funding/applications/{id}/attachments/{attachment}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("授权证书.pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        (await download.Content.ReadAsByteArrayAsync(Ct)).AsSpan().StartsWith("%PDF-"u8).ShouldBeTrue();

        // Staff, leaders and auditors read submitted applications; the town of its unit too.
        (await ActAsync(applicant.Client.Http, id, "submit")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var role in new[] { Roles.TownLiaison, Roles.BureauStaff, Roles.Leadership, Roles.Auditor })
        {
            using var read = await (await fixture.ClientAs(role)).GetAsync(new Uri($"/api/funding/applications/{id}/attachments/{attachment}", UriKind.Relative), Ct);
            read.StatusCode.ShouldBe(HttpStatusCode.OK, role);
        }
    }

    [Fact]
    public async Task Upload_ScriptNamedPdf_RefusedByItsContent_InTheCallersLanguage_NothingStored()
    {
        var applicant = await ApplicantAsync();
        var id = await DraftAsync(applicant);
        var before = await StoredFilesAsync();

        using var chinese = await UploadAsync(applicant.Client.Http, id, "#!/bin/sh\nrm -rf /\n"u8.ToArray(), "证书.pdf", "zh-CN");
        using var english = await UploadAsync(applicant.Client.Http, id, "<html><script>alert(1)</script></html>"u8.ToArray(), "photo.png", "en-US");

        chinese.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var zh = JsonDocument.Parse(await chinese.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors").GetProperty("file")[0].GetString();
        zh.ShouldStartWith("文件 证书.pdf 不是 PDF");
        english.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var en = JsonDocument.Parse(await english.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors").GetProperty("file")[0].GetString();
        en.ShouldStartWith("The file photo.png is not a PDF");
        (await ApplicationAsync(applicant.Client.Http, id)).GetProperty("attachments").GetArrayLength().ShouldBe(0);
        (await StoredFilesAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_Refused_NothingStored()
    {
        var applicant = await ApplicantAsync();
        var id = await DraftAsync(applicant);
        var big = new byte[EvidenceInspector.MaxBytes + 10];
        "%PDF-1.4\n"u8.CopyTo(big);

        using var response = await UploadAsync(applicant.Client.Http, id, big, "扫描件.pdf", "zh-CN");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("超过 20 MB");
        (await ApplicationAsync(applicant.Client.Http, id)).GetProperty("attachments").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Upload_OfficeAndImage_KeptWithTheirTypes_MetadataStripped()
    {
        var applicant = await ApplicantAsync();
        var id = await DraftAsync(applicant);

        var docx = await UploadedAsync(applicant.Client.Http, id, EvidenceFiles.Docx("张三丰"), "合同");
        var png = await UploadedAsync(applicant.Client.Http, id, EvidenceFiles.Png(), "现场.jpg");

        docx.GetProperty("fileName").GetString().ShouldBe("合同.docx");
        docx.GetProperty("contentType").GetString().ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        png.GetProperty("fileName").GetString().ShouldBe("现场.png");
        using var download = await applicant.Client.GetAsync($"/api/funding/applications/{id}/attachments/{docx.GetProperty("id").GetGuid()}");
        using var zip = new ZipArchive(new MemoryStream(await download.Content.ReadAsByteArrayAsync(Ct)));
        using var core = new StreamReader(zip.GetEntry("docProps/core.xml")!.Open());
        (await core.ReadToEndAsync(Ct)).ShouldNotContain("张三丰");
    }

    [Fact]
    public async Task Attachments_AnotherEnterprisesApplication_NotFound_AndNothingChanges()
    {
        var owner = await ApplicantAsync();
        var other = await ApplicantAsync();
        var id = await DraftAsync(owner);
        var attachment = (await UploadedAsync(owner.Client.Http, id, Pdf("MARK-O"), "合同.pdf")).GetProperty("id").GetGuid();

        await ShouldBeAsync(await UploadAsync(other.Client.Http, id, Pdf("MARK-X"), "冒充.pdf"), HttpStatusCode.NotFound);
        await ShouldBeAsync(await other.Client.GetAsync($"/api/funding/applications/{id}/attachments/{attachment}"), HttpStatusCode.NotFound);
        await ShouldBeAsync(await other.Client.Http.DeleteAsync($"/api/funding/applications/{id}/attachments/{attachment}", Ct), HttpStatusCode.NotFound);
        // A town sees no draft; staff see no draft they did not file.
        await ShouldBeAsync(await (await fixture.ClientAs(Roles.TownLiaison)).GetAsync(new Uri($"/api/funding/applications/{id}/attachments/{attachment}", UriKind.Relative), Ct), HttpStatusCode.NotFound);
        await ShouldBeAsync(await (await fixture.ClientAs(Roles.BureauStaff)).DeleteAsync(new Uri($"/api/funding/applications/{id}/attachments/{attachment}", UriKind.Relative), Ct), HttpStatusCode.NotFound);

        (await ApplicationAsync(owner.Client.Http, id)).GetProperty("attachments").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Attachments_Anonymous_Unauthorized_TownAndLeader_MayNotUploadOrRemove()
    {
        var applicant = await ApplicantAsync();
        var id = await DraftAsync(applicant);
        var attachment = (await UploadedAsync(applicant.Client.Http, id, Pdf("MARK-N"), "发票.pdf")).GetProperty("id").GetGuid();
        using var anonymous = new TestClient(fixture);

        await ShouldBeAsync(await UploadAsync(anonymous.Http, id, Pdf("MARK-N2"), "x.pdf"), HttpStatusCode.Unauthorized);
        await ShouldBeAsync(await anonymous.GetAsync($"/api/funding/applications/{id}/attachments/{attachment}"), HttpStatusCode.Unauthorized);
        await ShouldBeAsync(await anonymous.Http.DeleteAsync($"/api/funding/applications/{id}/attachments/{attachment}", Ct), HttpStatusCode.Unauthorized);
        foreach (var role in new[] { Roles.TownLiaison, Roles.Leadership, Roles.Auditor })
        {
            var client = await fixture.ClientAs(role);
            await ShouldBeAsync(await UploadAsync(client, id, Pdf("MARK-N3"), "x.pdf"), HttpStatusCode.Forbidden);
            await ShouldBeAsync(await client.DeleteAsync(new Uri($"/api/funding/applications/{id}/attachments/{attachment}", UriKind.Relative), Ct), HttpStatusCode.Forbidden);
        }

        (await ApplicationAsync(applicant.Client.Http, id)).GetProperty("attachments").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Attachments_SubmittedApplication_NotEditable_409_UntilReturned()
    {
        var applicant = await ApplicantAsync();
        var id = await DraftAsync(applicant);
        var attachment = (await UploadedAsync(applicant.Client.Http, id, Pdf("MARK-S"), "签到表.pdf")).GetProperty("id").GetGuid();
        (await ActAsync(applicant.Client.Http, id, "submit")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var upload = await UploadAsync(applicant.Client.Http, id, Pdf("MARK-S2"), "补充.pdf", "zh-CN");
        using var remove = await applicant.Client.Http.DeleteAsync($"/api/funding/applications/{id}/attachments/{attachment}", Ct);

        upload.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await upload.Content.ReadAsStringAsync(Ct)).ShouldContain("funding.not-editable");
        remove.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var view = await ApplicationAsync(applicant.Client.Http, id);
        view.GetProperty("attachments").GetArrayLength().ShouldBe(1);
        view.GetProperty("canEdit").GetBoolean().ShouldBeFalse();

        // Returned for more information: the enterprise may add what was asked for.
        (await ActAsync(await fixture.ClientAs(Roles.TownLiaison), id, "return", "请补充培训照片。")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await UploadedAsync(applicant.Client.Http, id, EvidenceFiles.Png(), "培训照片.png");
        (await ApplicationAsync(applicant.Client.Http, id)).GetProperty("attachments").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Remove_FromDraft_GoneWithItsFile_AndBothStepsAudited()
    {
        var applicant = await ApplicantAsync();
        var id = await DraftAsync(applicant);
        var attachment = (await UploadedAsync(applicant.Client.Http, id, Pdf("MARK-R"), "合同.pdf")).GetProperty("id").GetGuid();
        string key;
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            key = (await db.Set<FundingApplication>().AsNoTracking().SelectMany(a => a.Attachments).SingleAsync(f => f.Id == attachment, Ct)).FileKey;
        }

        using var removed = await applicant.Client.Http.DeleteAsync($"/api/funding/applications/{id}/attachments/{attachment}", Ct);

        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ApplicationAsync(applicant.Client.Http, id)).GetProperty("attachments").GetArrayLength().ShouldBe(0);
        await ShouldBeAsync(await applicant.Client.GetAsync($"/api/funding/applications/{id}/attachments/{attachment}"), HttpStatusCode.NotFound);
        await ShouldBeAsync(await applicant.Client.Http.DeleteAsync($"/api/funding/applications/{id}/attachments/{attachment}", Ct), HttpStatusCode.NotFound);
        await using var check = fixture.Services.CreateAsyncScope();
        check.ServiceProvider.GetRequiredService<IFileStore>().OpenRead(key).ShouldBeNull();
        var audited = await check.ServiceProvider.GetRequiredService<CountyIpDbContext>().Set<AuditRecord>().AsNoTracking()
            .Where(r => r.EntityKey == attachment.ToString()).Select(r => new { r.Action, r.EntityType, r.Actor, r.After }).ToListAsync(Ct);
        audited.Select(r => r.Action).Order().ShouldBe([AuditActions.Create, AuditActions.Delete]);
        audited.ShouldAllBe(r => r.Actor == applicant.Client.User!.UserName && r.EntityType!.Contains("Attachment"));
        audited.Single(r => r.Action == AuditActions.Create).After!.ShouldNotContain("合同.pdf");
    }

    [Fact]
    public async Task Submit_ItemRequiringEvidence_RefusedWithoutAttachment_AcceptedWithOne()
    {
        var applicant = await ApplicantAsync();
        var id = await DraftAsync(applicant, fixture.TrainingWithEvidence);
        (await ApplicationAsync(applicant.Client.Http, id)).GetProperty("evidenceRequired").GetBoolean().ShouldBeTrue();

        using var refused = await ActAsync(applicant.Client.Http, id, "submit");

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("funding.evidence-required");
        (await ApplicationAsync(applicant.Client.Http, id)).GetProperty("status").GetString().ShouldBe("Draft");
        await UploadedAsync(applicant.Client.Http, id, Pdf("MARK-E"), "签到表.pdf");
        using var accepted = await ActAsync(applicant.Client.Http, id, "submit");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Upload_NoFileOrTwoFiles_400_AndTheApplicationLimitIs409()
    {
        var applicant = await ApplicantAsync();
        var id = await DraftAsync(applicant);

        using var empty = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        using var none = await applicant.Client.Http.PostAsync($"/api/funding/applications/{id}/attachments", empty, Ct);
        none.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var two = new MultipartFormDataContent
        {
            { new ByteArrayContent(Pdf("MARK-1")), "file", "a.pdf" },
            { new ByteArrayContent(Pdf("MARK-2")), "file", "b.pdf" },
        };
        using var both = await applicant.Client.Http.PostAsync($"/api/funding/applications/{id}/attachments", two, Ct);
        both.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        for (var i = 0; i < FundingApplication.MaxAttachments; i++)
        {
            await UploadedAsync(applicant.Client.Http, id, Pdf($"MARK-{i}"), $"第{i}页.pdf");
        }

        using var tooMany = await UploadAsync(applicant.Client.Http, id, Pdf("MARK-LAST"), "多余.pdf");
        tooMany.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await tooMany.Content.ReadAsStringAsync(Ct)).ShouldContain("funding.too-many-attachments");
        (await ApplicationAsync(applicant.Client.Http, id)).GetProperty("attachments").GetArrayLength().ShouldBe(FundingApplication.MaxAttachments);
    }

    [Fact]
    public async Task DetailPage_UploadAndRemoveThroughTheForms_ListedThenGone()
    {
        var applicant = await ApplicantAsync();
        var id = await DraftAsync(applicant);
        var url = $"/funding/applications/{id}";

        using var uploaded = await PostFileFormAsync(applicant.Client, url, ("签到表.pdf", Pdf("MARK-P")), ("照片.png", EvidenceFiles.Png()));

        uploaded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Local(uploaded).ShouldStartWith($"{url}?done=attached");
        var page = await applicant.Client.GetPageAsync($"{url}?done=attached");
        page.QuerySelector("[data-testid='attachment-done']").ShouldNotBeNull();
        page.QuerySelectorAll("[data-testid='attachment-row'] a").Select(a => a.TextContent.Trim()).ShouldBe(["签到表.pdf", "照片.png"], ignoreOrder: true);
        page.QuerySelector("[data-testid='edit-application']")!.GetAttribute("href").ShouldBe($"{url}/edit");

        // The remove form of the sign-in sheet's row (files uploaded together are listed by name).
        var remove = page.QuerySelectorAll("[data-testid='attachment-row']").Single(r => r.TextContent.Contains("签到表.pdf", StringComparison.Ordinal))
            .QuerySelector("form") as AngleSharp.Html.Dom.IHtmlFormElement;
        var values = Forms.Values(remove.ShouldNotBeNull());
        using var removed = await applicant.Client.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(values), Ct);
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ApplicationAsync(applicant.Client.Http, id)).GetProperty("attachments").EnumerateArray()
            .Select(a => a.GetProperty("fileName").GetString()).ShouldBe(["照片.png"]);
    }

    [Fact]
    public async Task DetailPage_RefusedFile_MessageUnderTheList_NothingAdded()
    {
        var applicant = await ApplicantAsync();
        var id = await DraftAsync(applicant);
        var url = $"/funding/applications/{id}";

        using var response = await PostFileFormAsync(applicant.Client, url, ("说明.pdf", Encoding.UTF8.GetBytes("just text")));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("[data-testid='attachment-error']")!.TextContent.ShouldContain("说明.pdf");
        (await ApplicationAsync(applicant.Client.Http, id)).GetProperty("attachments").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task DetailPage_ReaderOnly_SeesTheFilesWithoutUploadOrRemove()
    {
        var applicant = await ApplicantAsync();
        var id = await DraftAsync(applicant);
        await UploadedAsync(applicant.Client.Http, id, Pdf("MARK-V"), "证书.pdf");
        (await ActAsync(applicant.Client.Http, id, "submit")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var town = new TestClient(fixture);
        await town.SignInAsync(await fixture.CreateAsync(Roles.TownLiaison, "350104001"));
        var page = await town.GetPageAsync($"/funding/applications/{id}");

        page.QuerySelectorAll("[data-testid='attachment-row']").Length.ShouldBe(1);
        page.QuerySelector("[data-testid='attach-form']").ShouldBeNull();
        page.QuerySelector("[data-testid='edit-application']").ShouldBeNull();
        page.QuerySelectorAll("form").ShouldNotContain(f => f.InnerHtml.Contains("remove-attachment"));
    }

    [Fact]
    public async Task EditPage_ReturnedApplication_ShowsTheReason_ChangedAndSubmittedAgain()
    {
        var applicant = await ApplicantAsync();
        var id = await DraftAsync(applicant);
        (await ActAsync(applicant.Client.Http, id, "submit")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ActAsync(await fixture.ClientAs(Roles.TownLiaison), id, "return", "人次与签到表不符，请核对。")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var url = $"/funding/applications/{id}/edit";

        var page = await applicant.Client.GetPageAsync(url);
        page.QuerySelector("[data-testid='reason']")!.TextContent.ShouldContain("人次与签到表不符");
        ((IHtmlInputElement)page.QuerySelector("#quantity")!).Value.ShouldBe("10");
        using var response = await applicant.Client.SubmitFormAsync(page, url, "edit-application", new Dictionary<string, string>
        {
            ["Input.Quantity"] = "8",
            ["Input.BankName"] = "兴业银行福州仓山支行",
            ["Input.Intent"] = "submit",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        Local(response).ShouldBe($"/funding/applications/{id}");
        var view = await ApplicationAsync(applicant.Client.Http, id);
        view.GetProperty("status").GetString().ShouldBe("Submitted");
        view.GetProperty("quantity").GetDecimal().ShouldBe(8m);
        view.GetProperty("amount").GetDecimal().ShouldBe(1_600m);
        view.GetProperty("bankName").GetString().ShouldBe("兴业银行福州仓山支行");
    }

    [Fact]
    public async Task EditPage_SaveWithoutEvidenceTheItemRequires_SavedButNotSubmitted_WithTheReason()
    {
        var applicant = await ApplicantAsync();
        var id = await DraftAsync(applicant, fixture.TrainingWithEvidence);
        var url = $"/funding/applications/{id}/edit";

        using var response = await applicant.Client.SubmitFormAsync(url, "edit-application", new Dictionary<string, string>
        {
            ["Input.Quantity"] = "12",
            ["Input.Intent"] = "submit",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("[data-testid='form-error']")!.TextContent.ShouldContain("须附证明材料");
        var view = await ApplicationAsync(applicant.Client.Http, id);
        view.GetProperty("status").GetString().ShouldBe("Draft");
        view.GetProperty("quantity").GetDecimal().ShouldBe(12m);
    }

    [Fact]
    public async Task EditPage_BadQuantity_MessageFromTheCommandsRules_NothingSaved()
    {
        var applicant = await ApplicantAsync();
        var id = await DraftAsync(applicant);

        using var response = await applicant.Client.SubmitFormAsync($"/funding/applications/{id}/edit", "edit-application", new Dictionary<string, string>
        {
            ["Input.Quantity"] = "1.234",
            ["Input.Intent"] = "save",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).QuerySelector("[data-testid='form-error']")!.TextContent.ShouldContain("两位小数");
        (await ApplicationAsync(applicant.Client.Http, id)).GetProperty("quantity").GetDecimal().ShouldBe(10m);
    }

    [Fact]
    public async Task EditPage_OtherEnterpriseNotFound_TownRefused_AnonymousSentToSignIn_SubmittedNotEditable()
    {
        var owner = await ApplicantAsync();
        var other = await ApplicantAsync();
        var id = await DraftAsync(owner);
        var url = $"/funding/applications/{id}/edit";

        using (var notFound = await other.Client.GetAsync(url))
        {
            notFound.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using (var town = await (await fixture.ClientAs(Roles.TownLiaison)).GetAsync(new Uri(url, UriKind.Relative), Ct))
        {
            town.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            town.Headers.Location!.OriginalString.ShouldContain("/account/access-denied");
        }

        using (var anonymous = await new TestClient(fixture).GetAsync(url))
        {
            anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            anonymous.Headers.Location!.OriginalString.ShouldContain("/account/login");
        }

        (await ActAsync(owner.Client.Http, id, "submit")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await owner.Client.GetPageAsync(url);
        page.QuerySelector("[data-testid='not-editable']").ShouldNotBeNull();
        page.QuerySelector("[data-testid='edit-form']").ShouldBeNull();
        page.QuerySelector("[data-testid='attach-form']").ShouldBeNull();
    }

    private static string Local(HttpResponseMessage response) => new Uri(TestClient.BaseAddress, response.Headers.Location!).PathAndQuery;

    /// <summary>Posts the page's upload form as a browser does: multipart with its antiforgery token and the files.</summary>
    private static async Task<HttpResponseMessage> PostFileFormAsync(TestClient client, string url, params (string Name, byte[] Content)[] files)
    {
        var page = await client.GetPageAsync(url);
        var form = Forms.Find(page, "attach");
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in Forms.Values(form))
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "file", name);
        }

        using (content)
        {
            return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content, Ct);
        }
    }
}

/// <summary>Small genuine files of each kind the evidence upload accepts.</summary>
internal static class EvidenceFiles
{
    /// <summary>A one-page PDF with <paramref name="marker"/> in its text (PDFsharp reads it, as the inspector does).</summary>
    public static byte[] Pdf(string marker)
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        document.Info.Author = marker;
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>A 1×1 PNG.</summary>
    public static byte[] Png() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>A minimal .docx whose author is <paramref name="author"/>.</summary>
    public static byte[] Docx(string author)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }

            Add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            Add("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>合同</w:t></w:r></w:p></w:body></w:document>");
            Add("docProps/core.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>{author}</dc:creator></cp:coreProperties>");
        }

        return buffer.ToArray();
    }
}
