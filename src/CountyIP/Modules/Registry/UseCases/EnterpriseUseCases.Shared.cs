using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Modules.Registry.UseCases.Validation;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>Fields of an enterprise or institution as entered (create and update).</summary>
public sealed record EnterpriseInput
{
    [Required, StringLength(200)]
    public string Name { get; init; } = string.Empty;

    [Required, StringLength(40), CreditCode]
    public string CreditCode { get; init; } = string.Empty;

    public OrganisationKind Kind { get; init; }

    [StringLength(32)]
    public string? UnitCode { get; init; }

    [StringLength(300)]
    public string? Address { get; init; }

    [StringLength(1)]
    public string? IndustrySection { get; init; }

    [StringLength(4)]
    public string? IndustryEdition { get; init; }

    public PlanIndustry IndustryTags { get; init; }

    public bool StrategicEmerging { get; init; }

    public EnterpriseSize? Size { get; init; }

    [StringLength(40)]
    public string? HighTechCertificateNumber { get; init; }

    public DateOnly? HighTechValidUntil { get; init; }

    public bool KeyIndustry { get; init; }

    public bool HasIpManagementBody { get; init; }

    [Range(0, 10000)]
    public int FullTimeIpStaff { get; init; }

    [Range(0, 10000)]
    public int PartTimeIpStaff { get; init; }

    public DateOnly? IpStrategyAdoptedOn { get; init; }

    public DateOnly? ContactStartedOn { get; init; }

    [StringLength(100)]
    public string? ContactPerson { get; init; }

    public DateOnly? ContactEndedOn { get; init; }

    public IReadOnlyList<DesignationInput> Designations { get; init; } = [];

    /// <summary>On update: the version that was read; a newer one on the server answers 409.</summary>
    public Guid? Version { get; init; }
}

public sealed record DesignationInput(
    DesignationLevel Level,
    DesignationKind Kind,
    [property: Required, StringLength(200)] string Title,
    [property: Required, StringLength(200)] string IssuingBody,
    [property: Range(1980, 2100)] int Year,
    DateOnly? ValidUntil);

public sealed record EnterpriseSummary(
    Guid Id,
    string Name,
    string CreditCode,
    OrganisationKind Kind,
    string? UnitCode,
    string? IndustrySection,
    PlanIndustry IndustryTags,
    bool StrategicEmerging,
    bool KeyIndustry,
    string? HighTechCertificateNumber,
    DateOnly? HighTechValidUntil);

public sealed record EnterpriseDetails(
    Guid Id,
    string Name,
    string CreditCode,
    OrganisationKind Kind,
    string? UnitCode,
    string? Address,
    string? IndustrySection,
    string? IndustryEdition,
    PlanIndustry IndustryTags,
    bool StrategicEmerging,
    EnterpriseSize? Size,
    string? HighTechCertificateNumber,
    DateOnly? HighTechValidUntil,
    bool KeyIndustry,
    bool HasIpManagementBody,
    int FullTimeIpStaff,
    int PartTimeIpStaff,
    DateOnly? IpStrategyAdoptedOn,
    DateOnly? ContactStartedOn,
    string? ContactPerson,
    DateOnly? ContactEndedOn,
    IReadOnlyList<DesignationView> Designations,
    IReadOnlyList<ContactLogView> ContactLog,
    DateTime UpdatedUtc,
    Guid Version)
{
    internal static EnterpriseDetails From(Enterprise e) => new(
        e.Id, e.Name, e.CreditCode, e.Kind, e.UnitCode, e.Address, e.IndustrySection, e.IndustryEdition, e.IndustryTags,
        e.StrategicEmerging, e.Size, e.HighTechCertificateNumber, e.HighTechValidUntil, e.KeyIndustry, e.HasIpManagementBody,
        e.FullTimeIpStaff, e.PartTimeIpStaff, e.IpStrategyAdoptedOn, e.ContactStartedOn, e.ContactPerson, e.ContactEndedOn,
        [.. e.Designations.OrderByDescending(d => d.Year).Select(d => new DesignationView(d.Id, d.Level, d.Kind, d.Title, d.IssuingBody, d.Year, d.ValidUntil, d.CertificateFileName, d.RevokedOn, d.RevocationReason))],
        [.. e.ContactLog.OrderByDescending(c => c.Date).Select(c => new ContactLogView(c.Id, c.Date, c.Kind, c.Note, c.RecordedBy))],
        e.UpdatedUtc, e.Version);
}

/// <summary>A designation; <paramref name="CertificateFileName"/> is set when a certificate file is attached.</summary>
public sealed record DesignationView(Guid Id, DesignationLevel Level, DesignationKind Kind, string Title, string IssuingBody, int Year, DateOnly? ValidUntil, string? CertificateFileName = null, DateOnly? RevokedOn = null, string? RevocationReason = null);

public sealed record ContactLogView(Guid Id, DateOnly Date, ContactKind Kind, string Note, string? RecordedBy);

