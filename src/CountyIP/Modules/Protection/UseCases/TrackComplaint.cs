using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>What the public may know about a case: its stage and the published outcome, nothing else.</summary>
public sealed record ComplaintStatus(string Status, CaseKind Kind, DateOnly ReceivedOn, string? PublicOutcome);

internal sealed class TrackComplaintHandler(CountyIpDbContext db)
{
    /// <summary>Null for unknown and malformed codes alike, so the answer reveals nothing about which codes exist.</summary>
    public async Task<ComplaintStatus?> HandleAsync(string? trackingCode, CancellationToken cancellationToken)
    {
        var hash = TrackingCode.Hash(trackingCode);
        var found = await db.Set<ProtectionCase>().AsNoTracking()
            .Where(c => c.TrackingCodeHash == hash)
            .Select(c => new { c.State, c.Kind, c.ReceivedOn, c.PublicOutcome })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new ComplaintStatus(PublicStatus(found.State), found.Kind, found.ReceivedOn, PublicOutcomeFor(found.State, found.PublicOutcome));
    }

    /// <summary>The public sees coarse stages; internal steps such as department routing stay internal.</summary>
    internal static string PublicStatus(CaseState state) => state switch
    {
        CaseState.Received or CaseState.InitialReview => "received",
        CaseState.AwaitingInformation => "information-requested",
        CaseState.NotAccepted => "not-accepted",
        CaseState.Accepted or CaseState.Assigned or CaseState.DepartmentAccepted or CaseState.BeingHandled => "being-handled",
        _ => "concluded",
    };

    private static string? PublicOutcomeFor(CaseState state, string? outcome) =>
        state is CaseState.NotAccepted or CaseState.Concluded or CaseState.ComplainantInformed or CaseState.Closed ? outcome : null;
}
