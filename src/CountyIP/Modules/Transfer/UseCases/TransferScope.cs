using CountyIP.Platform.Security;

namespace CountyIP.Modules.Transfer.UseCases;

/// <summary>
/// Who the caller is to the module. The bureau records, files and sees everything; leaders and auditors read
/// everything; an enterprise sees and files only its own licences, pledges, assignments and projects, a town liaison
/// only the projects of its town's enterprises — the filter is
/// in every query (DESIGN.md "data scope is enforced in the query").
/// </summary>
internal sealed class TransferScope(ICurrentUser user)
{
    /// <summary>The enterprise account's own enterprise; null for district-wide roles.</summary>
    public Guid? OwnEnterprise => user.IsInRole(Roles.Enterprise) ? (Guid.TryParse(user.ScopeId, out var id) ? id : Guid.Empty) : null;

    public bool IsEnterprise => OwnEnterprise is not null;

    /// <summary>A town liaison's own town (projects only); null for everyone else.</summary>
    public string? OwnUnit => user.IsInRole(Roles.TownLiaison) ? user.ScopeId ?? string.Empty : null;

    /// <summary>May act for <paramref name="enterpriseId"/>: the bureau for anyone, an enterprise for itself.</summary>
    public bool ActsFor(Guid enterpriseId) => OwnEnterprise is not { } own || own == enterpriseId;

    /// <summary>Who records; the demo seeder, with no signed-in user, records as "demo".</summary>
    public string UserName => user.UserName ?? "demo";
}
