using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record CopyrightInput : IValidatableObject
{
    public CopyrightKind Kind { get; init; }

    /// <summary>软著登记号 (<c>2023SR0879891</c>) or 作品登记号 (<c>国作登字-2021-L-00268255</c>).</summary>
    [Required, StringLength(40)]
    public string RegistrationNumber { get; init; } = string.Empty;

    /// <summary>软著登字第…号 (software only).</summary>
    [StringLength(40)]
    public string? CertificateNumber { get; init; }

    [Required, StringLength(300)]
    public string Title { get; init; } = string.Empty;

    [Required, StringLength(200)]
    public string OwnerName { get; init; } = string.Empty;

    public Guid? EnterpriseId { get; init; }

    public DateOnly RegisteredOn { get; init; }

    public Guid? Version { get; init; }

    /// <summary>
    /// The rules across fields: the registration number's form depends on the kind (软著 or 作品), and only software
    /// has a certificate number to check. The same rules check every import row (<see cref="CopyrightInputs"/>).
    /// </summary>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        var errors = new InputErrors();
        CopyrightInputs.Normalise(this, errors);
        return errors.Results();
    }
}

public sealed record CopyrightView(
    Guid Id, CopyrightKind Kind, string RegistrationNumber, string? CertificateNumber, string Title, string OwnerName, Guid? EnterpriseId, DateOnly RegisteredOn, Guid Version)
{
    internal static CopyrightView From(CopyrightRegistration c) =>
        new(c.Id, c.Kind, c.RegistrationNumber, c.CertificateNumber, c.Title, c.OwnerName, c.EnterpriseId, c.RegisteredOn, c.Version);
}

internal static class CopyrightInputs
{
    public static (string Number, string? Certificate) Validate(CopyrightInput input, InputErrors errors)
    {
        var normalised = Normalise(input, errors);
        errors.ThrowIfAny();
        return normalised;
    }

    /// <summary>Checks the cross-field rules into <paramref name="errors"/> and gives the canonical values (meaningful when none failed).</summary>
    public static (string Number, string? Certificate) Normalise(CopyrightInput input, InputErrors errors)
    {
        string? number = input.Kind == CopyrightKind.Software
            ? errors.Mandatory(nameof(CopyrightInput.RegistrationNumber), input.RegistrationNumber, SoftwareCopyrightNumber.Parse)?.Value
            : errors.Mandatory(nameof(CopyrightInput.RegistrationNumber), input.RegistrationNumber, WorksRegistrationNumber.Parse)?.Value;
        var certificate = input.Kind == CopyrightKind.Software
            ? errors.Optional(nameof(CopyrightInput.CertificateNumber), input.CertificateNumber, SoftwareCertificateNumber.Parse)?.Value
            : EnterpriseInputs.Blank(input.CertificateNumber);
        errors.Required(nameof(CopyrightInput.Title), input.Title);
        errors.Required(nameof(CopyrightInput.OwnerName), input.OwnerName);
        return (number ?? string.Empty, certificate);
    }

    public static void Apply(CopyrightRegistration c, CopyrightInput input, (string Number, string? Certificate) n, DateTime utcNow)
    {
        c.Kind = input.Kind;
        c.RegistrationNumber = n.Number;
        c.CertificateNumber = n.Certificate;
        c.Title = input.Title.Trim();
        c.OwnerName = input.OwnerName.Trim();
        c.EnterpriseId = input.EnterpriseId;
        c.RegisteredOn = input.RegisteredOn;
        c.Touch(utcNow);
    }
}
