namespace CountyIP.Modules.ReferenceData.Domain;

/// <summary>A district department the plan names as an actor (知识产权局, 科技, 市场监管…). Deactivated, never deleted.</summary>
/// <remarks>The code is a stable slug such as <c>ip-bureau</c>; account scopes point at it.</remarks>
public sealed class Department : ActivatableReferenceEntry
{
    private Department()
    {
    }

    public Department(string code, string nameZh, string nameEn, int sortOrder, bool isActive)
        : base(code, nameZh, nameEn, sortOrder, isActive)
    {
    }
}
