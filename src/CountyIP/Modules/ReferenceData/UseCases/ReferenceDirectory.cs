using CountyIP.Modules.ReferenceData.Contracts;

namespace CountyIP.Modules.ReferenceData.UseCases;

internal sealed class ReferenceDirectory(ListUnitsHandler units, ListDepartmentsHandler departments, ListDictionaryItemsHandler items) : IReferenceDirectory
{
    public async Task<IReadOnlyList<UnitInfo>> ListUnitsAsync(DateOnly? validOn, CancellationToken cancellationToken) =>
        [.. (await units.HandleAsync(new ListUnitsQuery(ValidOn: validOn), cancellationToken))
            .Select(u => new UnitInfo(u.Code, u.NameZh, u.NameEn, u.Kind.ToString(), u.ParentCode, u.ValidFrom, u.ValidTo))];

    public async Task<IReadOnlyList<DepartmentInfo>> ListDepartmentsAsync(bool activeOnly, CancellationToken cancellationToken) =>
        [.. (await departments.HandleAsync(new ListDepartmentsQuery(ActiveOnly: activeOnly), cancellationToken))
            .Select(d => new DepartmentInfo(d.Code, d.NameZh, d.NameEn, d.IsActive))];

    public async Task<IReadOnlyList<DictionaryEntryInfo>> ListDictionaryAsync(string kind, bool activeOnly, CancellationToken cancellationToken) =>
        [.. (await items.HandleAsync(new ListDictionaryItemsQuery(kind, ActiveOnly: activeOnly), cancellationToken))
            .Select(d => new DictionaryEntryInfo(d.Kind, d.Code, d.NameZh, d.NameEn, d.SortOrder, d.IsActive))];
}
