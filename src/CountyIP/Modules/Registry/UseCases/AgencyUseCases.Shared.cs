using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Modules.Registry.UseCases.Validation;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record ServiceAgencyInput
{
    [Required, StringLength(200)]
    public string Name { get; init; } = string.Empty;

    [StringLength(40), CreditCode]
    public string? CreditCode { get; init; }

    public AgencyKind Kind { get; init; }

    [StringLength(32)]
    public string? UnitCode { get; init; }

    public DateOnly? EstablishedOn { get; init; }

    public DateOnly? ClosedOn { get; init; }

    [StringLength(1000)]
    public string? Services { get; init; }

    public Guid? Version { get; init; }
}

public sealed record ServiceAgencyView(
    Guid Id, string Name, string? CreditCode, AgencyKind Kind, string? UnitCode, DateOnly? EstablishedOn, DateOnly? ClosedOn, string? Services, Guid Version)
{
    internal static ServiceAgencyView From(ServiceAgency a) => new(a.Id, a.Name, a.CreditCode, a.Kind, a.UnitCode, a.EstablishedOn, a.ClosedOn, a.Services, a.Version);
}

internal static class AgencyInputs
{
    public static string? Validate(ServiceAgencyInput input, InputErrors errors)
    {
        errors.Required(nameof(ServiceAgencyInput.Name), input.Name);
        var code = errors.Optional(nameof(ServiceAgencyInput.CreditCode), input.CreditCode, UnifiedSocialCreditCode.Parse);
        errors.ThrowIfAny();
        return code?.Value;
    }

    public static void Apply(ServiceAgency a, ServiceAgencyInput input, string? creditCode, DateTime utcNow)
    {
        a.Name = input.Name.Trim();
        a.CreditCode = creditCode;
        a.Kind = input.Kind;
        a.UnitCode = EnterpriseInputs.Blank(input.UnitCode);
        a.EstablishedOn = input.EstablishedOn;
        a.ClosedOn = input.ClosedOn;
        a.Services = EnterpriseInputs.Blank(input.Services);
        a.Touch(utcNow);
    }
}
