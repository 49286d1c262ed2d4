using System.Globalization;
using System.IO.Compression;
using System.Text;
using CountyIP.Platform.Files;
using PdfSharp.Pdf.IO;

namespace CountyIP.UnitTests.Platform.Files;

public sealed class EvidenceInspectorTests
{
    internal static byte[] JpegWithGps(string marker)
    {
        using var s = new MemoryStream();
        s.Write([0xFF, 0xD8]);
        Segment(s, 0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(s, 0xE1, [.. "Exif\0\0"u8, .. Encoding.ASCII.GetBytes("GPSLatitude " + marker)]);
        Segment(s, 0xE1, [.. Encoding.ASCII.GetBytes("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>" + marker)]);
        Segment(s, 0xFE, Encoding.ASCII.GetBytes("comment " + marker));
        Segment(s, 0xDB, new byte[65]);
        s.Write([0xFF, 0xDA, 0x00, 0x02, 0x12, 0x34, 0x56, 0xFF, 0xD9]);
        return s.ToArray();
    }

    internal static byte[] PngWithText(string marker)
    {
        using var s = new MemoryStream();
        s.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(s, "IHDR", new byte[13]);
        Chunk(s, "tEXt", Encoding.ASCII.GetBytes("Author\0" + marker));
        Chunk(s, "eXIf", Encoding.ASCII.GetBytes("MM\0*GPS" + marker));
        Chunk(s, "IDAT", [1, 2, 3]);
        Chunk(s, "IEND", []);
        return s.ToArray();
    }

    /// <summary>
    /// A one-page PDF whose Info dictionary (Author, Creator, Title) and XMP stream carry <paramref name="marker"/>, followed
    /// by an incremental update with a second Info dictionary (an earlier revision a byte-level edit would leave behind).
    /// </summary>
    internal static byte[] PdfWithMetadata(string marker)
    {
        var xmp = $"<?xpacket begin=\"\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>XMP{marker}</dc:creator></x:xmpmeta><?xpacket end=\"w\"?>";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 6 0 R >>",
            $"<< /Author (AUTHOR{marker}) /Creator (CREATOR{marker}) /Title (TITLE{marker}) /Producer (PRODUCER{marker}) >>",
            $"<< /Type /Metadata /Subtype /XML /Length {xmp.Length} >>\nstream\n{xmp}\nendstream",
            "<< /Length 0 >>\nstream\n\nendstream",
        };
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        var updated = text.Length;
        text.Append(CultureInfo.InvariantCulture, $"7 0 obj\n<< /Author (UPDATED{marker}) >>\nendobj\n");
        var xref2 = text.Length;
        text.Append(CultureInfo.InvariantCulture, $"xref\n7 1\n{updated:D10} 00000 n \ntrailer\n<< /Size 8 /Root 1 0 R /Info 7 0 R /Prev {xref} >>\nstartxref\n{xref2}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    internal static byte[] Docx(string author, int documentBytes = 100)
    {
        using var s = new MemoryStream();
        using (var zip = new ZipArchive(s, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Write(zip, "word/document.xml", "<w:document xmlns:w=\"x\">" + new string('a', documentBytes) + "</w:document>");
            Write(zip, "docProps/core.xml",
                "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + $"<dc:title>证据</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy></cp:coreProperties>");
        }

        return s.ToArray();
    }

    [Fact]
    public void Inspect_JpegWithGpsAndComments_StripsMetadataKeepsImage()
    {
        var (file, rejection) = EvidenceInspector.Inspect(JpegWithGps("MARK-J"), "photo.jpg");

        rejection.ShouldBe(EvidenceRejection.None);
        var text = Encoding.ASCII.GetString(file!.Content);
        text.ShouldNotContain("MARK-J");
        text.ShouldNotContain("Exif");
        text.ShouldContain("JFIF");
        file.Content[^2..].ShouldBe(new byte[] { 0xFF, 0xD9 });
        file.Type.ShouldBe(EvidenceType.Jpeg);
    }

    [Fact]
    public void Inspect_PngWithTextAndExif_StripsChunks()
    {
        var (file, _) = EvidenceInspector.Inspect(PngWithText("MARK-P"), "screen.png");

        var text = Encoding.ASCII.GetString(file!.Content);
        text.ShouldNotContain("MARK-P");
        text.ShouldContain("IDAT");
        text.ShouldContain("IEND");
    }

    [Fact]
    public void Inspect_DocxWithAuthor_RemovesAuthorKeepsTitle()
    {
        var (file, rejection) = EvidenceInspector.Inspect(Docx("张三丰"), "合同.docx");

        rejection.ShouldBe(EvidenceRejection.None);
        using var zip = new ZipArchive(new MemoryStream(file!.Content));
        using var reader = new StreamReader(zip.GetEntry("docProps/core.xml")!.Open());
        var core = reader.ReadToEnd();
        core.ShouldNotContain("张三丰");
        core.ShouldContain("证据");
        file.Type.ShouldBe(EvidenceType.Docx);
    }

    [Fact]
    public void Inspect_PdfWithAuthorAndXmp_RewritesWithoutMetadata()
    {
        var marker = "M" + Guid.NewGuid().ToString("N")[..10];

        var (file, rejection) = EvidenceInspector.Inspect(PdfWithMetadata(marker), "证据.pdf");

        rejection.ShouldBe(EvidenceRejection.None);
        file.ShouldNotBeNull().Type.ShouldBe(EvidenceType.Pdf);
        Encoding.Latin1.GetString(file.Content).ShouldNotContain(marker);
        using var reopened = PdfReader.Open(new MemoryStream(file.Content), PdfDocumentOpenMode.Import);
        reopened.PageCount.ShouldBe(1);
        reopened.Info.Author.ShouldBeEmpty();
        reopened.Info.Title.ShouldBeEmpty();
        reopened.Info.Creator.ShouldNotContain(marker);
        // PDFsharp writes its own XMP packet on save (producer and dates only); the uploaded one is gone.
        var xmp = reopened.Internals.Catalog.Elements.GetDictionary("/Metadata")?.Stream.UnfilteredValue ?? [];
        Encoding.UTF8.GetString(xmp).ShouldNotContain(marker);
    }

    /// <summary>
    /// Issue 18 §8 "PDF evidence keeps active content": a PDF that runs JavaScript on opening, launches a program from a
    /// link, carries an embedded file and a file attachment is stored without any of them; its plain web link stays.
    /// </summary>
    [Fact]
    public void Inspect_PdfWithScriptsLaunchAndEmbeddedFile_StoredWithoutThem()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /AA << /WC 5 0 R >> /Names << /JavaScript << /Names [(init) 5 0 R] >> /EmbeddedFiles << /Names [(payload.exe) 6 0 R] >> >> >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /AA << /O 5 0 R >> /Annots [7 0 R 8 0 R 9 0 R] >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            "<< /Type /Action /S /JavaScript /JS (app.alert\\('pwned'\\)) >>",
            "<< /Type /Filespec /F (payload.exe) /EF << /F 10 0 R >> >>",
            "<< /Type /Annot /Subtype /Link /Rect [0 0 50 50] /A << /S /Launch /F (cmd.exe) >> >>",
            "<< /Type /Annot /Subtype /FileAttachment /Rect [60 60 80 80] /FS 6 0 R >>",
            "<< /Type /Annot /Subtype /Link /Rect [90 90 140 140] /A << /S /URI /URI (https://www.cnipa.gov.cn/) >> >>",
            "<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream",
        };
        var text = new StringBuilder("%PDF-1.6\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");

        var (file, rejection) = EvidenceInspector.Inspect(Encoding.Latin1.GetBytes(text.ToString()), "证据.pdf");

        rejection.ShouldBe(EvidenceRejection.None);
        var stored = Encoding.Latin1.GetString(file.ShouldNotBeNull().Content);
        foreach (var active in new[] { "/JavaScript", "/OpenAction", "/Launch", "/EmbeddedFile", "/FileAttachment", "app.alert", "/AA" })
        {
            stored.ShouldNotContain(active);
        }

        stored.ShouldContain("/URI");
        using var reopened = PdfReader.Open(new MemoryStream(file.Content), PdfDocumentOpenMode.Import);
        reopened.PageCount.ShouldBe(1);
    }

    [Fact]
    public void Inspect_MalformedPdf_Rejected()
    {
        var (file, rejection) = EvidenceInspector.Inspect("%PDF-1.4\n1 0 obj << /Author (x) >>"u8.ToArray(), "broken.pdf");

        file.ShouldBeNull();
        rejection.ShouldBe(EvidenceRejection.UnknownType);
    }

    [Fact]
    public void Inspect_ScriptNamedJpg_Rejected()
    {
        EvidenceInspector.Inspect("#!/bin/sh\nrm -rf /\n"u8.ToArray(), "photo.jpg").Rejection.ShouldBe(EvidenceRejection.UnknownType);
    }

    [Fact]
    public void Inspect_ZipBombNamedDocx_Rejected()
    {
        EvidenceInspector.Inspect(Docx("a", documentBytes: 50 * 1024 * 1024), "bomb.docx").Rejection.ShouldBe(EvidenceRejection.CompressedTooMuch);
    }

    [Fact]
    public void Inspect_PlainZip_Rejected()
    {
        using var s = new MemoryStream();
        using (var zip = new ZipArchive(s, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "payload.exe", "MZ");
        }

        EvidenceInspector.Inspect(s.ToArray(), "evidence.docx").Rejection.ShouldBe(EvidenceRejection.UnknownType);
    }

    [Fact]
    public void Inspect_Oversize_Rejected()
    {
        var big = new byte[EvidenceInspector.MaxBytes + 1];
        "%PDF-"u8.CopyTo(big);

        EvidenceInspector.Inspect(big, "big.pdf").Rejection.ShouldBe(EvidenceRejection.TooLarge);
    }

    [Theory]
    [InlineData("../../etc/passwd.png", "passwd.png")]
    [InlineData("C:\\Users\\a\\图片.jpg", "图片.jpg")]
    [InlineData("..", "file")]
    [InlineData("a\u0000b<>.pdf", "ab.pdf")]
    public void SafeFileName_PathOrControlCharacters_LastSegmentOnly(string input, string expected)
    {
        EvidenceInspector.SafeFileName(input).ShouldBe(expected);
    }

    private static void Segment(Stream s, byte marker, byte[] payload)
    {
        s.Write([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)((payload.Length + 2) & 0xFF)]);
        s.Write(payload);
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        s.Write([(byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length]);
        s.Write(Encoding.ASCII.GetBytes(type));
        s.Write(data);
        s.Write([0, 0, 0, 0]);
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }
}
