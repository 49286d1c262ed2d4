using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Modules.Registry.UseCases.Validation;
using System.ComponentModel.DataAnnotations;
using CountyIP.Platform.Web.Validation;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>
/// Collects field errors with localised messages; identifier errors say why (and the expected check character).
/// Filled by the cross-field rules of an input type, which run both as that type's <see cref="IValidatableObject"/>
/// (API and pages, ADR 0018) and for each import row (<see cref="ThrowIfAny"/>), so each rule is written once.
/// </summary>
internal sealed class InputErrors
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
            Add(field, IdentifierMessages.Describe(new IdentifierError(IdentifierErrorKind.Empty)));
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

    /// <summary>The errors as validation results, for an input type's <see cref="IValidatableObject.Validate"/>.</summary>
    public IEnumerable<ValidationResult> Results() =>
        errors.SelectMany(e => e.Value.Select(message => new ValidationResult(message, [e.Key])));

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new InputValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }
}
