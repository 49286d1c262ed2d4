using System.Globalization;
using CountyIP.Modules.Registry.Contracts;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases.RecordImport;

/// <summary>Reads one row's fields by name and collects what cannot be read (dates, choices, numbers) as field errors.</summary>
internal sealed class RowReader(RecordRow row, IReadOnlyDictionary<string, int> indexByField, IStringLocalizer<RegistryText> text)
{
    private readonly List<RecordFieldError> reasons = [];

    public RecordRow Row => row;

    public IReadOnlyList<RecordFieldError> Reasons => reasons;

    public bool Has(string field) => indexByField.ContainsKey(field);

    public void Add(string field, string message) => reasons.Add(new RecordFieldError(field, message));

    /// <summary>The cleaned text of a field, or null (cells are cleaned, and formulas refused, by the importing module).</summary>
    public string? Text(string field) => indexByField.TryGetValue(field, out var index) ? row.Values[index] : null;

    /// <summary>The text without recording anything (to find a row's key before reading it).</summary>
    public string? PeekText(string field) => Text(field);

    public string Localise(string key, params object[] arguments) => text[key, arguments];

    public DateOnly? Date(string field)
    {
        var value = Text(field);
        if (value is null)
        {
            return null;
        }

        if (RecordValues.TryParseDate(value, out var date))
        {
            return date;
        }

        Add(field, text["Import_Row_BadDate", value]);
        return null;
    }

    public T? Choice<T>(string field, Func<string?, T?> parse)
        where T : struct
    {
        var value = Text(field);
        if (value is null)
        {
            return null;
        }

        if (parse(value) is { } parsed)
        {
            return parsed;
        }

        Add(field, text["Import_Row_BadChoice", value]);
        return null;
    }

    public bool? YesNo(string field) => Choice(field, RecordValues.ParseYesNo);

    public int? Number(string field) => Choice<int>(field, v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null);

    public void Required(string field, object? value)
    {
        if (value is null or "")
        {
            Add(field, text["Import_Row_Required"]);
        }
    }
}
