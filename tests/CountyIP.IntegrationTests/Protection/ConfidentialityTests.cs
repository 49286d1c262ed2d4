using System.Net;
using System.Net.Http.Json;
using System.Text;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Protection;

/// <summary>Closed cases are purged at once, so the purge can be tested.</summary>
public sealed class ImmediatePurgeAppFactory : ProtectionAppFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(base.ExtraSettings)
    {
        ["Protection:RetentionDays"] = "0",
    };
}

/// <summary>Issue 5 §3: the reporter's identity is seen by no one who does not handle the case.</summary>
public sealed class ConfidentialityTests(ImmediatePurgeAppFactory factory) : IClassFixture<ImmediatePurgeAppFactory>
{
    private static readonly string[] OtherRoles = [Roles.Enterprise, Roles.Leadership, Roles.TownLiaison, Roles.Auditor, Roles.BureauAdmin];

    [Fact]
    public async Task Identity_PlantedMarkers_OnlyHandlersSeeThemAndPurgeLeavesNoTrace()
    {
        var ct = TestContext.Current.CancellationToken;
        var unique = Guid.NewGuid().ToString("N");
        var nameMarker = "MARKNAME" + unique[..10];
        var mobile = "139" + string.Concat(unique.Where(char.IsAsciiDigit).Concat("12345678").Take(8));
        var emailMarker = $"mark{unique[..10]}@example.com";
        var markers = new[] { nameMarker, mobile, emailMarker };
        var department = await factory.DepartmentAsync("market-regulation");
        var respondent = "保密被投诉方" + unique[..6];

        using var anonymous = factory.ClientAs(null);
        using var handler = factory.ClientAs(Roles.BureauStaff, userName: "handler-" + unique[..8]);
        using var otherStaff = factory.ClientAs(Roles.BureauStaff, userName: "other-" + unique[..8]);
        using var liaison = factory.ClientAs(Roles.DepartmentLiaison, department);
        using var otherLiaison = factory.ClientAs(Roles.DepartmentLiaison, "culture-" + unique[..6]);

        var responses = new List<string>();
        async Task<string> Read(HttpResponseMessage response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            responses.Add(text);
            response.Dispose();
            return text;
        }

        using (var form = new MultipartFormDataContent
        {
            { new StringContent("TrademarkInfringement"), "kind" },
            { new StringContent(respondent), "respondent" },
            { new StringContent("仓山区"), "place" },
            { new StringContent("销售假冒商品"), "description" },
            { new StringContent(nameMarker), "name" },
            { new StringContent(mobile), "mobile" },
            { new StringContent(emailMarker), "email" },
            { new StringContent("true"), "consentToContact" },
        })
        {
            form.Add(new ByteArrayContent(UploadTests.JpegWithGps("GPS" + unique[..6])), "files", "photo.jpg");
            var submitted = await Read(await anonymous.PostAsync(new Uri("/api/portal/complaints", UriKind.Relative), form, ct));
            submitted.ShouldContain("trackingCode");
        }

        var code = responses[^1].Split('"')[3];
        var id = await ProtectionApi.CaseIdByRespondentAsync(handler, respondent);
        await ProtectionApi.ActOkAsync(handler, id, new { action = "StartReview" });
        await ProtectionApi.ActOkAsync(handler, id, new { action = "Accept" });
        await ProtectionApi.ActOkAsync(handler, id, new { action = "Assign", departments = new[] { department } });

        // Lists, details and the public tracking page, for every caller.
        foreach (var client in new[] { handler, otherStaff, liaison, otherLiaison, anonymous })
        {
            await Read(await client.GetAsync(new Uri("/api/protection/cases?search=" + Uri.EscapeDataString(respondent), UriKind.Relative), ct));
            await Read(await client.GetAsync(new Uri($"/api/protection/cases/{id}", UriKind.Relative), ct));
            await Read(await client.GetAsync(new Uri($"/api/portal/complaints/{code}", UriKind.Relative), ct));
        }

        foreach (var role in OtherRoles)
        {
            using var client = factory.ClientAs(role);
            using var list = await client.GetAsync(new Uri("/api/protection/cases", UriKind.Relative), ct);
            using var identity = await client.PostAsJsonAsync($"/api/protection/cases/{id}/complainant", new { reason = "查看" }, ct);
            list.StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
            identity.StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
            responses.Add(await identity.Content.ReadAsStringAsync(ct));
        }

        // A bureau officer who has not acted on the case is not handling it.
        using (var refused = await otherStaff.PostAsJsonAsync($"/api/protection/cases/{id}/complainant", new { reason = "好奇" }, ct))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            responses.Add(await refused.Content.ReadAsStringAsync(ct));
        }

        using (var noReason = await handler.PostAsJsonAsync($"/api/protection/cases/{id}/complainant", new { reason = " " }, ct))
        {
            noReason.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        }

