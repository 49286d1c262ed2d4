namespace CountyIP.Platform.Exports;

/// <summary>How a cell is written (issue 10 §5: one place decides each format for every export).</summary>
internal enum CellKind
{
    /// <summary>Text as given.</summary>
    Text,

    /// <summary>A whole number, written as a number.</summary>
    Number,

    /// <summary>
    /// A calendar date as ISO text (yyyy-MM-dd): the app's own export must import again unchanged (issue 9), and the
    /// import reads cells as text; an Excel date serial would come back as a number.
    /// </summary>
    Date,

    /// <summary>A UTC instant shown in Beijing time (yyyy-MM-dd HH:mm:ss), as the pages show it.</summary>
    Time,

    /// <summary>An amount of yuan: a number rounded to two decimals (away from zero, as the accounts round).</summary>
    Money,

    /// <summary>An enum by its localized name (<c>Enum_Type_Value</c>); a [Flags] value lists its set flags with 、.</summary>
    Enum,

    /// <summary>是/否 (Yes/No) from the shared resources.</summary>
    YesNo,
}

/// <summary>
/// One column of an export, declared once: its header (a resource key of the export's string table, or text already
/// localized) and how its cell is read from a row and written.
/// </summary>
internal sealed class SpreadsheetColumn<T>
{
    private SpreadsheetColumn(string header, bool headerIsKey, CellKind kind, Func<T, CellNames, object?> value)
    {
        Header = header;
        HeaderIsKey = headerIsKey;
        Kind = kind;
        Value = value;
    }

    public string Header { get; }

    /// <summary>False when <see cref="Header"/> is already localized (columns a calculator names itself).</summary>
    public bool HeaderIsKey { get; }

    public CellKind Kind { get; }

    internal Func<T, CellNames, object?> Value { get; }

    public static SpreadsheetColumn<T> Text(string headerKey, Func<T, string?> value) => new(headerKey, true, CellKind.Text, (row, _) => value(row));

    /// <summary>Text composed from localized names (a list of enum names, yes/no inside a sentence).</summary>
    public static SpreadsheetColumn<T> Text(string headerKey, Func<T, CellNames, string?> value) => new(headerKey, true, CellKind.Text, (row, names) => value(row, names));

    /// <summary>A column whose header is already localized.</summary>
    public static SpreadsheetColumn<T> LocalizedText(string header, Func<T, string?> value) => new(header, false, CellKind.Text, (row, _) => value(row));

    public static SpreadsheetColumn<T> Number(string headerKey, Func<T, long?> value) => new(headerKey, true, CellKind.Number, (row, _) => value(row));

    public static SpreadsheetColumn<T> Date(string headerKey, Func<T, DateOnly?> value) => new(headerKey, true, CellKind.Date, (row, _) => value(row));

    public static SpreadsheetColumn<T> Time(string headerKey, Func<T, DateTime?> utc) => new(headerKey, true, CellKind.Time, (row, _) => utc(row));

    public static SpreadsheetColumn<T> Money(string headerKey, Func<T, decimal?> value) => new(headerKey, true, CellKind.Money, (row, _) => value(row));

    public static SpreadsheetColumn<T> Enum<TEnum>(string headerKey, Func<T, TEnum?> value)
        where TEnum : struct, System.Enum => new(headerKey, true, CellKind.Enum, (row, _) => value(row));

    public static SpreadsheetColumn<T> Enum<TEnum>(string headerKey, Func<T, TEnum> value)
        where TEnum : struct, System.Enum => new(headerKey, true, CellKind.Enum, (row, _) => value(row));

    public static SpreadsheetColumn<T> YesNo(string headerKey, Func<T, bool> value) => new(headerKey, true, CellKind.YesNo, (row, _) => value(row));
}
