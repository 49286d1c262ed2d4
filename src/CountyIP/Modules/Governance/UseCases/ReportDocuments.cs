using System.Globalization;
using CountyIP.Modules.Governance.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Documents;
using CountyIP.Platform.Web;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>An accepted report as a file to download.</summary>
public sealed record ReportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// An accepted unit report as a Chinese official document (公文, <see cref="OfficialDocumentWriter"/>): issued by the
/// unit, addressed to the leadership group's office, with its text as sections and its figures as the annex.
/// </summary>
internal sealed class ReportDocuments(CountyIpDbContext db, GovernanceScope scope, ReportViews views, IStringLocalizer<GovernanceText> text, IConfiguration configuration)
{
    /// <summary>The leadership group's office, to which every unit reports (source 三(一)).</summary>
    public const string MainRecipient = "区知识产权强县工程试点工作领导小组办公室";

    public async Task<ReportFile?> HandleAsync(Guid id, string format, bool redHeader, CancellationToken cancellationToken)
    {
        if (await scope.Filter(db.Set<PeriodicReport>().AsNoTracking(), r => r.OwnerCode).FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } report)
        {
            return null;
        }

        if (report.State != ReportState.Accepted)
        {
            throw new BusinessRuleException("governance.report-not-accepted", text["Error_ReportNotAccepted"]);
        }

        var view = await views.ViewAsync(report, withFigures: true, cancellationToken);
        var title = Title(view);
        var fileName = title;
        if (format != "docx")
        {
            CjkFontResolver.EnsureInstalled(CjkFontResolver.PathFrom(configuration));
        }

        var document = new OfficialDocument(view.OwnerNameZh, title, MainRecipient + "：", [.. Sections(view)],
            view.Figures.Count == 0 ? null : "附：本单位主要数据（" + view.Period + "）",
            [.. view.Figures.Select(f => (f.NameZh, Figure(f)))], view.SubmittedOn ?? view.DueOn);
        return OfficialDocumentWriter.File(document, format, redHeader, fileName);
    }

    /// <summary>仓前街道2014年上半年知识产权工作小结 and the like: the unit, the period, the kind.</summary>
    public static string Title(ReportView view)
    {
        var year = view.Period[..4];
        var period = view.Kind switch
        {
            ReportKind.HalfYear => $"{year}年上半年",
            ReportKind.Annual => $"{year}年度",
            _ => $"{year}年{int.Parse(view.Period[5..], CultureInfo.InvariantCulture)}月",
        };
        var kind = view.Kind switch
        {
            ReportKind.HalfYear => "工作小结",
            ReportKind.Annual => "工作总结",
            _ => "工作动态",
        };
        return $"{view.OwnerNameZh}{period}知识产权{kind}";
    }

    /// <summary>The sections of the body: what was done, the problems, the plans.</summary>
    private static IEnumerable<(string Heading, string Text)> Sections(ReportView view) =>
        new[] { ("一、工作开展情况", view.Work), ("二、存在问题", view.Problems), ("三、下步打算", view.Plans) }
            .Where(s => s.Item2 is not null).Select(s => (s.Item1, s.Item2!));

    public static string Figure(ReportFigure f) => f.Value is not { } v ? "—"
        : f.Unit == "%" ? v.ToString("0.#%", CultureInfo.InvariantCulture) : v.ToString("0.##", CultureInfo.InvariantCulture) + (f.Unit ?? string.Empty);
}

/// <summary>
/// What an official document says: the issuing body, the title, the main recipient (with its colon), the sections of
/// the body, an annex table, and the date it was made (成文日期).
/// </summary>
internal sealed record OfficialDocument(
    string Issuer, string Title, string Recipient, IReadOnlyList<(string Heading, string Text)> Sections,
    string? AnnexTitle, IReadOnlyList<(string Name, string Value)> Annex, DateOnly Date);

/// <summary>
/// Writes an <see cref="OfficialDocument"/> in the layout of GB/T 9704-2012 (党政机关公文格式): optionally the red header —
/// the issuing body's name in red over a red separator line (版头) — then the title centred, the main recipient flush
/// left, the body in paragraphs indented two characters, the annex table, and the issuing body and date (in the Chinese
/// form 2014年7月8日) at the foot on the right. As .docx (A4, margins 37/35/28/26 mm, 仿宋_GB2312 三号 body, 方正小标宋简体
/// 二号 title, so Word renders it as the standard asks) and as PDF (the embedded CJK font, same layout).
/// </summary>
internal static class OfficialDocumentWriter
{
    private static readonly XColor Red = XColor.FromArgb(230, 0, 18);

    public static ReportFile File(OfficialDocument document, string format, bool redHeader, string fileName) => format == "docx"
        ? new ReportFile(Docx(document, redHeader), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fileName + ".docx")
        : new ReportFile(Pdf(document, redHeader), "application/pdf", fileName + ".pdf");

