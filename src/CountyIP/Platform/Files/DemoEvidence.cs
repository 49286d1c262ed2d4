using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace CountyIP.Platform.Files;

/// <summary>
/// Small real files for the demo applications' evidence, made at seed time (nothing binary in the repository): a
/// one-page PDF naming what it stands for, and a PNG "photo". They pass the same inspection as an upload.
/// </summary>
public static class DemoEvidence
{
    /// <summary>A one-page A5 landscape PDF with a frame and the lines given (Latin text: the standard Helvetica font needs no embedding).</summary>
    public static byte[] Pdf(params string[] lines)
    {
        var content = new StringBuilder();
        content.Append("0.2 0.3 0.6 RG 4 w 20 20 555 380 re S\n");
        content.Append("BT /F1 22 Tf 50 340 Td (").Append(Escape(lines.FirstOrDefault() ?? "Evidence")).Append(") Tj ET\n");
        for (var i = 1; i < lines.Length; i++)
        {
            content.Append(CultureInfo.InvariantCulture, $"BT /F1 13 Tf 50 {300 - ((i - 1) * 24)} Td (").Append(Escape(lines[i])).Append(") Tj ET\n");
        }

        var stream = Encoding.ASCII.GetBytes(content.ToString());
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 420] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{Encoding.ASCII.GetString(stream)}endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A small RGB PNG: a sky-to-ground gradient with a darker band, like a photo of a room from afar.</summary>
    public static byte[] Png(int width = 160, int height = 100, byte tint = 90)
    {
        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++)
            {
                var band = y > height * 2 / 3;
                raw.WriteByte((byte)(band ? tint : 200 - (y / 2)));
                raw.WriteByte((byte)(band ? tint + 40 : 210 - (y / 3)));
                raw.WriteByte((byte)(band ? 60 : 240 - (x / 4)));
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(zlib);
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
