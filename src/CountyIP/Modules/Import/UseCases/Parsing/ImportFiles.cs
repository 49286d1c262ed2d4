using System.IO.Compression;
using System.Text;

namespace CountyIP.Modules.Import.UseCases.Parsing;

/// <summary>
/// Checks an uploaded file before anything reads it as a table, and opens the right reader. Refusals here are about the
/// file as a whole (wrong type, encrypted, empty, too large, a zip bomb); no row of such a file is ever applied.
/// </summary>
public static class ImportFiles
{
    /// <summary>Issue 3 §3: files over 50 MB are refused.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>Uncompressed size a workbook may expand to; a real 50 MB export stays well below.</summary>
    public const long MaxUncompressedBytes = 1024L * 1024 * 1024;

    /// <summary>Deflate reaches about 100:1 on repetitive sheet XML; far beyond that is a bomb, not a spreadsheet.</summary>
    public const double MaxCompressionRatio = 250;

    private const int MaxZipEntries = 10_000;

    public static bool IsWorkbookName(string fileName) => fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static bool IsCsvName(string fileName) =>
        fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>Refuses a file that is not what its name says; the stream must be seekable and is left at position 0.</summary>
    public static void Inspect(string fileName, Stream content)
    {
        if (content.Length == 0)
        {
            throw new ImportFileException(ImportFileErrors.Empty);
        }

        if (content.Length > MaxBytes)
        {
            throw new ImportFileException(ImportFileErrors.TooLarge, MaxBytes / 1024 / 1024);
        }

        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        head = head[..read];

        if (head.StartsWith("MZ"u8) || head.StartsWith("\u007FELF"u8))
        {
            throw new ImportFileException(ImportFileErrors.Executable);
        }

        // An encrypted .xlsx is an OLE compound file (D0 CF 11 E0 A1 B1 1A E1), as is an old binary .xls.
        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            throw new ImportFileException(ImportFileErrors.Encrypted);
        }

        if (IsWorkbookName(fileName))
        {
            if (!head.StartsWith("PK\u0003\u0004"u8))
            {
                throw new ImportFileException(ImportFileErrors.NotSpreadsheet);
            }

            InspectZip(content);
        }
        else if (IsCsvName(fileName))
        {
            if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("%PDF"u8) || LooksBinary(content))
            {
                throw new ImportFileException(ImportFileErrors.NotSpreadsheet);
            }
        }
        else
        {
            throw new ImportFileException(ImportFileErrors.WrongExtension);
        }

        content.Position = 0;
    }

    /// <summary>Opens a reader over a file that passed <see cref="Inspect"/>; the reader owns the stream.</summary>
    public static ITableReader Open(string fileName, Stream content) =>
        IsWorkbookName(fileName) ? new XlsxTableReader(content) : new CsvTableReader(content);

    private static void InspectZip(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxZipEntries)
            {
                throw new ImportFileException(ImportFileErrors.ZipBomb);
            }

            long total = 0;
            var hasWorkbook = false;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? (entry.Length == 0 ? 0 : double.PositiveInfinity) : (double)entry.Length / entry.CompressedLength;
                if (total > MaxUncompressedBytes || (entry.Length > 1024 * 1024 && ratio > MaxCompressionRatio))
                {
                    throw new ImportFileException(ImportFileErrors.ZipBomb);
                }

                hasWorkbook |= entry.FullName == "xl/workbook.xml";
            }

            if (!hasWorkbook)
            {
                throw new ImportFileException(ImportFileErrors.NotSpreadsheet);
            }
        }
        catch (InvalidDataException)
        {
            throw new ImportFileException(ImportFileErrors.NotSpreadsheet);
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>NUL bytes in the first 8 KB mean a binary file (UTF-16 text is recognised by its byte-order mark).</summary>
    private static bool LooksBinary(Stream content)
    {
        var buffer = new byte[8192];
        content.Position = 0;
        var n = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var span = buffer.AsSpan(0, n);
        if (span.StartsWith(new byte[] { 0xFF, 0xFE }) || span.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return false;
        }

        return span.Contains((byte)0);
    }

    /// <summary>UTF-8 (with or without BOM) when the start of the file is valid UTF-8, UTF-16 by its BOM, else GB18030.</summary>
    internal static Encoding DetectEncoding(Stream content)
    {
        var buffer = new byte[1024 * 1024];
        content.Position = 0;
        var n = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var span = buffer.AsSpan(0, n);
        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true);
        }

        if (span.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return Encoding.Unicode;
        }

        if (span.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return Encoding.BigEndianUnicode;
        }

        // A buffer cut in the middle of a character: drop the incomplete tail before checking.
        var end = span.Length;
        if (n == buffer.Length)
        {
            var back = 0;
            while (back < 4 && end - back - 1 >= 0 && (span[end - back - 1] & 0xC0) == 0x80)
            {
                back++;
            }

            end = Math.Max(0, end - back - 1);
        }

        if (System.Text.Unicode.Utf8.IsValid(span[..end]))
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true);
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
