using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.ReferenceData.Domain;

namespace CountyIP.Modules.ReferenceData.UseCases;

public sealed record DepartmentView(string Code, string NameZh, string NameEn, bool IsActive, int SortOrder)
{
    internal static DepartmentView From(Department d) => new(d.Code, d.NameZh, d.NameEn, d.IsActive, d.SortOrder);
}

public sealed class DepartmentInput
{
    [Required, StringLength(100)]
    public string NameZh { get; set; } = string.Empty;

    [Required, StringLength(200)]
    public string NameEn { get; set; } = string.Empty;

    public bool IsActive { get; set; } = true;

    [Range(0, 100000)]
    public int SortOrder { get; set; }

    public static DepartmentInput From(DepartmentView d) => new() { NameZh = d.NameZh, NameEn = d.NameEn, IsActive = d.IsActive, SortOrder = d.SortOrder };
}
