using System.Buffers.Binary;
using System.IO.Compression;
using System.Xml.Linq;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace CountyIP.Platform.Files;

/// <summary>The kinds of evidence file accepted, decided by the file's bytes (<see cref="EvidenceInspector"/>).</summary>
public enum EvidenceType
{
    Jpeg,
    Png,
    Pdf,
    Docx,
    Xlsx,
    Pptx,
}

/// <summary>Why <see cref="EvidenceInspector.Inspect"/> refused a file (<c>None</c> when it did not).</summary>
public enum EvidenceRejection
{
    None,
    Empty,
    TooLarge,
    UnknownType,
    CompressedTooMuch,
}

/// <summary>An evidence file after inspection: its type by content, the bytes to store, and a safe display name.</summary>
public sealed record InspectedEvidence(EvidenceType Type, string ContentType, byte[] Content, string FileName);

/// <summary>
/// Upload hardening for evidence (issue 5 §1, §8): the type is decided by the bytes, never by the name; images lose
/// their metadata (EXIF with GPS, XMP, comments); Office files lose author fields; archives that expand
/// disproportionately (zip bombs) are refused; PDFs are rewritten without their document information and XMP metadata.
/// Used by every module that takes evidence files (complaints, funding applications); callers store
/// <see cref="InspectedEvidence.Content"/> through <see cref="IFileStore"/>, never the bytes as uploaded.
/// </summary>
public static class EvidenceInspector
{
    /// <summary>Files in one complaint (Protection).</summary>
    public const int MaxFiles = 10;

    /// <summary>Largest evidence file accepted (20 MB).</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>The file input's <c>accept</c> list: a hint to the browser's picker; the bytes decide.</summary>
    public const string Accept = ".jpg,.jpeg,.png,.pdf,.docx,.xlsx,.pptx,image/jpeg,image/png,application/pdf";

    // OOXML parts are XML and compress about 5-20x; 100x and 200 MB expanded are far beyond real documents.
    private const long MaxExpandedBytes = 200L * 1024 * 1024;
    private const double MaxCompressionRatio = 100;
    private const int MaxZipEntries = 5000;

    public static (InspectedEvidence? File, EvidenceRejection Rejection) Inspect(byte[] content, string? originalName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return (null, EvidenceRejection.Empty);
        }

        if (content.Length > MaxBytes)
        {
            return (null, EvidenceRejection.TooLarge);
        }

        var name = SafeFileName(originalName);
        var span = content.AsSpan();
        if (span.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return (new InspectedEvidence(EvidenceType.Jpeg, "image/jpeg", StripJpeg(content), WithExtension(name, ".jpg")), EvidenceRejection.None);
        }

        if (span.StartsWith(PngSignature))
        {
            return (new InspectedEvidence(EvidenceType.Png, "image/png", StripPng(content), WithExtension(name, ".png")), EvidenceRejection.None);
        }

        if (span.StartsWith("%PDF-"u8))
        {
            return StripPdf(content) is { } pdf
                ? (new InspectedEvidence(EvidenceType.Pdf, "application/pdf", pdf, WithExtension(name, ".pdf")), EvidenceRejection.None)
                : (null, EvidenceRejection.UnknownType);
        }

        if (span.StartsWith("PK\x03\x04"u8))
        {
            return InspectOfficeDocument(content, name);
        }

