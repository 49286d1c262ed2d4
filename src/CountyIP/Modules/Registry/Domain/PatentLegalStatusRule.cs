using System.Linq.Expressions;
using CountyIP.Modules.Registry.Domain.Identifiers;

namespace CountyIP.Modules.Registry.Domain;

/// <summary>What the status rule reads of a patent; every field is stored on <see cref="Patent"/>.</summary>
/// <param name="GrantDate">授权公告日; null while not granted.</param>
/// <param name="TermEndsOn">Last day of the term (专利法 art. 42); null when the term is not modelled (foreign offices).</param>
/// <param name="RightEndedOn">First day without the right by a recorded event (rejection, withdrawal, abandonment, invalidation, a recorded lapse or expiry); cleared by a restoration.</param>
/// <param name="RightEndedBy">The recorded event that ended it.</param>
/// <param name="AnnualFeePaidUntil">Last day covered by the annual fees paid; null when the fees are not known.</param>
public readonly record struct PatentStatusFacts(
    DateOnly? GrantDate,
    DateOnly? TermEndsOn,
    DateOnly? RightEndedOn,
    PatentLegalStatus? RightEndedBy,
    DateOnly? AnnualFeePaidUntil);

/// <summary>A patent's status on a day as the law derives it.</summary>
/// <param name="Status">Granted means in force; Lapsed, Expired, Invalidated, Abandoned name the reason the right ended.</param>
/// <param name="EndedOn">The first day without the right (or the day the application ended).</param>
/// <param name="FeeDueOn">In force with an annual fee unpaid: the day it fell due (the 6-month grace period runs).</param>
public sealed record PatentStatusOn(PatentLegalStatus Status, DateOnly? EndedOn, DateOnly? FeeDueOn)
{
    public bool InForce => Status == PatentLegalStatus.Granted;

    /// <summary>The last day the overdue fee can still be paid with a surcharge (专利法实施细则 (2010) art. 98).</summary>
    public DateOnly? GraceEndsOn => FeeDueOn is { } due ? PatentLegalStatusRule.GraceEndsOn(due) : null;
}

/// <summary>
/// The one rule for a patent's legal status on a day, from its recorded events and the law (ADR 0016):
/// <list type="bullet">
/// <item>term from the filing date (专利法 art. 42 as amended 2020): invention 20 years, utility model 10, design 15 when
/// filed on or after 2021-06-01 and 10 before;</item>
/// <item>an annual fee is due on the anniversary of the filing date that starts the year (the day after
/// <c>AnnualFeePaidUntil</c>); unpaid at the end of the 6-month grace period, the right lapses as of that due day
/// (专利法实施细则 (2010) art. 98). While the grace period runs the patent stays in force. Unknown fees (null) never lapse;</item>
/// <item>recorded events (rejection, withdrawal, abandonment, invalidation, a recorded lapse or expiry) end it on their day;
/// a restoration (恢复权利, 实施细则 art. 6) clears the recorded end.</item>
/// </list>
/// The earliest end wins; on the same day a fee lapse comes before the term's end, which comes before a recorded event.
/// <see cref="StatusOn"/> is the rule for one record; <see cref="InForceOn"/> and <see cref="StatusIs"/> are the same rule as
/// SQL predicates over the stored columns (a unit test checks that they agree).
/// </summary>
public static class PatentLegalStatusRule
{
    /// <summary>Patent Law as amended 2020-10-17 in force from this day: designs filed from it have 15 years.</summary>
    public static readonly DateOnly DesignTermChange = new(2021, 6, 1);

    /// <summary>Grace period for a late annual fee (专利法实施细则 (2010) art. 98).</summary>
    public const int GraceMonths = 6;

    private static readonly PatentLegalStatus[] RecordedEnds =
    [
        PatentLegalStatus.Rejected, PatentLegalStatus.Withdrawn, PatentLegalStatus.Abandoned,
        PatentLegalStatus.Lapsed, PatentLegalStatus.Expired, PatentLegalStatus.Invalidated,
    ];

