namespace CountyIP.Modules.ReferenceData.Contracts;

/// <summary>Read access to the district's reference data for other modules (units, departments, code lists).</summary>
public interface IReferenceDirectory
{
    /// <summary>Units valid on <paramref name="validOn"/> (all units when null), in display order.</summary>
    Task<IReadOnlyList<UnitInfo>> ListUnitsAsync(DateOnly? validOn, CancellationToken cancellationToken);

    /// <summary>Departments, active ones only when <paramref name="activeOnly"/>.</summary>
    Task<IReadOnlyList<DepartmentInfo>> ListDepartmentsAsync(bool activeOnly, CancellationToken cancellationToken);

    /// <summary>Entries of the code list <paramref name="kind"/> (e.g. <c>industry-tag</c>), active ones only when <paramref name="activeOnly"/>.</summary>
    Task<IReadOnlyList<DictionaryEntryInfo>> ListDictionaryAsync(string kind, bool activeOnly, CancellationToken cancellationToken);
}

/// <summary>A unit of the district; <see cref="Kind"/> is District, SubDistrict, Town, InvestmentZone or StatisticalUnit.</summary>
public sealed record UnitInfo(string Code, string NameZh, string NameEn, string Kind, string? ParentCode, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    /// <summary>The name in the request's UI language.</summary>
    public string Name => CountyIP.Platform.Localization.LocalizedName.Pick(NameZh, NameEn);
}

/// <summary>A district department (stable code such as <c>ip-bureau</c>).</summary>
public sealed record DepartmentInfo(string Code, string NameZh, string NameEn, bool IsActive)
{
    /// <summary>The name in the request's UI language.</summary>
    public string Name => CountyIP.Platform.Localization.LocalizedName.Pick(NameZh, NameEn);
}

/// <summary>An entry of a code list.</summary>
public sealed record DictionaryEntryInfo(string Kind, string Code, string NameZh, string NameEn, int SortOrder, bool IsActive);
