using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.UseCases;

namespace CountyIP.Modules.Registry.Pages;

/// <summary>Editable fields of the enterprise form (static SSR binds settable properties).</summary>
public sealed class EnterpriseForm
{
    [Required, StringLength(200)]
    public string? Name { get; set; }

    [Required, StringLength(40)]
    public string? CreditCode { get; set; }

    public OrganisationKind Kind { get; set; }

    public string? UnitCode { get; set; }

    public string? Address { get; set; }

    public string? IndustrySection { get; set; }

    public string? IndustryEdition { get; set; }

    public PlanIndustry[] Tags { get; set; } = [];

    public bool StrategicEmerging { get; set; }

    public EnterpriseSize? Size { get; set; }

    public string? HighTechCertificateNumber { get; set; }

    public DateOnly? HighTechValidUntil { get; set; }

    public bool KeyIndustry { get; set; }

    public bool HasIpManagementBody { get; set; }

    [Range(0, 10000)]
    public int FullTimeIpStaff { get; set; }

    [Range(0, 10000)]
    public int PartTimeIpStaff { get; set; }

    public DateOnly? IpStrategyAdoptedOn { get; set; }

    public DateOnly? ContactStartedOn { get; set; }

    public string? ContactPerson { get; set; }

    public DateOnly? ContactEndedOn { get; set; }

    public Guid? Version { get; set; }

    /// <summary>
    /// This (the stored record) with the enterprise's own profile fields as <paramref name="entered"/>: an enterprise's
    /// form shows the bureau's fields disabled, and a disabled field is not posted (EnterpriseInputs.BureauFieldsChanged).
    /// </summary>
    public EnterpriseForm WithOwnProfileOf(EnterpriseForm entered)
    {
        Address = entered.Address;
        Size = entered.Size;
        HasIpManagementBody = entered.HasIpManagementBody;
        FullTimeIpStaff = entered.FullTimeIpStaff;
        PartTimeIpStaff = entered.PartTimeIpStaff;
        IpStrategyAdoptedOn = entered.IpStrategyAdoptedOn;
        ContactPerson = entered.ContactPerson;
        Version = entered.Version;
        return this;
    }

    public static EnterpriseForm From(EnterpriseDetails e) => new()
    {
        Name = e.Name,
        CreditCode = e.CreditCode,
        Kind = e.Kind,
        UnitCode = e.UnitCode,
        Address = e.Address,
        IndustrySection = e.IndustrySection,
        IndustryEdition = e.IndustryEdition,
        Tags = [.. Enum.GetValues<PlanIndustry>().Where(t => t != PlanIndustry.None && e.IndustryTags.HasFlag(t))],
        StrategicEmerging = e.StrategicEmerging,
        Size = e.Size,
        HighTechCertificateNumber = e.HighTechCertificateNumber,
        HighTechValidUntil = e.HighTechValidUntil,
        KeyIndustry = e.KeyIndustry,
        HasIpManagementBody = e.HasIpManagementBody,
        FullTimeIpStaff = e.FullTimeIpStaff,
        PartTimeIpStaff = e.PartTimeIpStaff,
        IpStrategyAdoptedOn = e.IpStrategyAdoptedOn,
        ContactStartedOn = e.ContactStartedOn,
        ContactPerson = e.ContactPerson,
        ContactEndedOn = e.ContactEndedOn,
        Version = e.Version,
    };

    /// <summary>The API input; designations are edited elsewhere and carried over unchanged.</summary>
    public EnterpriseInput ToInput(IReadOnlyList<DesignationView> designations) => new()
    {
        Name = Name ?? string.Empty,
        CreditCode = CreditCode ?? string.Empty,
        Kind = Kind,
        UnitCode = UnitCode,
        Address = Address,
        IndustrySection = IndustrySection,
        IndustryEdition = IndustryEdition,
        IndustryTags = Tags.Aggregate(PlanIndustry.None, (all, t) => all | t),
        StrategicEmerging = StrategicEmerging,
        Size = Size,
        HighTechCertificateNumber = HighTechCertificateNumber,
        HighTechValidUntil = HighTechValidUntil,
        KeyIndustry = KeyIndustry,
        HasIpManagementBody = HasIpManagementBody,
        FullTimeIpStaff = FullTimeIpStaff,
        PartTimeIpStaff = PartTimeIpStaff,
        IpStrategyAdoptedOn = IpStrategyAdoptedOn,
        ContactStartedOn = ContactStartedOn,
        ContactPerson = ContactPerson,
        ContactEndedOn = ContactEndedOn,
        Designations = [.. designations.Select(d => new DesignationInput(d.Level, d.Kind, d.Title, d.IssuingBody, d.Year, d.ValidUntil))],
        Version = Version,
    };
}
