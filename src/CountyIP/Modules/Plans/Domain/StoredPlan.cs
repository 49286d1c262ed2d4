using CountyIP.Platform.Audit;

namespace CountyIP.Modules.Plans.Domain;

/// <summary>
/// A plan as imported: the validated file itself is kept (<see cref="Content"/>), so the plan file stays the one
/// format and nothing is lost in translation; title and active flag are columns for listing.
/// </summary>
public sealed class StoredPlan
{
    private StoredPlan()
    {
    }

    public StoredPlan(string id, string titleZh, string titleEn, string content, DateTime importedUtc)
    {
        Id = id;
        TitleZh = titleZh;
        TitleEn = titleEn;
        Content = content;
        ImportedUtc = importedUtc;
    }

    [AuditPlain]
    public string Id { get; private set; } = string.Empty;

    [AuditPlain]
    public string TitleZh { get; private set; } = string.Empty;

    [AuditPlain]
    public string TitleEn { get; private set; } = string.Empty;

    public string Content { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }

    public DateTime ImportedUtc { get; private set; }

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;
}
