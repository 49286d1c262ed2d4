namespace CountyIP.Modules.Registry.Contracts;

/// <summary>
/// What other modules may read of the IP-rights ledger to decide about a claim on a right (issue 12 §2: a subsidy
/// application cites the enterprise's patents, recognised marks, standards projects and 示范/试点 designations). Each
/// right is described as of a date: who holds it, whether it is in force then (the derived status, ADR 0016), and the
/// date of the achievement a policy rewards. No data scope is applied: the caller decides who may see what it reads.
/// </summary>
public interface IRightsLedger
{
    /// <summary>The rights <paramref name="enterpriseId"/> holds (as an applicant or owner), of <paramref name="kind"/>, described on <paramref name="date"/>.</summary>
    Task<IReadOnlyList<LedgerRight>> HeldByAsync(Guid enterpriseId, LedgerRightKind kind, DateOnly date, CancellationToken cancellationToken);

    /// <summary>
    /// The rights named by <paramref name="keys"/> (<see cref="LedgerRight.Key"/>), whoever holds them, described on
    /// <paramref name="date"/> for <paramref name="enterpriseId"/>; a key that names nothing is left out.
    /// </summary>
    Task<IReadOnlyList<LedgerRight>> FindAsync(IReadOnlyCollection<string> keys, Guid enterpriseId, DateOnly date, CancellationToken cancellationToken);

    /// <summary>
    /// The patents among <paramref name="patentIds"/> whose right has ended by a fault of its holder as of today — lapsed
    /// for an unpaid annual fee (known once its grace period is over), invalidated or abandoned; not the end of the term —
    /// with the first day without it. <paramref name="patentIds"/> is a query over the same <c>CountyIpDbContext</c> as
    /// the caller's scope (it becomes a sub-query: a million ids never travel as parameters).
    /// </summary>
    Task<IReadOnlyList<RightEnd>> PatentsEndedAsync(IQueryable<Guid> patentIds, CancellationToken cancellationToken);

    /// <summary>
    /// The patents among <paramref name="patentIds"/> still in force today whose annual fee is overdue, in its 6-month grace
    /// period: unpaid by its end they lapse as of the due day (issue 13 §3, subsidised patents at risk of lapse). A
    /// sub-query like <see cref="PatentsEndedAsync"/>'s.
    /// </summary>
    Task<IReadOnlyList<FeeOverdue>> PatentsInGraceAsync(IQueryable<Guid> patentIds, CancellationToken cancellationToken);

    /// <summary>The designations among <paramref name="keys"/> (<see cref="LedgerRight.Key"/>) that were revoked, with the day.</summary>
    Task<IReadOnlyList<RightEnd>> DesignationsRevokedAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// The ids of the patents (by application number in canonical form, <see cref="CanonicalPatentNumber"/>) or
    /// registered trademarks (by registration number) of <paramref name="kind"/> named by <paramref name="numbers"/>;
    /// a number the ledger does not hold is left out. A form names rights as a contract does, by number.
    /// </summary>
    Task<IReadOnlyDictionary<string, Guid>> IdsByNumberAsync(LedgerRightKind kind, IReadOnlyCollection<string> numbers, CancellationToken cancellationToken);

    /// <summary>
    /// A Chinese patent application number in the Registry's canonical form (ZC 0006-2003: prefix, spaces, full-width
    /// characters and a missing dot accepted, check character verified), or null when it is not one.
    /// </summary>
    string? CanonicalPatentNumber(string text);
}

/// <summary>A patent whose annual fee due on <paramref name="DueOn"/> is unpaid; the grace period ends on <paramref name="GraceEndsOn"/>.</summary>
/// <param name="Key">The right's <see cref="LedgerRight.Key"/>.</param>
public sealed record FeeOverdue(string Key, DateOnly DueOn, DateOnly GraceEndsOn);

/// <summary>How a right ended, for the recovery of a subsidy paid on it (issue 12 §4 追回).</summary>
/// <param name="Key">The right's <see cref="LedgerRight.Key"/>.</param>
/// <param name="EndedOn">The first day without the right (a revocation's day).</param>
/// <param name="Status">The Registry's name of the end: Lapsed, Invalidated, Abandoned, or Revoked for a designation.</param>
public sealed record RightEnd(string Key, DateOnly EndedOn, string Status);

/// <summary>What a ledger right is.</summary>
public enum LedgerRightKind
{
    /// <summary>A patent or application, Chinese or foreign (<see cref="LedgerRight.Foreign"/>).</summary>
    Patent,

    /// <summary>A recognition of a trademark (驰名/著名商标): one right per recognition kind.</summary>
    TrademarkRecognition,

    /// <summary>A standards project the enterprise leads or joins.</summary>
    StandardsProject,

    /// <summary>A 示范/试点 designation of the enterprise.</summary>
    Designation,

    /// <summary>A registered trademark itself (for a pledge or an assignment of the mark, issue 16), found by key only.</summary>
    Trademark,
}

/// <summary>
/// A right as a claim on it needs it. <see cref="Key"/> is stable and names the right across modules (patent
/// <c>patent:{id}</c>, trademark <c>trademark:{id}</c>, recognition <c>mark:{id}:{WellKnown|Famous}</c>, standards project <c>standard:{id}</c>, designation
/// <c>designation:{enterprise id}:{level}:{kind}:{year}</c>). <see cref="Category"/> is the Registry's name of its sort:
/// the patent type (Invention, UtilityModel, Design), the recognition (WellKnown, Famous), the role in the standard
/// (Lead, Participate) or the designation's level (National, Provincial, Municipal).
/// </summary>
/// <param name="AchievedOn">The rewarded event: a Chinese patent's grant, a foreign filing's filing date, the year of a recognition, standards project or designation (1 January).</param>
/// <param name="Held">The enterprise asked about is an applicant or the owner.</param>
/// <param name="FirstHolder">It is the first applicant (or the owner).</param>
/// <param name="InForce">On the date asked: a granted patent in force, a pending or granted foreign filing, a registered mark with its recognition valid, a designation valid; a standards project always.</param>
/// <param name="Status">The Registry's status name on that date (e.g. Granted, Lapsed, Pending), for the message when it is not in force.</param>
/// <param name="EndedOn">The day the right ended, when it did (a lapse, invalidation, abandonment…).</param>
public sealed record LedgerRight(
    string Key,
    LedgerRightKind Kind,
    Guid? Id,
    string Number,
    string Title,
    string Category,
    DateOnly? AchievedOn,
    bool Held,
    bool FirstHolder,
    bool InForce,
    string Status,
    DateOnly? EndedOn,
    bool ServiceInvention,
    bool Foreign);
