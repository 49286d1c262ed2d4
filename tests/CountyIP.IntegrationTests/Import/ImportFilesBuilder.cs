using System.IO.Compression;
using System.Security;
using System.Text;

namespace CountyIP.IntegrationTests.Import;

/// <summary>Real files for the import tests: CSV in a chosen encoding and .xlsx written part by part (so a cell can hold a formula).</summary>
internal static class ImportFilesBuilder
{
    public static readonly string[] CnipaHeaders =
        ["申请号", "申请日", "专利类型", "发明名称", "申请(专利权)人", "申请人地址", "发明(设计)人", "公开(公告)号", "公开(公告)日", "授权公告日", "IPC主分类号", "分类号", "代理机构", "法律状态", "摘要"];

    public static string[] Row(string number, string applicants, string filingDate = "2013-05-01", string title = "一种锂离子电池正极材料", string? grantDate = null, string status = "审中") =>
        [number, filingDate, TypeOf(number), title, applicants, "福建省福州市仓山区建新镇", "张三;李四", "CN103000001A", "2013.08.07", grantDate ?? string.Empty, "H01M 4/36", "H01M4/36;H01M10/0525", "福州某专利代理事务所", status, "本发明公开了一种正极材料。"];

    /// <summary>专利类型 as the export writes it; it must agree with the type digit of the number.</summary>
    private static string TypeOf(string number) => number.Trim()[4] switch
    {
        '2' => "实用新型",
        '3' => "外观设计",
        _ => "发明专利",
    };

    public static byte[] Csv(IEnumerable<string[]> rows, Encoding encoding, bool bom = false)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row.Select(Quote))).Append("\r\n");
        }

        var body = encoding.GetBytes(text.ToString());
        return bom ? [.. encoding.GetPreamble(), .. body] : body;
    }

    private static string Quote(string value) =>
        value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>A cell of the built workbook: text, a number (Excel serial dates are numbers), or a formula with its cached value.</summary>
    public sealed record XCell(string? Text = null, double? Number = null, string? Formula = null);

    public static byte[] Xlsx(IEnumerable<XCell[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Write(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="专利" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Write(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            var r = 0;
            foreach (var row in rows)
            {
                r++;
                sheet.Append($"<row r=\"{r}\">");
                for (var c = 0; c < row.Length; c++)
                {
                    var cell = row[c];
                    var reference = $"{(char)('A' + c)}{r}";
                    if (cell.Formula is not null)
                    {
                        sheet.Append($"<c r=\"{reference}\" t=\"str\"><f>{SecurityElement.Escape(cell.Formula)}</f><v>{SecurityElement.Escape(cell.Text ?? string.Empty)}</v></c>");
                    }
                    else if (cell.Number is { } n)
                    {
                        sheet.Append($"<c r=\"{reference}\"><v>{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>");
                    }
                    else if (cell.Text is not null)
                    {
                        sheet.Append($"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(cell.Text)}</t></is></c>");
                    }
                }

                sheet.Append("</row>");
            }

            sheet.Append("</sheetData></worksheet>");
            Write(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
        }

        return buffer.ToArray();
    }

    /// <summary>A zip whose one sheet entry inflates 200 MB of zeros from a few hundred KB.</summary>
    public static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "xl/workbook.xml", "<workbook/>");
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                stream.Write(zeros);
            }
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string path, string content)
    {
        var entry = zip.CreateEntry(path);
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
