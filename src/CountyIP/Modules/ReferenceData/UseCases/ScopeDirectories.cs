using CountyIP.Platform.Localization;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;

namespace CountyIP.Modules.ReferenceData.UseCases;

/// <summary>Departments an account of a department liaison can be scoped to (scope id = department code).</summary>
internal sealed class DepartmentScopeDirectory(ListDepartmentsHandler departments, GetDepartmentHandler department) : IScopeDirectory
{
    public ScopeKind Kind => ScopeKind.Department;

    public async Task<IReadOnlyList<ScopeTarget>> SearchAsync(string? search, int limit, CancellationToken cancellationToken) =>
        [.. (await departments.HandleAsync(new ListDepartmentsQuery(search, ActiveOnly: true), cancellationToken))
            .Take(Math.Max(limit, 0))
            .Select(d => new ScopeTarget(Kind, d.Code, LocalizedName.Pick(d.NameZh, d.NameEn)))];

    public async Task<ScopeTarget?> FindAsync(string id, CancellationToken cancellationToken) =>
        await department.HandleAsync(id, cancellationToken) is { } d ? new ScopeTarget(Kind, d.Code, LocalizedName.Pick(d.NameZh, d.NameEn)) : null;
}

/// <summary>Units (towns, sub-districts, zones) an account of a town liaison can be scoped to (scope id = unit code).</summary>
internal sealed class UnitScopeDirectory(ListUnitsHandler units, GetUnitHandler unit, TimeProvider clock) : IScopeDirectory
{
    public ScopeKind Kind => ScopeKind.Unit;

    public async Task<IReadOnlyList<ScopeTarget>> SearchAsync(string? search, int limit, CancellationToken cancellationToken) =>
        [.. (await units.HandleAsync(new ListUnitsQuery(search, ValidOn: TimeDisplay.Today(clock)), cancellationToken))
            .Where(u => u.Kind != Domain.UnitKind.District)
            .Take(Math.Max(limit, 0))
            .Select(u => new ScopeTarget(Kind, u.Code, LocalizedName.Pick(u.NameZh, u.NameEn)))];

    public async Task<ScopeTarget?> FindAsync(string id, CancellationToken cancellationToken) =>
        await unit.HandleAsync(id, cancellationToken) is { } u ? new ScopeTarget(Kind, u.Code, LocalizedName.Pick(u.NameZh, u.NameEn)) : null;
}