        foreach (var text in responses)
        {
            foreach (var marker in markers)
            {
                text.ShouldNotContain(marker);
            }
        }

        responses.Any(r => r.Contains("139****", StringComparison.Ordinal)).ShouldBeTrue("lists show the masked mobile");

        // The handlers see it, with a reason.
        var seen = await handler.PostAsJsonAsync($"/api/protection/cases/{id}/complainant", new { reason = "联系投诉人补充证据" }, ct);
        (await seen.Content.ReadAsStringAsync(ct)).ShouldContain(nameMarker);
        var seenByLiaison = await liaison.PostAsJsonAsync($"/api/protection/cases/{id}/complainant", new { reason = "核实情况" }, ct);
        (await seenByLiaison.Content.ReadAsStringAsync(ct)).ShouldContain(mobile);

        // Issue 10 item 3: the audit trail is a required dependency — every confidential view is recorded,
        // the two granted views and the refused one (the officer who does not handle the case).
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            var caseKey = id.ToString();
            var views = await db.Set<AuditRecord>().AsNoTracking()
                .Where(r => r.Action == AuditActions.ViewConfidential && r.EntityType == "ProtectionCase" && r.EntityKey == caseKey)
                .Select(r => r.Outcome)
                .ToListAsync(ct);
            views.Count(o => o == AuditOutcome.Success).ShouldBe(2);
            views.Count(o => o == AuditOutcome.Denied).ShouldBe(1);
        }

        // No log line carries the identity.
        foreach (var line in factory.LogLines)
        {
            foreach (var marker in markers)
            {
                line.ShouldNotContain(marker);
            }
        }

        // Purge after retention: nothing left in the database file or the file store.
        string ciphertext;
        string evidenceKey;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
            var stored = await db.Set<ProtectionCase>().Include(c => c.Evidence).AsNoTracking().SingleAsync(c => c.Id == id, ct);
            ciphertext = stored.ProtectedIdentity.ShouldNotBeNull();
            evidenceKey = stored.Evidence.Single().FileKey;
        }

        await ProtectionApi.ActOkAsync(liaison, id, new { action = "DepartmentAccept" });
        await ProtectionApi.ActOkAsync(liaison, id, new { action = "StartHandling" });
        await ProtectionApi.ActOkAsync(liaison, id, new { action = "Conclude", outcome = "Penalized", result = "没收", publicOutcome = "已处理" });
        await ProtectionApi.ActOkAsync(handler, id, new { action = "InformComplainant" });

        // Notices (告知书): every part of each document, as the handler downloads it, and every other caller's answer.
        var notices = (await handler.GetFromJsonAsync<NoticeTests.CaseWithNotices>($"/api/protection/cases/{id}", ct))!.Notices;
        notices.Select(n => n.Kind).ShouldBe(["Acceptance", "Outcome"]);
        var noticeResponses = new List<string>();
        foreach (var notice in notices)
        {
            var url = new Uri($"/api/protection/cases/{id}/notices/{notice.Id}", UriKind.Relative);
            using (var download = await handler.GetAsync(url, ct))
            {
                download.StatusCode.ShouldBe(HttpStatusCode.OK);
                noticeResponses.Add(AllParts(await download.Content.ReadAsByteArrayAsync(ct)));
            }

            foreach (var client in new[] { otherStaff, otherLiaison, anonymous })
            {
                using var refused = await client.GetAsync(url, ct);
                refused.IsSuccessStatusCode.ShouldBeFalse();
                noticeResponses.Add(await refused.Content.ReadAsStringAsync(ct));
            }

            foreach (var role in OtherRoles)
            {
                using var client = factory.ClientAs(role);
                using var refused = await client.GetAsync(url, ct);
                refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
                noticeResponses.Add(await refused.Content.ReadAsStringAsync(ct));
            }
        }

        noticeResponses[0].ShouldContain("受理告知书");
        foreach (var text in noticeResponses)
        {
            foreach (var marker in markers)
            {
                text.ShouldNotContain(marker);
            }
        }
        await ProtectionApi.ActOkAsync(handler, id, new { action = "Close" });
        using (var purge = await handler.PostAsync(new Uri("/api/protection/purge-expired", UriKind.Relative), null, ct))
        {
            purge.StatusCode.ShouldBe(HttpStatusCode.OK, await purge.Content.ReadAsStringAsync(ct));
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IFileStore>().OpenRead(evidenceKey).ShouldBeNull();
        }

        if (!Infrastructure.TestDatabase.OnPostgres)
        {
            var bytes = ReadShared(Path.Combine(factory.Database.DataDirectory, "countyip.db"));
            var content = Encoding.Latin1.GetString(bytes);
            content.ShouldNotContain(ciphertext[..40]);
            content.ShouldNotContain(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(nameMarker)));
        }
    }

    /// <summary>The text of every part of a .docx (body, headers, properties), so a marker anywhere in it is found.</summary>
    private static string AllParts(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
