using System.Linq.Expressions;

namespace CountyIP.Modules.Registry.Domain;

/// <summary>A trademark's status on a day as the law derives it.</summary>
/// <param name="EndedOn">The first day without the registration when the term ran out (null when a recorded cancellation or invalidation carries no day).</param>
/// <param name="GraceEndsOn">Registered past its term while the renewal grace period runs: its last day.</param>
public sealed record TrademarkStatusOn(TrademarkStatus Status, DateOnly? EndedOn, DateOnly? GraceEndsOn)
{
    public bool InForce => Status == TrademarkStatus.Registered;
}

/// <summary>
/// The one rule for a trademark's status on a day (商标法 arts. 39–40, ADR 0016): registered for 10 years from the
/// registration day; each renewal adds 10 years counted from the day after the previous term ends (recorded as the new
/// <see cref="Trademark.ValidUntil"/>); renewal is possible for 6 months after the term (the mark stays registered
/// meanwhile); not renewed by then, the registration is cancelled as of the end of the term, shown as Expired
/// (期满未续展). A recorded cancellation (撤销/注销) or invalidation ends it whatever the dates say.
/// <see cref="StatusOn"/> is the rule for one record; <see cref="StatusIs"/> the same rule as an SQL predicate.
/// </summary>
public static class TrademarkStatusRule
{
    public const int TermYears = 10;

    /// <summary>Grace period for a renewal after the term (商标法 art. 40).</summary>
    public const int GraceMonths = 6;

    /// <summary>Last day of the first term (商标法 art. 39), when the recorded term is missing.</summary>
    public static DateOnly FirstTermEndsOn(DateOnly registered) => registered.AddYears(TermYears).AddDays(-1);

    /// <summary>Last day of the term a renewal of a term ending <paramref name="termEndsOn"/> gives (商标法 art. 40).</summary>
    public static DateOnly RenewedTermEndsOn(DateOnly termEndsOn) => termEndsOn.AddDays(1).AddYears(TermYears).AddDays(-1);

    /// <summary>The term's end (stored as <see cref="Trademark.TermEndsOn"/>): the recorded one, else 10 years from registration.</summary>
    public static DateOnly? TermEndsOn(DateOnly? registered, DateOnly? validUntil) =>
        validUntil ?? (registered is { } r ? FirstTermEndsOn(r) : null);

    public static DateOnly GraceEndsOn(DateOnly termEndsOn) => termEndsOn.AddMonths(GraceMonths);

    /// <summary>The latest term end whose grace period is over on <paramref name="today"/>.</summary>
    public static DateOnly FinalLimit(DateOnly today)
    {
        var limit = today.AddMonths(-GraceMonths);
        while (GraceEndsOn(limit.AddDays(1)) < today)
        {
            limit = limit.AddDays(1);
        }

        while (GraceEndsOn(limit) >= today)
        {
            limit = limit.AddDays(-1);
        }

        return limit;
    }

    /// <summary>A recorded status that ends the registration by itself.</summary>
    public static bool Ends(TrademarkStatus recorded) => recorded is TrademarkStatus.Cancelled or TrademarkStatus.Invalidated;

    public static TrademarkStatusOn StatusOn(DateOnly? registered, DateOnly? termEndsOn, TrademarkStatus recorded, DateOnly date, DateOnly today)
    {
        if (Ends(recorded))
        {
            return new TrademarkStatusOn(recorded, null, null);
        }

        if (registered is not { } r || r > date || termEndsOn is not { } last)
        {
            return new TrademarkStatusOn(TrademarkStatus.Pending, null, null);
        }

        if (last >= date)
        {
            return new TrademarkStatusOn(TrademarkStatus.Registered, null, null);
        }

        return GraceEndsOn(last) < today
            ? new TrademarkStatusOn(TrademarkStatus.Expired, last.AddDays(1), null)
            : new TrademarkStatusOn(TrademarkStatus.Registered, null, GraceEndsOn(last));
    }

    /// <summary>The derived status on <paramref name="date"/> is <paramref name="status"/>, as an SQL predicate.</summary>
    public static Expression<Func<Trademark, bool>> StatusIs(TrademarkStatus status, DateOnly date, DateOnly today)
    {
        var limit = FinalLimit(today);
        return status switch
        {
            TrademarkStatus.Cancelled or TrademarkStatus.Invalidated => t => t.Status == status,
            TrademarkStatus.Pending => t => t.Status != TrademarkStatus.Cancelled && t.Status != TrademarkStatus.Invalidated
                && (t.RegistrationDate == null || t.RegistrationDate > date || t.TermEndsOn == null),
            TrademarkStatus.Registered => t => t.Status != TrademarkStatus.Cancelled && t.Status != TrademarkStatus.Invalidated
                && t.RegistrationDate != null && t.RegistrationDate <= date && t.TermEndsOn != null
                && (t.TermEndsOn >= date || t.TermEndsOn > limit),
            _ => t => t.Status != TrademarkStatus.Cancelled && t.Status != TrademarkStatus.Invalidated
                && t.RegistrationDate != null && t.RegistrationDate <= date && t.TermEndsOn != null
                && t.TermEndsOn < date && t.TermEndsOn <= limit,
        };
    }

    /// <summary>The recorded status disagrees with the derived one on <paramref name="today"/>, as an SQL predicate.</summary>
    public static Expression<Func<Trademark, bool>> Discrepancy(DateOnly today)
    {
        Expression<Func<Trademark, bool>>? agrees = null;
        foreach (var status in Enum.GetValues<TrademarkStatus>())
        {
            var s = status;
            var one = Predicates.And(t => t.Status == s, StatusIs(s, today, today));
            agrees = agrees is null ? one : Predicates.Or(agrees, one);
        }

        return Predicates.Not(agrees!);
    }
}
