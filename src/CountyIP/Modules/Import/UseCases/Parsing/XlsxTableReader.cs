using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace CountyIP.Modules.Import.UseCases.Parsing;

/// <summary>
/// Reads the first worksheet of an .xlsx with an <see cref="XmlReader"/> over the zip entry, row by row. Written here
/// rather than through a library because the import must see formulas (<c>&lt;f&gt;</c>) per cell and refuse them,
/// and must stream; every entry read is capped at the size its zip header declared (zip bombs).
/// </summary>
internal sealed class XlsxTableReader : ITableReader
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = false,
        IgnoreComments = true,
        CloseInput = true,
    };

    private readonly Stream file;
    private readonly ZipArchive zip;
    private readonly List<string> sharedStrings = [];
    private readonly LimitedStream sheetStream;
    private readonly long sheetLength;
    private readonly XmlReader sheet;

    public XlsxTableReader(Stream content)
    {
        file = content;
        try
        {
            zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            LoadSharedStrings();
            var entry = zip.GetEntry(FirstSheetPath()) ?? throw new ImportFileException(ImportFileErrors.NotSpreadsheet);
            sheetLength = Math.Max(1, entry.Length);
            sheetStream = new LimitedStream(entry.Open(), entry.Length);
            sheet = XmlReader.Create(sheetStream, Settings);
            Headers = ReadHeaders();
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException)
        {
            throw new ImportFileException(ImportFileErrors.NotSpreadsheet);
        }
    }

    public IReadOnlyList<string?> Headers { get; }

    public double Progress => Math.Min(1, (double)sheetStream.BytesRead / sheetLength);

    public TableRow? Next()
    {
        try
        {
            while (ReadRow() is { } row)
            {
                if (!row.IsEmpty)
                {
                    return row;
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException)
        {
            throw new ImportFileException(ImportFileErrors.NotSpreadsheet);
        }
    }

    private IReadOnlyList<string?> ReadHeaders()
    {
        while (ReadRow() is { } row)
        {
            if (!row.IsEmpty)
            {
                return [.. row.Cells.Select(c => c.Text)];
            }
        }

        return [];
    }

    /// <summary>The target of the first &lt;sheet&gt; in workbook.xml through its relationship (sheet1.xml is only the usual name).</summary>
    private string FirstSheetPath()
    {
        string? relationId = null;
        using (var workbook = XmlReader.Create(OpenEntry("xl/workbook.xml"), Settings))
        {
            while (workbook.Read())
            {
                if (workbook.NodeType == XmlNodeType.Element && workbook.LocalName == "sheet")
                {
                    relationId = workbook.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                    break;
                }
            }
        }

        if (relationId is not null && zip.GetEntry("xl/_rels/workbook.xml.rels") is not null)
        {
            using var rels = XmlReader.Create(OpenEntry("xl/_rels/workbook.xml.rels"), Settings);
            while (rels.Read())
            {
                if (rels.NodeType == XmlNodeType.Element && rels.LocalName == "Relationship" && rels.GetAttribute("Id") == relationId)
                {
                    var target = rels.GetAttribute("Target") ?? string.Empty;
                    return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                }
            }
        }

        return "xl/worksheets/sheet1.xml";
    }

    private LimitedStream OpenEntry(string path)
    {
        var entry = zip.GetEntry(path) ?? throw new ImportFileException(ImportFileErrors.NotSpreadsheet);
        return new LimitedStream(entry.Open(), entry.Length);
    }

    private void LoadSharedStrings()
    {
        if (zip.GetEntry("xl/sharedStrings.xml") is null)
        {
            return;
        }

        using var reader = XmlReader.Create(OpenEntry("xl/sharedStrings.xml"), Settings);
        var text = new StringBuilder();
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                text.Clear();
                ReadRichText(reader, text);
                sharedStrings.Add(text.ToString());
                continue;
            }

            reader.Read();
        }
    }

    /// <summary>The &lt;t&gt; runs of an &lt;si&gt; or &lt;is&gt; element, skipping phonetic runs (&lt;rPh&gt;).</summary>
    private static void ReadRichText(XmlReader reader, StringBuilder text)
    {
        var depth = reader.Depth;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t" && reader.NamespaceURI == MainNamespace)
            {
                text.Append(reader.ReadElementContentAsString());
                continue;
            }

            reader.Read();
        }

        reader.Read();
    }

    private TableRow? ReadRow()
    {
        while (sheet.Read())
        {
            if (sheet.NodeType == XmlNodeType.Element && sheet.LocalName == "row")
            {
                return ReadCells();
            }
        }

        return null;
    }

    private TableRow ReadCells()
    {
        var number = int.TryParse(sheet.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
        var cells = new List<Cell>();
        if (sheet.IsEmptyElement)
        {
            return new TableRow(number, cells);
        }

        var depth = sheet.Depth;
        sheet.Read();
        while (!sheet.EOF && !(sheet.NodeType == XmlNodeType.EndElement && sheet.Depth == depth))
        {
            if (sheet.NodeType != XmlNodeType.Element || sheet.LocalName != "c")
            {
                sheet.Read();
                continue;
            }

            var column = ColumnIndex(sheet.GetAttribute("r")) ?? cells.Count;
            var type = sheet.GetAttribute("t");
            var cell = ReadCell(type);
            while (cells.Count < column)
            {
                cells.Add(default);
            }

            if (column == cells.Count)
            {
                cells.Add(cell);
            }
        }

        return new TableRow(number, cells);
    }

    private Cell ReadCell(string? type)
    {
        var depth = sheet.Depth;
        if (sheet.IsEmptyElement)
        {
            sheet.Read();
            return default;
        }

        string? value = null;
        string? formula = null;
        var inline = new StringBuilder();
        sheet.Read();
        while (!sheet.EOF && !(sheet.NodeType == XmlNodeType.EndElement && sheet.Depth == depth))
        {
            if (sheet.NodeType != XmlNodeType.Element)
            {
                sheet.Read();
                continue;
            }

            switch (sheet.LocalName)
            {
                case "v":
                    value = sheet.ReadElementContentAsString();
                    break;
                case "f":
                    // A shared formula's follower cells carry an empty <f t="shared" si="0"/>: still a formula.
                    formula = "=" + sheet.ReadElementContentAsString();
                    break;
                case "is":
                    ReadRichText(sheet, inline);
                    value = inline.ToString();
                    break;
                default:
                    sheet.Skip();
                    break;
            }
        }

        sheet.Read();
        return type switch
        {
            "s" => new Cell(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count ? sharedStrings[i] : null, Formula: formula),
            "inlineStr" or "str" or "e" or "d" => new Cell(value, Formula: formula),
            "b" => new Cell(value == "1" ? "TRUE" : "FALSE", Formula: formula),
            _ => new Cell(NumberText(value), IsNumber: value is not null, Formula: formula),
        };
    }

    /// <summary>Numbers as Excel stores them (1.2345E+12 for long digit strings) turned back into plain digits.</summary>
    private static string? NumberText(string? value) =>
        value is not null && value.Contains('E', StringComparison.OrdinalIgnoreCase) &&
        decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d.ToString(CultureInfo.InvariantCulture)
            : value;

    /// <summary>"BC12" → 54 (0-based column of the cell reference).</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (c - 'A' + 1);
                letters++;
            }
            else
            {
                break;
            }
        }

        return letters is 0 or > 3 ? null : index - 1;
    }

    public void Dispose()
    {
        sheet?.Dispose();
        zip?.Dispose();
        file.Dispose();
    }
}