    /// <summary>Whether a recorded status ends the application or right (all but Pending and Granted).</summary>
    public static bool Ends(PatentLegalStatus status) => RecordedEnds.Contains(status);

    /// <summary>Term in years (专利法 art. 42).</summary>
    public static int TermYears(PatentType type, DateOnly filingDate) => type switch
    {
        PatentType.Invention => 20,
        PatentType.UtilityModel => 10,
        _ => filingDate >= DesignTermChange ? 15 : 10,
    };

    /// <summary>
    /// The last day of the term, counted from the filing date; null for other offices than CNIPA, whose terms and fees
    /// follow their own laws and are not modelled (only their recorded events count).
    /// </summary>
    public static DateOnly? TermEndsOn(string office, PatentType type, DateOnly filingDate) =>
        office == Patent.ChineseOffice ? filingDate.AddYears(TermYears(type, filingDate)).AddDays(-1) : null;

    /// <summary>The day the next annual fee falls due: the anniversary after the last paid year.</summary>
    public static DateOnly FeeDueOn(DateOnly annualFeePaidUntil) => annualFeePaidUntil.AddDays(1);

    /// <summary>Last day of the grace period for a fee due on <paramref name="due"/> (a month period ends on the same day of the month, 实施细则 art. 5).</summary>
    public static DateOnly GraceEndsOn(DateOnly due) => due.AddMonths(GraceMonths);

    /// <summary>The fee after <paramref name="annualFeePaidUntil"/> was not paid by the end of its grace period, as known <paramref name="today"/>.</summary>
    public static bool LapseIsFinal(DateOnly annualFeePaidUntil, DateOnly today) => GraceEndsOn(FeeDueOn(annualFeePaidUntil)) < today;

    /// <summary>
    /// The latest <c>AnnualFeePaidUntil</c> whose lapse is final on <paramref name="today"/>: "paid until ≤ this day" is the
    /// column comparison for <see cref="LapseIsFinal"/> (monotone in the paid-until day, so a boundary exists).
    /// </summary>
    public static DateOnly FinalLapseLimit(DateOnly today)
    {
        var limit = today.AddMonths(-GraceMonths).AddDays(-1);
        while (LapseIsFinal(limit.AddDays(1), today))
        {
            limit = limit.AddDays(1);
        }

        while (!LapseIsFinal(limit, today))
        {
            limit = limit.AddDays(-1);
        }

        return limit;
    }

    /// <summary>The status on <paramref name="date"/>, with fee lapses known as of <paramref name="today"/>.</summary>
    public static PatentStatusOn StatusOn(PatentStatusFacts facts, DateOnly date, DateOnly today)
    {
        var recorded = facts.RightEndedOn is { } r && r <= date ? r : (DateOnly?)null;
        if (facts.GrantDate is not { } granted || granted > date)
        {
            return recorded is { } ended
                ? new PatentStatusOn(facts.RightEndedBy ?? PatentLegalStatus.Withdrawn, ended, null)
                : new PatentStatusOn(PatentLegalStatus.Pending, null, null);
        }

        // Candidate ends by day; on the same day the lower rank wins (fee lapse, then the term, then a recorded event).
        var ends = new List<(DateOnly On, int Rank, PatentLegalStatus Status)>(3);
        DateOnly? feeDue = null;
        if (facts.AnnualFeePaidUntil is { } paid && paid < date && (facts.TermEndsOn is not { } last || paid < last))
        {
            // A fee for a year inside the term fell due on or before the day.
            if (LapseIsFinal(paid, today))
            {
                ends.Add((FeeDueOn(paid), 0, PatentLegalStatus.Lapsed));
            }
            else
            {
                feeDue = FeeDueOn(paid);
            }
        }

        if (facts.TermEndsOn is { } termEnds && termEnds < date)
        {
            ends.Add((termEnds.AddDays(1), 1, PatentLegalStatus.Expired));
        }

        if (recorded is { } recordedOn)
        {
            ends.Add((recordedOn, 2, facts.RightEndedBy ?? PatentLegalStatus.Lapsed));
        }

        if (ends.Count == 0)
        {
            return new PatentStatusOn(PatentLegalStatus.Granted, null, feeDue);
        }

        var first = ends.OrderBy(e => e.On).ThenBy(e => e.Rank).First();
        return new PatentStatusOn(first.Status, first.On, null);
    }