internal static class EnterpriseInputs
{
    /// <summary>Validates the input and returns the canonical credit code; throws with every field error.</summary>
    public static string Validate(EnterpriseInput input, InputErrors errors)
    {
        errors.Required(nameof(EnterpriseInput.Name), input.Name);
        var code = errors.Mandatory(nameof(EnterpriseInput.CreditCode), input.CreditCode, UnifiedSocialCreditCode.Parse);
        if (input.IndustrySection is { Length: > 0 } section && (section.Length != 1 || section[0] is < 'A' or > 'T'))
        {
            errors.Identifier(nameof(EnterpriseInput.IndustrySection), new IdentifierError(IdentifierErrorKind.InvalidFormat, Found: section));
        }

        for (var i = 0; i < input.Designations.Count; i++)
        {
            errors.Required($"{nameof(EnterpriseInput.Designations)}[{i}].{nameof(DesignationInput.Title)}", input.Designations[i].Title);
            errors.Required($"{nameof(EnterpriseInput.Designations)}[{i}].{nameof(DesignationInput.IssuingBody)}", input.Designations[i].IssuingBody);
        }

        errors.ThrowIfAny();
        return code!.Value;
    }

    /// <summary>
    /// The fields only the bureau sets (issue 18 §8 "mass assignment"): what identifies the enterprise and places it
    /// in a town's scope, and what feeds the pilot's indicators — name, credit code, kind, unit, industry and plan
    /// industries, the strategic, key-industry and high-tech marks, the designations, the bureau's contact dates. An
    /// enterprise keeps its own profile: address, size, IP body and staff, strategy date, contact person. Returns the
    /// bureau's fields that <paramref name="input"/> would change on <paramref name="e"/>.
    /// </summary>
    public static IReadOnlyList<string> BureauFieldsChanged(Enterprise e, EnterpriseInput input, string creditCode)
    {
        var changed = new List<string>();
        void Check(bool differs, string field)
        {
            if (differs)
            {
                changed.Add(field);
            }
        }

        Check(e.Name != input.Name.Trim(), nameof(EnterpriseInput.Name));
        Check(e.CreditCode != creditCode, nameof(EnterpriseInput.CreditCode));
        Check(e.Kind != input.Kind, nameof(EnterpriseInput.Kind));
        Check(e.UnitCode != Blank(input.UnitCode), nameof(EnterpriseInput.UnitCode));
        Check(e.IndustrySection != Blank(input.IndustrySection)?.ToUpperInvariant(), nameof(EnterpriseInput.IndustrySection));
        Check(e.IndustryEdition != Blank(input.IndustryEdition), nameof(EnterpriseInput.IndustryEdition));
        Check(e.IndustryTags != input.IndustryTags, nameof(EnterpriseInput.IndustryTags));
        Check(e.StrategicEmerging != input.StrategicEmerging, nameof(EnterpriseInput.StrategicEmerging));
        Check(e.HighTechCertificateNumber != Blank(input.HighTechCertificateNumber), nameof(EnterpriseInput.HighTechCertificateNumber));
        Check(e.HighTechValidUntil != input.HighTechValidUntil, nameof(EnterpriseInput.HighTechValidUntil));
        Check(e.KeyIndustry != input.KeyIndustry, nameof(EnterpriseInput.KeyIndustry));
        Check(e.ContactStartedOn != input.ContactStartedOn, nameof(EnterpriseInput.ContactStartedOn));
        Check(e.ContactEndedOn != input.ContactEndedOn, nameof(EnterpriseInput.ContactEndedOn));
        var stored = e.Designations.Select(d => (d.Level, d.Kind, d.Title, d.IssuingBody, d.Year, d.ValidUntil)).Order().ToList();
        var asked = input.Designations.Select(d => (d.Level, d.Kind, d.Title.Trim(), d.IssuingBody.Trim(), d.Year, d.ValidUntil)).Order().ToList();
        Check(!stored.SequenceEqual(asked), nameof(EnterpriseInput.Designations));
        return changed;
    }

    public static void Apply(Enterprise e, EnterpriseInput input, string creditCode, DateTime utcNow)
    {
        e.Name = input.Name.Trim();
        e.CreditCode = creditCode;
        e.Kind = input.Kind;
        e.UnitCode = Blank(input.UnitCode);
        e.Address = Blank(input.Address);
        e.IndustrySection = Blank(input.IndustrySection)?.ToUpperInvariant();
        e.IndustryEdition = Blank(input.IndustryEdition);
        e.IndustryTags = input.IndustryTags;
        e.StrategicEmerging = input.StrategicEmerging;
        e.Size = input.Size;
        e.HighTechCertificateNumber = Blank(input.HighTechCertificateNumber);
        e.HighTechValidUntil = input.HighTechValidUntil;
        e.KeyIndustry = input.KeyIndustry;
        e.HasIpManagementBody = input.HasIpManagementBody;
        e.FullTimeIpStaff = input.FullTimeIpStaff;
        e.PartTimeIpStaff = input.PartTimeIpStaff;
        e.IpStrategyAdoptedOn = input.IpStrategyAdoptedOn;
        e.ContactStartedOn = input.ContactStartedOn;
        e.ContactPerson = Blank(input.ContactPerson);
        e.ContactEndedOn = input.ContactEndedOn;
        e.ReplaceDesignations(input.Designations.Select(d => new Designation(d.Level, d.Kind, d.Title.Trim(), d.IssuingBody.Trim(), d.Year, d.ValidUntil)));
        e.Touch(utcNow);
    }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
