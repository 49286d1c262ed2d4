using CountyIP.Platform.Audit;

namespace CountyIP.Modules.ReferenceData.Domain;

/// <summary>
/// One entry of a generic code list (industry tags, GB/T 4754 sections, enterprise size…). The list is named by
/// <see cref="Kind"/>; entries are deactivated, never deleted, because records keep their codes.
/// </summary>
public sealed class DictionaryItem : ActivatableReferenceEntry
{
    private DictionaryItem()
    {
    }

    public DictionaryItem(string kind, string code, string nameZh, string nameEn, int sortOrder, bool isActive)
        : base(code, nameZh, nameEn, sortOrder, isActive) => Kind = ReferenceCode.Require(kind);

    [AuditPlain]
    public string Kind { get; private set; } = string.Empty;
}