    /// <summary>In force on <paramref name="date"/> (fee lapses as known <paramref name="today"/>), as an SQL predicate.</summary>
    public static Expression<Func<Patent, bool>> InForceOn(DateOnly date, DateOnly today)
    {
        var limit = FinalLapseLimit(today);
        return p => p.GrantDate != null && p.GrantDate <= date
            && (p.TermEndsOn == null || p.TermEndsOn >= date)
            && (p.RightEndedOn == null || p.RightEndedOn > date)
            && (p.AnnualFeePaidUntil == null || p.AnnualFeePaidUntil >= date || p.AnnualFeePaidUntil > limit);
    }

    /// <summary>The derived status on <paramref name="date"/> is <paramref name="status"/>, as an SQL predicate.</summary>
    public static Expression<Func<Patent, bool>> StatusIs(PatentLegalStatus status, DateOnly date, DateOnly today)
    {
        var limit = FinalLapseLimit(today);
        Expression<Func<Patent, bool>> recordedWins = p => p.RightEndedOn != null && p.RightEndedOn <= date && p.RightEndedBy == status
            && (p.GrantDate == null || p.GrantDate > date
                || ((p.TermEndsOn == null || p.RightEndedOn <= p.TermEndsOn)
                    && !(p.AnnualFeePaidUntil != null && p.AnnualFeePaidUntil <= limit && p.AnnualFeePaidUntil < p.RightEndedOn)));
        return status switch
        {
            PatentLegalStatus.Granted => InForceOn(date, today),
            PatentLegalStatus.Pending => p => (p.GrantDate == null || p.GrantDate > date) && (p.RightEndedOn == null || p.RightEndedOn > date),
            PatentLegalStatus.Lapsed => Predicates.Or(recordedWins, p => p.GrantDate != null && p.GrantDate <= date
                && p.AnnualFeePaidUntil != null && p.AnnualFeePaidUntil < date && p.AnnualFeePaidUntil <= limit
                && (p.TermEndsOn == null || p.AnnualFeePaidUntil < p.TermEndsOn)
                && (p.RightEndedOn == null || p.AnnualFeePaidUntil < p.RightEndedOn)),
            PatentLegalStatus.Expired => Predicates.Or(recordedWins, p => p.GrantDate != null && p.GrantDate <= date
                && p.TermEndsOn != null && p.TermEndsOn < date
                && (p.RightEndedOn == null || p.RightEndedOn > p.TermEndsOn)
                && !(p.AnnualFeePaidUntil != null && p.AnnualFeePaidUntil <= limit && p.AnnualFeePaidUntil < p.TermEndsOn)),
            _ => recordedWins,
        };
    }

    /// <summary>The recorded status agrees with the derived one on <paramref name="today"/>, as an SQL predicate.</summary>
    public static Expression<Func<Patent, bool>> RecordedAgrees(DateOnly today)
    {
        Expression<Func<Patent, bool>>? agrees = null;
        foreach (var status in Enum.GetValues<PatentLegalStatus>())
        {
            var s = status;
            var one = Predicates.And(p => p.LegalStatus == s, StatusIs(s, today, today));
            agrees = agrees is null ? one : Predicates.Or(agrees, one);
        }

        return agrees!;
    }

    /// <summary>The recorded status disagrees with the derived one on <paramref name="today"/>, as an SQL predicate.</summary>
    public static Expression<Func<Patent, bool>> Discrepancy(DateOnly today) => Predicates.Not(RecordedAgrees(today));
}
