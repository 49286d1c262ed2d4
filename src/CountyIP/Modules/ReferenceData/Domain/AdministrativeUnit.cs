using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;

namespace CountyIP.Modules.ReferenceData.Domain;

/// <summary>
/// A unit of the district: the district itself, a town or sub-district, an investment-zone committee or a
/// statistical unit. Units change over time (东升 and 金山 sub-districts were created after 1995), so each has a
/// validity period instead of being deleted.
/// </summary>
public sealed class AdministrativeUnit : ReferenceEntry
{
    private AdministrativeUnit()
    {
    }

    /// <param name="code">Statistical division code (e.g. 350104001) or, for units without one (investment zones), a stable code.</param>
    public AdministrativeUnit(string code, string nameZh, string nameEn, UnitKind kind, string? parentCode, DateOnly? validFrom, DateOnly? validTo, int sortOrder)
        : base(code) => Update(nameZh, nameEn, kind, parentCode, validFrom, validTo, sortOrder);

    public UnitKind Kind { get; private set; }

    [AuditPlain]
    public string? ParentCode { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public bool IsValidOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);

    public void Update(string nameZh, string nameEn, UnitKind kind, string? parentCode, DateOnly? validFrom, DateOnly? validTo, int sortOrder)
    {
        if (validFrom is not null && validTo is not null && validTo < validFrom)
        {
            throw new ArgumentException("valid-to is before valid-from", nameof(validTo));
        }

        Describe(nameZh, nameEn, sortOrder);
        Kind = kind;
        ParentCode = string.IsNullOrWhiteSpace(parentCode) ? null : parentCode.Trim();
        ValidFrom = validFrom;
        ValidTo = validTo;
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<UnitKind>))]
public enum UnitKind
{
    District = 0,
    SubDistrict = 1,
    Town = 2,

    /// <summary>投资区管委会: the plan addresses them beside towns and sub-districts (notice heading).</summary>
    InvestmentZone = 3,

    /// <summary>A statistical unit such as 红星农场 (350104400), neither town nor sub-district.</summary>
    StatisticalUnit = 4,
}
