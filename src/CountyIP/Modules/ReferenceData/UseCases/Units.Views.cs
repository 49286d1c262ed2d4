using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.ReferenceData.Domain;

namespace CountyIP.Modules.ReferenceData.UseCases;

public sealed record UnitView(string Code, string NameZh, string NameEn, UnitKind Kind, string? ParentCode, DateOnly? ValidFrom, DateOnly? ValidTo, int SortOrder)
{
    internal static UnitView From(AdministrativeUnit u) => new(u.Code, u.NameZh, u.NameEn, u.Kind, u.ParentCode, u.ValidFrom, u.ValidTo, u.SortOrder);
}

/// <summary>What an administrator edits on a unit; the code is the key (route or the create form).</summary>
public sealed class UnitInput
{
    [Required, StringLength(100)]
    public string NameZh { get; set; } = string.Empty;

    [Required, StringLength(200)]
    public string NameEn { get; set; } = string.Empty;

    public UnitKind Kind { get; set; } = UnitKind.SubDistrict;

    [StringLength(ReferenceCode.MaxLength)]
    public string? ParentCode { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    [Range(0, 100000)]
    public int SortOrder { get; set; }

    public static UnitInput From(UnitView u) => new()
    {
        NameZh = u.NameZh, NameEn = u.NameEn, Kind = u.Kind, ParentCode = u.ParentCode, ValidFrom = u.ValidFrom, ValidTo = u.ValidTo, SortOrder = u.SortOrder,
    };
}
