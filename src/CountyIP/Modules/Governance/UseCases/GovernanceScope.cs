using CountyIP.Modules.Governance.Domain;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>A town (sub-district, zone) or department that owes tasks, reports and is assessed, with its name.</summary>
public sealed record OwnerInfo(string Code, OwnerKind Kind, string NameZh, string NameEn)
{
    public string Name => Platform.Localization.LocalizedName.Pick(NameZh, NameEn);
}

/// <summary>
/// Who the caller is to the governance module. The office (bureau staff) sees and steers everything; leaders and
/// auditors read everything; a town or department liaison sees and acts for their own unit only — the scope filter is
/// in every query (DESIGN.md "data scope is enforced in the query").
/// </summary>
internal sealed class GovernanceScope(ICurrentUser user)
{
    public bool IsOffice => user.IsInRole(Roles.BureauStaff);

    /// <summary>The caller's own unit or department code; null for the district-wide roles.</summary>
    public string? OwnCode => user.IsInRole(Roles.TownLiaison) || user.IsInRole(Roles.DepartmentLiaison) ? user.ScopeId ?? string.Empty : null;

    /// <summary>May act for <paramref name="ownerCode"/> (progress, submission, appeal): its liaison, or the office on its behalf.</summary>
    public bool ActsFor(string ownerCode) => IsOffice || (OwnCode is { } own && own == ownerCode);

    public IQueryable<T> Filter<T>(IQueryable<T> records, System.Linq.Expressions.Expression<Func<T, string>> owner) => records.OwnedBy(owner, OwnCode);
}

/// <summary>
/// The units that owe tasks and reports and are assessed: the towns, sub-districts and investment zones valid today
/// (not the district itself, not the statistical-only units), and the active departments except the IP bureau, whose
/// office runs the supervision (source 三(一): the office sits in the bureau).
/// </summary>
internal sealed class OwnerDirectory(IReferenceDirectory directory, TimeProvider clock)
{
    public const string OfficeDepartment = "ip-bureau";

    private IReadOnlyList<OwnerInfo>? owners;

    public async Task<IReadOnlyList<OwnerInfo>> ListAsync(CancellationToken cancellationToken)
    {
        if (owners is not null)
        {
            return owners;
        }

        var units = await directory.ListUnitsAsync(TimeDisplay.Today(clock), cancellationToken);
        var departments = await directory.ListDepartmentsAsync(activeOnly: true, cancellationToken);
        owners =
        [
            .. units.Where(u => u.Kind is "SubDistrict" or "Town" or "InvestmentZone").Select(u => new OwnerInfo(u.Code, OwnerKind.Unit, u.NameZh, u.NameEn)),
            .. departments.Where(d => d.Code != OfficeDepartment).Select(d => new OwnerInfo(d.Code, OwnerKind.Department, d.NameZh, d.NameEn)),
        ];
        return owners;
    }

    public async Task<OwnerInfo?> FindAsync(string? code, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(code) ? null : (await ListAsync(cancellationToken)).FirstOrDefault(o => o.Code == code.Trim());

    public async Task<string> NameAsync(string code, CancellationToken cancellationToken) =>
        (await FindAsync(code, cancellationToken))?.Name ?? code;
}