        return (null, EvidenceRejection.UnknownType);
    }

    /// <summary>The last path segment without control or reserved characters; the stored name is server-generated anyway.</summary>
    public static string SafeFileName(string? name)
    {
        var last = (name ?? string.Empty).Replace('\\', '/').Split('/').LastOrDefault() ?? string.Empty;
        var clean = new string([.. last.Where(c => !char.IsControl(c) && c is not ('<' or '>' or ':' or '"' or '|' or '?' or '*'))]).Trim().Trim('.');
        if (clean.Length > 100)
        {
            clean = clean[^100..];
        }

        return clean.Length == 0 ? "file" : clean;
    }

    /// <summary>Drops APPn (EXIF/GPS, XMP, Photoshop IPTC, ...) and COM segments; keeps JFIF, ICC profile and Adobe colour info.</summary>
    public static byte[] StripJpeg(byte[] jpeg)
    {
        ArgumentNullException.ThrowIfNull(jpeg);
        using var output = new MemoryStream(jpeg.Length);
        output.Write(jpeg, 0, 2);
        var i = 2;
        while (i + 4 <= jpeg.Length)
        {
            if (jpeg[i] != 0xFF)
            {
                break;
            }

            var marker = jpeg[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                output.Write(jpeg, i, 2);
                i += 2;
                continue;
            }

            if (marker == 0xDA)
            {
                // Start of scan: the entropy-coded image data runs to the end; copy it verbatim.
                output.Write(jpeg, i, jpeg.Length - i);
                return output.ToArray();
            }

            var length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            if (length < 2 || i + 2 + length > jpeg.Length)
            {
                break;
            }

            if (!IsMetadataSegment(jpeg, i, marker, length))
            {
                output.Write(jpeg, i, 2 + length);
            }

            i += 2 + length;
        }

        // A truncated or odd file: keep what follows so the image is not destroyed, metadata before it is gone.
        if (i < jpeg.Length)
        {
            output.Write(jpeg, i, jpeg.Length - i);
        }

        return output.ToArray();
    }

    /// <summary>Drops textual chunks (tEXt, zTXt, iTXt: author, comments, software), eXIf (EXIF with GPS) and tIME.</summary>
    public static byte[] StripPng(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        using var output = new MemoryStream(png.Length);
        output.Write(png, 0, PngSignature.Length);
        var i = PngSignature.Length;
        while (i + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(i));
            if (length > int.MaxValue || i + 12 + (long)length > png.Length)
            {
                break;
            }

            var type = System.Text.Encoding.ASCII.GetString(png, i + 4, 4);
            var total = 12 + (int)length;
            if (type is not ("tEXt" or "zTXt" or "iTXt" or "eXIf" or "tIME"))
            {
                output.Write(png, i, total);
            }

            i += total;
            if (type == "IEND")
            {
                return output.ToArray();
            }
        }

        if (i < png.Length)
        {
            output.Write(png, i, png.Length - i);
        }

        return output.ToArray();
    }

    /// <summary>
    /// Rewrites a PDF without its document information dictionary (Author, Creator, Producer, Title, Subject, Keywords,
    /// dates) and without XMP metadata streams on the catalog and the pages (PIPL art. 6: collect no more than needed;
    /// an author field names the reporter). Rewriting the whole file also drops earlier incremental-update revisions,
    /// which a byte-level edit would leave behind. PDFsharp writes its own XMP packet on save (its producer name and
    /// the save time, nothing from the upload). Null when the file cannot be parsed (or is encrypted): it is refused
    /// rather than stored with its metadata. Active content goes too (issue 18 §8, MLPS 2.0 malicious-code prevention):
    /// see <see cref="RemoveActiveContent"/>.
    /// </summary>
    public static byte[]? StripPdf(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        try
        {
            using var input = new MemoryStream(pdf, writable: false);
            using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
            document.Info.Elements.Clear();
            document.Internals.Catalog.Elements.Remove("/Metadata");
            foreach (var page in document.Pages)
            {
                page.Elements.Remove("/Metadata");
            }

            RemoveActiveContent(document);
            using var output = new MemoryStream(pdf.Length);
            document.Save(output, closeStream: false);
            return output.ToArray();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PDFsharp reports malformed input with many exception types (reader, format, invalid operation, index).
            return null;
        }
    }

    /// <summary>The link actions a reader may follow from stored evidence; every other action (JavaScript, Launch, SubmitForm, ImportData, …) is removed.</summary>
    private static readonly HashSet<string> PassiveActions = new(StringComparer.Ordinal) { "/URI", "/GoTo", "/GoToR" };

    /// <summary>
    /// Removes what a PDF can run or carry when opened, so stored evidence is a document and nothing else: the catalog's
    /// open action, additional actions and XFA form (scripts), document-level JavaScript and embedded files in the names
    /// tree, each page's additional actions, file-attachment annotations, and any annotation action that is not a plain
    /// link (URI or go-to).
    /// </summary>
    internal static void RemoveActiveContent(PdfDocument document)
    {
        var catalog = document.Internals.Catalog;
        catalog.Elements.Remove("/OpenAction");
        catalog.Elements.Remove("/AA");
        if (catalog.Elements.GetDictionary("/Names") is { } names)
        {
            names.Elements.Remove("/JavaScript");
            names.Elements.Remove("/EmbeddedFiles");
        }

        catalog.Elements.GetDictionary("/AcroForm")?.Elements.Remove("/XFA");
        foreach (var page in document.Pages)
        {
            page.Elements.Remove("/AA");
            if (page.Elements.GetArray("/Annots") is not { } annotations)
            {
                continue;
            }

            for (var i = annotations.Elements.Count - 1; i >= 0; i--)
            {
                if (annotations.Elements.GetDictionary(i) is not { } annotation)
                {
                    continue;
                }

                if (annotation.Elements.GetName("/Subtype") == "/FileAttachment")
                {
                    annotations.Elements.RemoveAt(i);
                    continue;
                }

                annotation.Elements.Remove("/AA");
                if (annotation.Elements.GetDictionary("/A") is { } action && !PassiveActions.Contains(action.Elements.GetName("/S")))
                {
                    annotation.Elements.Remove("/A");
                }
            }
        }
    }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static bool IsMetadataSegment(byte[] jpeg, int offset, byte marker, int length)
    {
        if (marker == 0xFE)
        {
            return true;
        }

        if (marker is < 0xE0 or > 0xEF)
        {
            return false;
        }

        var payload = jpeg.AsSpan(offset + 4, length - 2);
        return marker switch
        {
            0xE0 => !payload.StartsWith("JFIF\0"u8),
            0xE2 => !payload.StartsWith("ICC_PROFILE\0"u8),
            0xEE => !payload.StartsWith("Adobe"u8),
            _ => true,
        };
    }

    private static (InspectedEvidence?, EvidenceRejection) InspectOfficeDocument(byte[] content, string name)
    {
        try
        {
            using var buffer = new MemoryStream();
            buffer.Write(content);
            EvidenceType? type;
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true))
            {
                if (zip.Entries.Count > MaxZipEntries)
                {
                    return (null, EvidenceRejection.CompressedTooMuch);
                }

                long expanded = 0;
                foreach (var entry in zip.Entries)
                {
                    expanded += entry.Length;
                    if (expanded > MaxExpandedBytes || entry.Length > MaxCompressionRatio * Math.Max(entry.CompressedLength, 1024))
                    {
                        return (null, EvidenceRejection.CompressedTooMuch);
                    }
                }

                var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
                type = !names.Contains("[Content_Types].xml") ? null
                    : names.Contains("word/document.xml") ? EvidenceType.Docx
                    : names.Contains("xl/workbook.xml") ? EvidenceType.Xlsx
                    : names.Contains("ppt/presentation.xml") ? EvidenceType.Pptx
                    : null;
            }

            if (type is null)
            {
                return (null, EvidenceRejection.UnknownType);
            }

            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
            {
                StripProperties(zip, "docProps/core.xml", ["creator", "lastModifiedBy", "keywords", "description"]);
                StripProperties(zip, "docProps/app.xml", ["Company", "Manager"]);
            }

            var (contentType, extension) = type switch
            {
                EvidenceType.Docx => ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
                EvidenceType.Xlsx => ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
                _ => ("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx"),
            };
            return (new InspectedEvidence(type.Value, contentType, buffer.ToArray(), WithExtension(name, extension)), EvidenceRejection.None);
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or IOException)
        {
            return (null, EvidenceRejection.UnknownType);
        }
    }

    private static void StripProperties(ZipArchive zip, string part, string[] localNames)
    {
        var entry = zip.GetEntry(part);
        if (entry is null)
        {
            return;
        }

        XDocument document;
        using (var stream = entry.Open())
        {
            document = XDocument.Load(stream);
        }

        var remove = document.Descendants().Where(e => localNames.Contains(e.Name.LocalName)).ToList();
        if (remove.Count == 0)
        {
            return;
        }

        remove.ForEach(e => e.Remove());
        entry.Delete();
        var replacement = zip.CreateEntry(part, CompressionLevel.Optimal);
        using var output = replacement.Open();
        document.Save(output);
    }

    private static string WithExtension(string name, string extension) =>
        name.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? name : Path.GetFileNameWithoutExtension(name) + extension;
}
