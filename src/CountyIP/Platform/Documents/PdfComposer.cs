using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CountyIP.Platform.Documents;

/// <summary>
/// Writes flowing text, tables and bar charts onto A4 pages with XGraphics, breaking lines between characters
/// (Chinese has no spaces) and starting a new page when the current one is full.
/// </summary>
public sealed class PdfComposer : IDisposable
{
    private const double Margin = 56;
    private readonly PdfDocument document = new();
    private XGraphics? graphics;
    private PdfPage? page;

    public PdfComposer(string title)
    {
        document.Info.Title = title;
        document.Info.Creator = "CountyIP";
        NewPage();
    }

    public double Y { get; private set; }

    private double Width => page!.Width.Point - (2 * Margin);

    private double Bottom => page!.Height.Point - Margin;

    public static XFont Font(double size, bool bold = false) =>
        new(CjkFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    public void NewPage()
    {
        graphics?.Dispose();
        page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    public void Space(double points) => Y += points;

    /// <summary>Text centred on the page at the current position, wrapped when wider than the page (black unless <paramref name="color"/>).</summary>
    public void Centered(string text, XFont font, XColor? color = null)
    {
        var brush = color is { } c ? new XSolidBrush(c) : XBrushes.Black;
        foreach (var line in Wrap(text, font, Width))
        {
            EnsureRoom(font.Height);
            graphics!.DrawString(line, font, brush, new XRect(Margin, Y, Width, font.Height), XStringFormats.TopCenter);
            Y += font.Height * 1.4;
        }
    }

    /// <summary>Text against the right margin (an issuing body, a date at the foot of an official document).</summary>
    public void RightAligned(string text, XFont font, double rightIndent = 0)
    {
        EnsureRoom(font.Height);
        graphics!.DrawString(text, font, XBrushes.Black, new XRect(Margin, Y, Width - rightIndent, font.Height), XStringFormats.TopRight);
        Y += font.Height * 1.4;
    }

    /// <summary>A horizontal line across the text width (the red separator under an official document's header).</summary>
    public void Rule(XColor color, double thickness)
    {
        EnsureRoom(thickness + 4);
        graphics!.DrawLine(new XPen(color, thickness), Margin, Y, Margin + Width, Y);
        Y += thickness + 8;
    }

    /// <summary>A paragraph wrapped to the page width; <paramref name="firstLineIndent"/> indents its first line only (two characters in Chinese prose).</summary>
    public void Paragraph(string text, XFont font, double indent = 0, double firstLineIndent = 0)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            var first = true;
            foreach (var line in Wrap(paragraph, font, Width - indent - firstLineIndent, Width - indent))
            {
                var offset = first ? firstLineIndent : 0;
                EnsureRoom(font.Height);
                graphics!.DrawString(line, font, XBrushes.Black, new XRect(Margin + indent + offset, Y, Width - indent - offset, font.Height), XStringFormats.TopLeft);
                Y += font.Height * 1.3;
                first = false;
            }
        }
    }

