using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.ReferenceData.Domain;

namespace CountyIP.Modules.ReferenceData.UseCases;

public sealed record DictionaryItemView(string Kind, string Code, string NameZh, string NameEn, int SortOrder, bool IsActive)
{
    internal static DictionaryItemView From(DictionaryItem d) => new(d.Kind, d.Code, d.NameZh, d.NameEn, d.SortOrder, d.IsActive);
}

/// <summary>A code list and how many entries it has.</summary>
public sealed record DictionaryKindView(string Kind, int Count);

public sealed class DictionaryItemInput
{
    [Required, StringLength(200)]
    public string NameZh { get; set; } = string.Empty;

    [Required, StringLength(300)]
    public string NameEn { get; set; } = string.Empty;

    [Range(0, 100000)]
    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    public static DictionaryItemInput From(DictionaryItemView d) => new() { NameZh = d.NameZh, NameEn = d.NameEn, SortOrder = d.SortOrder, IsActive = d.IsActive };
}
