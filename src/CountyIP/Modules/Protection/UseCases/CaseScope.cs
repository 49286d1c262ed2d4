using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Security;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>Which cases the caller may see (DESIGN.md: data scope in the query). Null user = none.</summary>
internal sealed class CaseScope(ICurrentUser user)
{
    public string Actor => user.UserName ?? "anonymous";

    public bool IsBureau => user.IsInRole(Roles.BureauStaff);

    public string? Department => user.IsInRole(Roles.DepartmentLiaison) && user.ScopeKind == ScopeKind.Department ? user.ScopeId : null;

    public IQueryable<ProtectionCase> Filter(IQueryable<ProtectionCase> cases)
    {
        if (IsBureau)
        {
            return cases;
        }

        if (Department is { } department)
        {
            return cases.Where(c => c.Assignments.Any(a => a.IsActive && a.DepartmentCode == department));
        }

        return cases.Where(_ => false);
    }

    /// <summary>
    /// A handler of the case: a bureau officer who has acted on it, or the liaison of a department it is assigned to
    /// (信访工作条例 art. 30 and the SAMR measures: not to staff not handling the case). See ADR on confidentiality.
    /// </summary>
    public bool IsHandler(ProtectionCase @case) =>
        (IsBureau && @case.Transitions.Any(t => t.Actor == Actor && t.Action is not null))
        || (Department is { } department && @case.IsAssignedTo(department));
}