    /// <summary>A table with relative column widths; the header repeats on each new page.</summary>
    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, IReadOnlyList<double> widths, XFont font)
    {
        var total = widths.Sum();
        var columns = widths.Select(w => w / total * Width).ToArray();
        var bold = Font(font.Size, bold: true);
        DrawRow(header, columns, bold, shaded: true);
        foreach (var row in rows)
        {
            if (RowHeight(row, columns, font) + Y > Bottom)
            {
                NewPage();
                DrawRow(header, columns, bold, shaded: true);
            }

            DrawRow(row, columns, font, shaded: false);
        }

        Y += 8;
    }

    /// <summary>A bar chart of yearly values with the target as a dashed line.</summary>
    public void BarChart(IReadOnlyList<(string Label, double? Value)> bars, double? target, string unitLabel, XFont font)
    {
        const double height = 150;
        EnsureRoom(height + 30);
        var g = graphics!;
        var left = Margin + 40;
        var width = Width - 50;
        var top = Y;
        var max = Math.Max(bars.Max(b => b.Value ?? 0), target ?? 0);
        max = max <= 0 ? 1 : max * 1.15;
        g.DrawLine(XPens.Black, left, top, left, top + height);
        g.DrawLine(XPens.Black, left, top + height, left + width, top + height);
        g.DrawString(unitLabel, font, XBrushes.Black, new XRect(Margin, top - 2, 38, font.Height), XStringFormats.TopLeft);
        var slot = width / Math.Max(1, bars.Count);
        var brush = new XSolidBrush(XColor.FromArgb(70, 110, 190));
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var x = left + (i * slot) + (slot * 0.2);
            if (value is { } v)
            {
                var h = v / max * height;
                g.DrawRectangle(brush, x, top + height - h, slot * 0.6, h);
                g.DrawString(Number(v), font, XBrushes.Black, new XRect(x - 10, top + height - h - font.Height - 1, (slot * 0.6) + 20, font.Height), XStringFormats.TopCenter);
            }

            g.DrawString(label, font, XBrushes.Black, new XRect(x - 10, top + height + 2, (slot * 0.6) + 20, font.Height), XStringFormats.TopCenter);
        }

        if (target is { } t)
        {
            var ty = top + height - (t / max * height);
            var pen = new XPen(XColor.FromArgb(200, 40, 40), 1) { DashStyle = XDashStyle.Dash };
            g.DrawLine(pen, left, ty, left + width, ty);
        }

        Y = top + height + font.Height + 12;
    }

    public void Save(Stream stream)
    {
        graphics?.Dispose();
        graphics = null;
        document.Save(stream, closeStream: false);
    }

    public void Dispose()
    {
        graphics?.Dispose();
        document.Dispose();
    }

    private void EnsureRoom(double height)
    {
        if (page is null || Y + height > Bottom)
        {
            NewPage();
        }
    }

    private double RowHeight(IReadOnlyList<string?> cells, double[] columns, XFont font)
    {
        var lines = 1;
        for (var i = 0; i < columns.Length; i++)
        {
            lines = Math.Max(lines, Wrap(i < cells.Count ? cells[i] ?? string.Empty : string.Empty, font, columns[i] - 6).Count);
        }

        return (lines * font.Height * 1.2) + 6;
    }

    private void DrawRow(IReadOnlyList<string?> cells, double[] columns, XFont font, bool shaded)
    {
        var height = RowHeight(cells, columns, font);
        EnsureRoom(height);
        var g = graphics!;
        var x = Margin;
        for (var i = 0; i < columns.Length; i++)
        {
            if (shaded)
            {
                g.DrawRectangle(XBrushes.WhiteSmoke, x, Y, columns[i], height);
            }

            g.DrawRectangle(XPens.Gray, x, Y, columns[i], height);
            var lineY = Y + 3;
            foreach (var line in Wrap(i < cells.Count ? cells[i] ?? string.Empty : string.Empty, font, columns[i] - 6))
            {
                g.DrawString(line, font, XBrushes.Black, new XRect(x + 3, lineY, columns[i] - 6, font.Height), XStringFormats.TopLeft);
                lineY += font.Height * 1.2;
            }

            x += columns[i];
        }

        Y += height;
    }

    private List<string> Wrap(string text, XFont font, double width) => Wrap(text, font, width, width);

    /// <summary>Lines of at most <paramref name="firstWidth"/> (the first of each paragraph) and <paramref name="width"/> (the others).</summary>
    private List<string> Wrap(string text, XFont font, double firstWidth, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var current = new System.Text.StringBuilder();
            var limit = firstWidth;
            foreach (var element in StringInfoElements(paragraph))
            {
                if (current.Length > 0 && graphics!.MeasureString(current + element, font).Width > limit)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                    limit = width;
                }

                current.Append(element);
            }

            lines.Add(current.ToString());
        }

        return lines;
    }

    private static IEnumerable<string> StringInfoElements(string text)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            yield return e.GetTextElement();
        }
    }

    private static string Number(double value) => value.ToString(value < 1 && value > 0 ? "0.####" : "#,0.##", CultureInfo.InvariantCulture);
}
