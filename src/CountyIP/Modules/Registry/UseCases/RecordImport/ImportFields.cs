using System.Globalization;
using System.Runtime.CompilerServices;
using CountyIP.Modules.Registry.Contracts;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases.RecordImport;

/// <summary>
/// Everything an import can change in one record, field by field: equal lists mean the row is unchanged, and for a
/// changed row the preview lists which fields change, old → new (issue 9: "变更 1" said nothing of what changed).
/// A field is named by the expression that adds it (<c>add.Add(p.Title)</c> → Title) or explicitly; values added under
/// one name (applicants, designations) form one field.
/// </summary>
internal sealed class ImportFields
{
    private readonly List<(string Name, object? Value)> values = [];

    public void Add(object? value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        var dot = name.LastIndexOf('.');
        values.Add((dot < 0 ? name : name[(dot + 1)..], value));
    }

    /// <summary>The comparable form: invariant text per field, in the order added.</summary>
    private List<(string Name, string Text, IReadOnlyList<object?> Values)> Fields() =>
        [.. values.GroupBy(v => v.Name, StringComparer.Ordinal)
            .Select(g => (g.Key, string.Join('\u001F', g.Select(v => Invariant(v.Value))), (IReadOnlyList<object?>)[.. g.Select(v => v.Value)]))];

    public bool SameAs(ImportFields other) => Fields().Select(f => f.Text).SequenceEqual(other.Fields().Select(f => f.Text), StringComparer.Ordinal);

    /// <summary>The fields whose values differ, with localized names and values (the batch's culture is current).</summary>
    public IReadOnlyList<RecordFieldChange> ChangesTo(ImportFields fresh, IStringLocalizer<RegistryText> text)
    {
        var before = Fields().ToDictionary(f => f.Name, StringComparer.Ordinal);
        var changes = new List<RecordFieldChange>();
        foreach (var (name, after, afterValues) in fresh.Fields())
        {
            var old = before.GetValueOrDefault(name);
            if (!string.Equals(old.Text, after, StringComparison.Ordinal))
            {
                changes.Add(new RecordFieldChange(Label(text, name), Display(text, old.Values), Display(text, afterValues)));
            }
        }

        return changes;
    }

    private static string Label(IStringLocalizer<RegistryText> text, string name)
    {
        var label = text[$"Field_{name}"];
        return label.ResourceNotFound ? name : label.Value;
    }

    private static string? Display(IStringLocalizer<RegistryText> text, IReadOnlyList<object?>? values)
    {
        if (values is null)
        {
            return null;
        }

        var shown = values.Select(v => v switch
        {
            null => null,
            bool b => text[b ? "Value_Yes" : "Value_No"].Value,
            Enum e => text[$"Enum_{e.GetType().Name}_{e}"] is { ResourceNotFound: false } name ? name.Value : e.ToString(),
            _ => Invariant(v),
        }).Where(v => !string.IsNullOrEmpty(v)).ToList();
        return shown.Count == 0 ? null : string.Join("；", shown);
    }

    private static string Invariant(object? value) => value switch
    {
        null => string.Empty,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
