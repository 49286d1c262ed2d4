using CountyIP.Platform.Web;
using CountyIP.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Security;

/// <summary>Role and scope checks shared by accounts and API tokens.</summary>
internal sealed class AccountRules(IEnumerable<IScopeDirectory> directories, IStringLocalizer<SecurityText> text, IStringLocalizer<SharedResource> shared)
{
    /// <summary>
    /// The role must be one of the seven, and the scope must be a real department, unit or enterprise of the kind the
    /// role needs (<see cref="Roles.RequiredScope"/>), checked with the module that owns it.
    /// </summary>
    public async Task<(ScopeKind Kind, string? ScopeId)> CheckRoleAndScopeAsync(string? role, string? scopeId, CancellationToken cancellationToken)
    {
        if (role is null || !Roles.All.Contains(role))
        {
            throw new BusinessRuleException("unknown_role", text["Rule_UnknownRole"]);
        }

        var kind = Roles.RequiredScope(role);
        if (kind == ScopeKind.District)
        {
            return (kind, null);
        }

        if (string.IsNullOrWhiteSpace(scopeId))
        {
            throw new BusinessRuleException("scope_required", text["Rule_ScopeRequired", shared[$"Enum_ScopeKind_{kind}"]]);
        }

        var directory = directories.FirstOrDefault(d => d.Kind == kind)
            ?? throw new BusinessRuleException("scope_directory_missing", text["Rule_ScopeDirectoryMissing", shared[$"Enum_ScopeKind_{kind}"]]);
        var target = await directory.FindAsync(scopeId.Trim(), cancellationToken)
            ?? throw new BusinessRuleException("scope_not_found", text["Rule_ScopeNotFound", scopeId.Trim()]);
        return (kind, target.Id);
    }
}
