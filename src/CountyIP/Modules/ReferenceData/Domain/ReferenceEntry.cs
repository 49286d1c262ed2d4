using CountyIP.Platform.Audit;

namespace CountyIP.Modules.ReferenceData.Domain;

/// <summary>
/// The shape every code-keyed reference row shares, written once (issue 10 §5): a stable code checked by
/// <see cref="ReferenceCode"/>, a name in both languages (trimmed; the English one is shown to English readers, the
/// Chinese one otherwise, by Platform's <c>LocalizedName</c>), and the order the lists show it in. The base lives in
/// ReferenceData, not Platform: only this module stores such rows; other modules read them through
/// <c>ReferenceData.Contracts</c>, so a Platform type would have a single user.
/// The column lengths stay in each row's EF configuration (they differ between tables), so the schema is unchanged.
/// </summary>
public abstract class ReferenceEntry
{
    protected ReferenceEntry()
    {
    }

    protected ReferenceEntry(string code) => Code = ReferenceCode.Require(code);

    /// <summary>Stable identifier that records and account scopes point at; never changes once the row exists.</summary>
    [AuditPlain]
    public string Code { get; private set; } = string.Empty;

    [AuditPlain]
    public string NameZh { get; private set; } = string.Empty;

    [AuditPlain]
    public string NameEn { get; private set; } = string.Empty;

    public int SortOrder { get; private set; }

    protected void Describe(string nameZh, string nameEn, int sortOrder)
    {
        NameZh = nameZh.Trim();
        NameEn = nameEn.Trim();
        SortOrder = sortOrder;
    }
}

/// <summary>
/// A reference row that records keep pointing at by code: it is deactivated, never deleted, so an old record still
/// shows its department or code-list entry while new records can no longer choose it.
/// </summary>
public abstract class ActivatableReferenceEntry : ReferenceEntry
{
    protected ActivatableReferenceEntry()
    {
    }

    protected ActivatableReferenceEntry(string code, string nameZh, string nameEn, int sortOrder, bool isActive)
        : base(code) => Update(nameZh, nameEn, sortOrder, isActive);

    public bool IsActive { get; private set; }

    public void Update(string nameZh, string nameEn, int sortOrder, bool isActive)
    {
        Describe(nameZh, nameEn, sortOrder);
        IsActive = isActive;
    }
}
