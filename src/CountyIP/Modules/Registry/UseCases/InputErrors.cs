using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Modules.Registry.UseCases.Validation;
using CountyIP.Platform.Web.Validation;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>Collects field errors with localised messages; identifier errors say why (and the expected check character).</summary>
internal sealed class InputErrors(IStringLocalizer<RegistryText> text)
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    public void Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, text["Error_Required"]);
        }
    }

    public void Identifier(string field, IdentifierError error) => Add(field, IdentifierMessages.Describe(error));

    /// <summary>Parses an optional identifier: null/blank gives null; an invalid one records the error.</summary>
    public T? Optional<T>(string field, string? input, Func<string?, IdentifierCheck<T>> parse)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var check = parse(input);
        if (!check.IsValid)
        {
            Identifier(field, check.Error!);
        }

        return check.Value;
    }

    public T? Mandatory<T>(string field, string? input, Func<string?, IdentifierCheck<T>> parse)
        where T : class
    {
        var check = parse(input);
        if (!check.IsValid)
        {
            Identifier(field, check.Error!);
        }

        return check.Value;
    }


    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new InputValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }
}
