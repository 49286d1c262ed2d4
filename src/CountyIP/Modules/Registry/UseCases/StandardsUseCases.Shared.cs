using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Modules.Registry.UseCases.Validation;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record StandardsProjectInput
{
    /// <summary>Standard number once published, e.g. <c>GB/T 4754-2017</c>; empty while drafting.</summary>
    [StringLength(40), StandardNumber]
    public string? Number { get; init; }

    [Required, StringLength(300)]
    public string Title { get; init; } = string.Empty;

    public StandardLevel Level { get; init; }

    public StandardRole Role { get; init; }

    public StandardProjectKind Kind { get; init; }

    [Range(1980, 2100)]
    public int StartYear { get; init; }

    public Guid EnterpriseId { get; init; }

    public Guid? Version { get; init; }
}

public sealed record StandardsProjectView(
    Guid Id, string? Number, string Title, StandardLevel Level, StandardRole Role, StandardProjectKind Kind, int StartYear, Guid EnterpriseId, Guid Version)
{
    internal static StandardsProjectView From(StandardsProject s) => new(s.Id, s.Number, s.Title, s.Level, s.Role, s.Kind, s.StartYear, s.EnterpriseId, s.Version);
}

internal static class StandardsInputs
{
    public static string? Validate(StandardsProjectInput input, InputErrors errors)
    {
        var number = errors.Optional(nameof(StandardsProjectInput.Number), input.Number, StandardNumber.Parse);
        errors.Required(nameof(StandardsProjectInput.Title), input.Title);
        errors.ThrowIfAny();
        return number?.Value;
    }

    public static void Apply(StandardsProject s, StandardsProjectInput input, string? number, DateTime utcNow)
    {
        s.Number = number;
        s.Title = input.Title.Trim();
        s.Level = input.Level;
        s.Role = input.Role;
        s.Kind = input.Kind;
        s.StartYear = input.StartYear;
        s.EnterpriseId = input.EnterpriseId;
        s.Touch(utcNow);
    }
}
