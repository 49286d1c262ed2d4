using CountyIP.Platform.Audit;

namespace CountyIP.Modules.ReferenceData.Domain;

/// <summary>A district department the plan names as an actor (知识产权局, 科技, 市场监管…). Deactivated, never deleted.</summary>
public sealed class Department
{
    private Department()
    {
    }

    public Department(string code, string nameZh, string nameEn, bool isActive, int sortOrder)
    {
        Code = ReferenceCode.Require(code);
        Update(nameZh, nameEn, isActive, sortOrder);
    }

    /// <summary>Stable code such as <c>ip-bureau</c>; account scopes point at it.</summary>
    [AuditPlain]
    public string Code { get; private set; } = string.Empty;

    [AuditPlain]
    public string NameZh { get; private set; } = string.Empty;

    [AuditPlain]
    public string NameEn { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }

    public int SortOrder { get; private set; }

    public void Update(string nameZh, string nameEn, bool isActive, int sortOrder)
    {
        NameZh = nameZh.Trim();
        NameEn = nameEn.Trim();
        IsActive = isActive;
        SortOrder = sortOrder;
    }
}
