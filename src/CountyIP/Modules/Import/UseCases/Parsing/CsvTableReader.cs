using System.Text;

namespace CountyIP.Modules.Import.UseCases.Parsing;

/// <summary>
/// RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes), comma- or tab-separated, in UTF-8 with or
/// without BOM, UTF-16 with BOM, or GB18030 (what Excel on a Chinese Windows writes), read as a stream.
/// </summary>
internal sealed class CsvTableReader : ITableReader
{
    private readonly Stream stream;
    private readonly StreamReader reader;
    private readonly char separator;
    private readonly StringBuilder field = new();
    private int lineNumber;

    public CsvTableReader(Stream content)
    {
        stream = content;
        var encoding = ImportFiles.DetectEncoding(content);
        separator = SeparatorOf(content, encoding);
        reader = new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        try
        {
            var first = ReadRecord();
            while (first is not null && first.All(string.IsNullOrWhiteSpace))
            {
                first = ReadRecord();
            }

            Headers = first ?? [];
        }
        catch (DecoderFallbackException)
        {
            throw new ImportFileException(ImportFileErrors.Encoding);
        }
    }

    public IReadOnlyList<string?> Headers { get; }

    public double Progress => stream.Length == 0 ? 1 : (double)stream.Position / stream.Length;

    public TableRow? Next()
    {
        try
        {
            while (true)
            {
                var start = lineNumber + 1;
                var record = ReadRecord();
                if (record is null)
                {
                    return null;
                }

                var row = new TableRow(start, [.. record.Select(v => new Cell(v))]);
                if (!row.IsEmpty)
                {
                    return row;
                }
            }
        }
        catch (DecoderFallbackException)
        {
            throw new ImportFileException(ImportFileErrors.Encoding);
        }
    }

    /// <summary>One record (possibly several lines when a quoted field holds a line break), or null at the end.</summary>
    private List<string?>? ReadRecord()
    {
        var c = reader.Read();
        if (c < 0)
        {
            return null;
        }

        lineNumber++;
        var values = new List<string?>();
        field.Clear();
        var quoted = false;
        var wasQuoted = false;
        while (c >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        lineNumber++;
                    }

                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (ch == separator)
            {
                values.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (ch == '\r')
            {
                if (reader.Peek() == '\n')
                {
                    reader.Read();
                }

                break;
            }
            else if (ch == '\n')
            {
                break;
            }
            else
            {
                field.Append(ch);
            }

            c = reader.Read();
        }

        values.Add(field.ToString());
        return values;
    }

    /// <summary>Tab-separated text (Excel's "Unicode text") has tabs and no commas in its first line; anything else is comma-separated.</summary>
    private static char SeparatorOf(Stream content, Encoding encoding)
    {
        var buffer = new byte[64 * 1024];
        var n = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        content.Position = 0;
        string decoded;
        try
        {
            decoded = encoding.GetString(buffer, 0, n);
        }
        catch (DecoderFallbackException)
        {
            // The 64 KB cut a character in two (or the text is broken, which the reader reports when it gets there).
            return ',';
        }

        var text = new string([.. decoded.TakeWhile(c => c is not '\r' and not '\n')]);
        return text.Contains('\t', StringComparison.Ordinal) && !text.Contains(',', StringComparison.Ordinal) ? '\t' : ',';
    }

    public void Dispose()
    {
        reader.Dispose();
        stream.Dispose();
    }
}
