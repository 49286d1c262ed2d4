using CountyIP.Platform.Audit;

namespace CountyIP.Modules.ReferenceData.Domain;

/// <summary>
/// One entry of a generic code list (industry tags, GB/T 4754 sections, enterprise size…). The list is named by
/// <see cref="Kind"/>; entries are deactivated, never deleted, because records keep their codes.
/// </summary>
public sealed class DictionaryItem
{
    private DictionaryItem()
    {
    }

    public DictionaryItem(string kind, string code, string nameZh, string nameEn, int sortOrder, bool isActive)
    {
        Kind = ReferenceCode.Require(kind);
        Code = ReferenceCode.Require(code);
        Update(nameZh, nameEn, sortOrder, isActive);
    }

    [AuditPlain]
    public string Kind { get; private set; } = string.Empty;

    [AuditPlain]
    public string Code { get; private set; } = string.Empty;

    [AuditPlain]
    public string NameZh { get; private set; } = string.Empty;

    [AuditPlain]
    public string NameEn { get; private set; } = string.Empty;

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    public void Update(string nameZh, string nameEn, int sortOrder, bool isActive)
    {
        NameZh = nameZh.Trim();
        NameEn = nameEn.Trim();
        SortOrder = sortOrder;
        IsActive = isActive;
    }
}
