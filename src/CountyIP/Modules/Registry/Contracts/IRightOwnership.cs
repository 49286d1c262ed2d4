namespace CountyIP.Modules.Registry.Contracts;

/// <summary>
/// Who owns a right by a recorded transfer (转让) rather than as its applicant or registrant (issue 16 §4: "an
/// assignment changes who the ledger says owns the right from that date, history kept"). The Transfer module records
/// assignments and answers; the ledger (<see cref="IRightsLedger"/>) asks, so every module that reads a right's holder —
/// a subsidy's eligibility, a licence or pledge check, the patent page — sees the owner on the day it asks about.
/// Absent when no module records assignments: the applicants are then the holders.
/// </summary>
public interface IRightOwnership
{
    /// <summary>
    /// For each right among <paramref name="keys"/> (<see cref="LedgerRight.Key"/>) assigned on or before
    /// <paramref name="date"/>, its owner by the latest assignment then; rights never assigned by then are left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, RightOwner>> OwnersOnAsync(IReadOnlyCollection<string> keys, DateOnly date, CancellationToken cancellationToken);

    /// <summary>The keys of the rights whose latest assignment on or before <paramref name="date"/> names <paramref name="enterpriseId"/> as assignee.</summary>
    Task<IReadOnlyList<string>> AssignedToAsync(Guid enterpriseId, DateOnly date, CancellationToken cancellationToken);

    /// <summary>Every assignment of the right named by <paramref name="key"/>, oldest first: the ownership history a right's page shows.</summary>
    Task<IReadOnlyList<RightOwner>> HistoryAsync(string key, CancellationToken cancellationToken);
}

/// <summary>An owner by assignment: the enterprise of the registry (null for a party outside it), its name, and since when.</summary>
/// <param name="AssignmentId">The assignment record that made it the owner (its page in the Transfer module).</param>
public sealed record RightOwner(Guid? EnterpriseId, string Name, DateOnly Since, Guid AssignmentId);