    private static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private static byte[] Pdf(OfficialDocument doc, bool redHeader)
    {
        using var pdf = new PdfComposer(doc.Title);
        var body = PdfComposer.Font(16);
        if (redHeader)
        {
            pdf.Space(20);
            pdf.Centered(doc.Issuer, PdfComposer.Font(30, bold: true), Red);
            pdf.Space(4);
            pdf.Rule(Red, 2);
            pdf.Space(16);
        }

        pdf.Centered(doc.Title, PdfComposer.Font(22, bold: true));
        pdf.Space(12);
        pdf.Paragraph(doc.Recipient, body);
        foreach (var (heading, text) in doc.Sections)
        {
            pdf.Paragraph(heading, PdfComposer.Font(16, bold: true), firstLineIndent: 32);
            pdf.Paragraph(text, body, firstLineIndent: 32);
        }

        if (doc.AnnexTitle is not null)
        {
            pdf.Space(8);
            pdf.Paragraph(doc.AnnexTitle, body, firstLineIndent: 32);
            pdf.Table(["指标", "数值"], doc.Annex.Select(a => (IReadOnlyList<string?>)[a.Name, a.Value]), [3, 1], PdfComposer.Font(11));
        }

        pdf.Space(24);
        pdf.RightAligned(doc.Issuer, body, rightIndent: 32);
        pdf.RightAligned(ChineseDate(doc.Date), body, rightIndent: 32);
        using var stream = new MemoryStream();
        pdf.Save(stream);
        return stream.ToArray();
    }

    private static byte[] Docx(OfficialDocument doc, bool redHeader)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var bodyElement = new Body();
            if (redHeader)
            {
                // 版头: the issuing body's mark in red, then the red separator as the paragraph's bottom border.
                bodyElement.Append(Para(doc.Issuer, JustificationValues.Center, "方正小标宋简体", 60, red: true, bold: true,
                    border: new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 16, Color = "E60012", Space = 6 })));
                bodyElement.Append(Para(string.Empty, JustificationValues.Left, "仿宋_GB2312", 32));
            }

            bodyElement.Append(Para(doc.Title, JustificationValues.Center, "方正小标宋简体", 44));
            bodyElement.Append(Para(string.Empty, JustificationValues.Left, "仿宋_GB2312", 32));
            bodyElement.Append(Para(doc.Recipient, JustificationValues.Left, "仿宋_GB2312", 32));
            foreach (var (heading, text) in doc.Sections)
            {
                bodyElement.Append(Para(heading, JustificationValues.Left, "黑体", 32, indent: true));
                foreach (var line in text.Split('\n'))
                {
                    bodyElement.Append(Para(line, JustificationValues.Both, "仿宋_GB2312", 32, indent: true));
                }
            }

            if (doc.AnnexTitle is not null)
            {
                bodyElement.Append(Para(doc.AnnexTitle, JustificationValues.Left, "仿宋_GB2312", 32, indent: true));
                var table = new Table(new TableProperties(
                    new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                        new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                    new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
                foreach (var (name, value) in new[] { ("指标", "数值") }.Concat(doc.Annex))
                {
                    table.Append(new TableRow(
                        new TableCell(Para(name, JustificationValues.Left, "仿宋_GB2312", 24)),
                        new TableCell(Para(value, JustificationValues.Right, "仿宋_GB2312", 24))));
                }

                bodyElement.Append(table);
            }

            bodyElement.Append(Para(string.Empty, JustificationValues.Left, "仿宋_GB2312", 32));
            bodyElement.Append(Para(doc.Issuer, JustificationValues.Right, "仿宋_GB2312", 32, rightIndent: 640));
            bodyElement.Append(Para(ChineseDate(doc.Date), JustificationValues.Right, "仿宋_GB2312", 32, rightIndent: 640));

            // A4 with the standard's margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (twips: 1 mm ≈ 56.7).
            bodyElement.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U }));
            main.Document = new Document(bodyElement);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Para(string content, JustificationValues align, string font, int halfPoints, bool red = false, bool bold = false,
        bool indent = false, int rightIndent = 0, ParagraphBorders? border = null)
    {
        var properties = new ParagraphProperties(new Justification { Val = align });
        if (border is not null)
        {
            properties.Append(border);
        }

        if (indent || rightIndent > 0)
        {
            // Two characters of the body's size (三号, 16 pt = 320 twips each).
            properties.Append(new Indentation { FirstLine = indent ? "640" : null, Right = rightIndent > 0 ? rightIndent.ToString(CultureInfo.InvariantCulture) : null });
        }

        var runProperties = new RunProperties(
            new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font },
            new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        if (red)
        {
            runProperties.Append(new Color { Val = "E60012" });
        }

        return new Paragraph(properties, new Run(runProperties, new Text(content) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
