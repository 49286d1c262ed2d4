using CountyIP.Platform.Audit;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>A handler asks to see who complained; the reason they type is kept in the audit trail.</summary>
public sealed record ViewComplainantIdentityQuery(Guid CaseId, string Reason);

public sealed record ComplainantIdentityView(bool IsAnonymous, ComplainantIdentity? Identity, bool ConsentToContact);

internal sealed class ViewComplainantIdentityHandler(
    CountyIpDbContext db,
    CaseScope scope,
    IdentityProtector identities,
    IStringLocalizer<ProtectionText> text,
    IAuditTrail audit)
{
    /// <summary>Null when the case is outside the caller's scope; 409 when the caller does not handle the case.</summary>
    public async Task<ComplainantIdentityView?> HandleAsync(ViewComplainantIdentityQuery query, CancellationToken cancellationToken)
    {
        var @case = await CaseQueries.LoadAsync(db, scope, query.CaseId, tracking: false, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(query.Reason) || query.Reason.Trim().Length < 2)
        {
            throw new BusinessRuleException("protection.view-reason-required", text["Error_ViewReasonRequired"]);
        }

        if (!scope.IsHandler(@case))
        {
            await RecordAsync(new AuditEvent(AuditActions.ViewConfidential, AuditOutcome.Denied, "ProtectionCase", @case.Id.ToString(), "complainant identity"), cancellationToken);
            throw new BusinessRuleException("protection.not-handler", text["Error_NotHandler"]);
        }

        await RecordAsync(
            new AuditEvent(AuditActions.ViewConfidential, AuditOutcome.Success, "ProtectionCase", @case.Id.ToString(), "complainant identity; reason: " + query.Reason.Trim()),
            cancellationToken);
        return new ComplainantIdentityView(@case.IsAnonymous, identities.Unprotect(@case.ProtectedIdentity), @case.ConsentToContact);
    }

    // Issue 10 item 3: the audit trail is a required dependency, never optional — every confidential view is recorded,
    // and a missing registration fails when the container is built, not silently at the first view.
    private Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken) =>
        audit.RecordAsync(auditEvent, cancellationToken);
}
