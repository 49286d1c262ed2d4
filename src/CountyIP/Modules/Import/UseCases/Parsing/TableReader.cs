namespace CountyIP.Modules.Import.UseCases.Parsing;

/// <summary>One cell as read: its text (numbers in invariant form), whether the file stored it as a number, and its formula if any.</summary>
public readonly record struct Cell(string? Text, bool IsNumber = false, string? Formula = null);

/// <summary>A data row: its number in the file (the header row is 1 in a CSV; the sheet's own row number in a workbook).</summary>
public sealed record TableRow(int Number, IReadOnlyList<Cell> Cells)
{
    public Cell this[int index] => index < Cells.Count ? Cells[index] : default;

    public bool IsEmpty => Cells.All(c => string.IsNullOrWhiteSpace(c.Text) && c.Formula is null);
}

/// <summary>Streams the rows of a spreadsheet or CSV file, one at a time: the file is never held in memory.</summary>
public interface ITableReader : IDisposable
{
    /// <summary>The first non-empty row, or an empty list when the file has none.</summary>
    IReadOnlyList<string?> Headers { get; }

    /// <summary>How far through the file the reader is, 0..1, for the progress bar.</summary>
    double Progress { get; }

    /// <summary>The next non-empty data row, or null at the end.</summary>
    TableRow? Next();
}

/// <summary>The file as a whole cannot be read; <see cref="Code"/> picks the localised message.</summary>
public sealed class ImportFileException(string code, params object[] arguments) : Exception(code)
{
    public string Code { get; } = code;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}

/// <summary>Counts what is read from a stream and refuses to go past a limit (a zip entry that lies about its size).</summary>
internal sealed class LimitedStream(Stream inner, long limit) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        BytesRead += n;
        if (BytesRead > limit)
        {
            throw new ImportFileException(ImportFileErrors.ZipBomb);
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>Codes of whole-file refusals; ImportText has a message <c>File_{code}</c> for each.</summary>
public static class ImportFileErrors
{
    public const string Empty = "Empty";
    public const string TooLarge = "TooLarge";
    public const string WrongExtension = "WrongExtension";
    public const string NotSpreadsheet = "NotSpreadsheet";
    public const string Encrypted = "Encrypted";
    public const string Executable = "Executable";
    public const string ZipBomb = "ZipBomb";
    public const string NoRows = "NoRows";
    public const string MissingColumns = "MissingColumns";
    public const string Encoding = "Encoding";
    public const string AllOrNothing = "AllOrNothing";
}
