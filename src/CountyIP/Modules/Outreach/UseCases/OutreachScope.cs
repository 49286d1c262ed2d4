using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;

namespace CountyIP.Modules.Outreach.UseCases;

/// <summary>An organiser of events and courses: the bureau, a department or a town (sub-district, zone).</summary>
public sealed record OrganiserInfo(string Code, bool IsTown, string NameZh, string NameEn)
{
    public string Name => Platform.Localization.LocalizedName.Pick(NameZh, NameEn);
}

/// <summary>
/// Who the caller is to the module. The bureau records, confirms and sees everything; leaders and auditors read
/// everything; a town or department liaison records and sees their own unit's events and courses only — the filter is
/// in every query, export, calendar and figure (DESIGN.md "data scope is enforced in the query").
/// </summary>
internal sealed class OutreachScope(ICurrentUser user)
{
    public const string Bureau = "ip-bureau";

    public bool IsBureau => user.IsInRole(Roles.BureauStaff);

    /// <summary>The liaison's own unit or department; null for district-wide roles.</summary>
    public string? OwnCode => user.IsInRole(Roles.TownLiaison) || user.IsInRole(Roles.DepartmentLiaison) ? user.ScopeId ?? string.Empty : null;

    /// <summary>May record events and courses, and keep attendance, for <paramref name="organiserCode"/>.</summary>
    public bool ActsFor(string organiserCode) => IsBureau || (OwnCode is { } own && own == organiserCode);

    /// <summary>The organiser a new record gets: a liaison's own unit whatever they sent; the bureau's choice, else the bureau.</summary>
    public string OrganiserFor(string? requested) => OwnCode ?? (string.IsNullOrWhiteSpace(requested) ? Bureau : requested.Trim());

    public IQueryable<T> Filter<T>(IQueryable<T> records, System.Linq.Expressions.Expression<Func<T, string>> organiser) => records.OwnedBy(organiser, OwnCode);
}

/// <summary>
/// The bodies that may organise publicity and training: the bureau, every active department, and the towns,
/// sub-districts and investment zones valid today (source 三(五): "各镇街、各部门").
/// </summary>
internal sealed class OrganiserDirectory(IReferenceDirectory directory, TimeProvider clock)
{
    private IReadOnlyList<OrganiserInfo>? organisers;

    public async Task<IReadOnlyList<OrganiserInfo>> ListAsync(CancellationToken cancellationToken)
    {
        if (organisers is not null)
        {
            return organisers;
        }

        var departments = await directory.ListDepartmentsAsync(activeOnly: true, cancellationToken);
        var units = await directory.ListUnitsAsync(TimeDisplay.Today(clock), cancellationToken);
        organisers =
        [
            .. departments.OrderBy(d => d.Code != OutreachScope.Bureau).Select(d => new OrganiserInfo(d.Code, false, d.NameZh, d.NameEn)),
            .. units.Where(u => u.Kind is "SubDistrict" or "Town" or "InvestmentZone").Select(u => new OrganiserInfo(u.Code, true, u.NameZh, u.NameEn)),
        ];
        return organisers;
    }

    public async Task<OrganiserInfo?> FindAsync(string? code, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(code) ? null : (await ListAsync(cancellationToken)).FirstOrDefault(o => o.Code == code.Trim());

    public async Task<string> NameAsync(string code, CancellationToken cancellationToken) =>
        (await FindAsync(code, cancellationToken))?.Name ?? code;
}
