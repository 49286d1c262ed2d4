using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.UseCases;

namespace CountyIP.Modules.Registry.Pages;

/// <summary>Trademark form (recognitions are carried over unchanged).</summary>
public sealed class TrademarkForm
{
    [Required, StringLength(20)]
    public string? RegistrationNumber { get; set; }

    [Required, StringLength(200)]
    public string? Mark { get; set; }

    [Required, StringLength(200)]
    public string? NiceClasses { get; set; }

    [Required, StringLength(200)]
    public string? OwnerName { get; set; }

    /// <summary>Credit code of the owner when it is a registered enterprise.</summary>
    public string? OwnerCreditCode { get; set; }

    public DateOnly? ApplicationDate { get; set; }

    public DateOnly? RegistrationDate { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public TrademarkStatus Status { get; set; } = TrademarkStatus.Registered;

    public bool GeographicalIndication { get; set; }

    public Guid? Version { get; set; }

    public static TrademarkForm From(TrademarkView t, string? ownerCode) => new()
    {
        RegistrationNumber = t.RegistrationNumber,
        Mark = t.Mark,
        NiceClasses = string.Join(';', t.NiceClasses),
        OwnerName = t.OwnerName,
        OwnerCreditCode = ownerCode,
        ApplicationDate = t.ApplicationDate,
        RegistrationDate = t.RegistrationDate,
        ValidUntil = t.ValidUntil,
        Status = t.RecordedStatus,
        GeographicalIndication = t.GeographicalIndication,
        Version = t.Version,
    };

    public TrademarkInput ToInput(Guid? enterpriseId, IReadOnlyList<RecognitionInput> recognitions) => new()
    {
        RegistrationNumber = RegistrationNumber ?? string.Empty,
        Mark = Mark ?? string.Empty,
        NiceClasses = NiceClasses ?? string.Empty,
        OwnerName = OwnerName ?? string.Empty,
        EnterpriseId = enterpriseId,
        ApplicationDate = ApplicationDate,
        RegistrationDate = RegistrationDate,
        ValidUntil = ValidUntil,
        Status = Status,
        GeographicalIndication = GeographicalIndication,
        Recognitions = recognitions,
        Version = Version,
    };
}

public sealed class CopyrightForm
{
    public CopyrightKind Kind { get; set; }

    [Required, StringLength(40)]
    public string? RegistrationNumber { get; set; }

    [StringLength(40)]
    public string? CertificateNumber { get; set; }

    [Required, StringLength(300)]
    public string? Title { get; set; }

    [Required, StringLength(200)]
    public string? OwnerName { get; set; }

    public string? OwnerCreditCode { get; set; }

    [Required]
    public DateOnly? RegisteredOn { get; set; }

    public Guid? Version { get; set; }

    public static CopyrightForm From(CopyrightView c, string? ownerCode) => new()
    {
        Kind = c.Kind,
        RegistrationNumber = c.RegistrationNumber,
        CertificateNumber = c.CertificateNumber,
        Title = c.Title,
        OwnerName = c.OwnerName,
        OwnerCreditCode = ownerCode,
        RegisteredOn = c.RegisteredOn,
        Version = c.Version,
    };

    public CopyrightInput ToInput(Guid? enterpriseId) => new()
    {
        Kind = Kind,
        RegistrationNumber = RegistrationNumber ?? string.Empty,
        CertificateNumber = CertificateNumber,
        Title = Title ?? string.Empty,
        OwnerName = OwnerName ?? string.Empty,
        EnterpriseId = enterpriseId,
        RegisteredOn = RegisteredOn ?? default,
        Version = Version,
    };
}

public sealed class StandardsForm
{
    [StringLength(40)]
    public string? Number { get; set; }

    [Required, StringLength(300)]
    public string? Title { get; set; }

    public StandardLevel Level { get; set; }

    public StandardRole Role { get; set; }

    public StandardProjectKind Kind { get; set; }

    [Range(1980, 2100)]
    public int StartYear { get; set; } = 2013;

    [Required]
    public string? EnterpriseCreditCode { get; set; }

    public Guid? Version { get; set; }

    public static StandardsForm From(StandardsProjectView s, string? enterpriseCode) => new()
    {
        Number = s.Number,
        Title = s.Title,
        Level = s.Level,
        Role = s.Role,
        Kind = s.Kind,
        StartYear = s.StartYear,
        EnterpriseCreditCode = enterpriseCode,
        Version = s.Version,
    };

    public StandardsProjectInput ToInput(Guid enterpriseId) => new()
    {
        Number = Number,
        Title = Title ?? string.Empty,
        Level = Level,
        Role = Role,
        Kind = Kind,
        StartYear = StartYear,
        EnterpriseId = enterpriseId,
        Version = Version,
    };
}

public sealed class AgencyForm
{
    [Required, StringLength(200)]
    public string? Name { get; set; }

    [StringLength(40)]
    public string? CreditCode { get; set; }

    public AgencyKind Kind { get; set; }

    public string? UnitCode { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    [StringLength(1000)]
    public string? Services { get; set; }

    public Guid? Version { get; set; }

    public static AgencyForm From(ServiceAgencyView a) => new()
    {
        Name = a.Name,
        CreditCode = a.CreditCode,
        Kind = a.Kind,
        UnitCode = a.UnitCode,
        EstablishedOn = a.EstablishedOn,
        ClosedOn = a.ClosedOn,
        Services = a.Services,
        Version = a.Version,
    };

    public ServiceAgencyInput ToInput() => new()
    {
        Name = Name ?? string.Empty,
        CreditCode = CreditCode,
        Kind = Kind,
        UnitCode = UnitCode,
        EstablishedOn = EstablishedOn,
        ClosedOn = ClosedOn,
        Services = Services,
        Version = Version,
    };
}
