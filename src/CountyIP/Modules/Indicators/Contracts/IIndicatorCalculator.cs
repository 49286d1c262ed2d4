namespace CountyIP.Modules.Indicators.Contracts;

/// <summary>
/// Computes the actual value of one plan target from the records a module owns. Each module registers its
/// calculators in DI (<c>services.AddIndicatorCalculator&lt;T&gt;()</c>); the indicator engine knows only this
/// interface, never a module's tables. Values must come from SQL aggregates, never from loading records.
/// </summary>
public interface IIndicatorCalculator
{
    /// <summary>The plan target id this calculator computes (e.g. <c>patent-applications</c>).</summary>
    string TargetId { get; }

    /// <summary>What is counted, shown beside every number (issue 4 §1).</summary>
    IndicatorText Definition { get; }

    /// <summary>The breakdowns this indicator allows (none, by unit, by industry, by training audience).</summary>
    IReadOnlySet<BreakdownKind> Breakdowns { get; }

    /// <summary>
    /// The value over <see cref="IndicatorQuery.From"/>..<see cref="IndicatorQuery.To"/> (both inclusive): a flow
    /// (applications filed) counts what falls in the window, a stock (enterprises in contact) is taken at
    /// <see cref="IndicatorQuery.To"/>, a ratio divides two flows of the window. Null when there is nothing to
    /// compute from (e.g. no figure reported), which the engine shows as "not yet tracked", never as zero.
    /// </summary>
    Task<IndicatorValue?> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken);

    /// <summary>The records that make up the value of <paramref name="query"/>, one page at a time.</summary>
    Task<EvidencePage> EvidenceAsync(IndicatorQuery query, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>The value split by <paramref name="kind"/>; only called for kinds in <see cref="Breakdowns"/>.</summary>
    Task<IReadOnlyList<BreakdownRow>> BreakdownAsync(IndicatorQuery query, BreakdownKind kind, CancellationToken cancellationToken);
}

/// <summary>
/// The window and scope of a computation. <see cref="UnitCode"/> limits every figure to one town or sub-district
/// (a TownLiaison's scope); null means the whole district.
/// </summary>
public sealed record IndicatorQuery(string PlanId, DateOnly From, DateOnly To, string? UnitCode);

/// <summary>
/// A computed value. Ratios are fractions (0.8 = 80%) with their <see cref="Numerator"/> and
/// <see cref="Denominator"/>. <see cref="Source"/> tells where a value comes from when it is not counted from
/// records (a value reported by hand and approved).
/// </summary>
public sealed record IndicatorValue(decimal Value, decimal? Numerator = null, decimal? Denominator = null, IndicatorSource? Source = null);

/// <summary>A value reported by hand: who approved it (four-eyes, issue 4 §3).</summary>
public sealed record IndicatorSource(string Kind, string? ApprovedBy, DateTime? ApprovedUtc);

/// <summary>A text in both UI languages.</summary>
public sealed record IndicatorText(string Zh, string En)
{
    public string Pick(bool chinese) => chinese || string.IsNullOrWhiteSpace(En) ? Zh : En;
}

public enum BreakdownKind
{
    Unit = 0,
    Industry = 1,

    /// <summary>By the audience kind of a training course (培训对象, source 三(五)2).</summary>
    Audience = 2,
}

/// <summary>One slice of a breakdown: <see cref="Key"/> is the unit code, industry code or audience kind.</summary>
public sealed record BreakdownRow(string Key, IndicatorText Label, decimal Value);

/// <summary>
/// One page of the records behind a value. <see cref="Columns"/> name the fields (both languages); each record
/// carries its values in the same order and, when the record has a page, a link to it.
/// </summary>
public sealed record EvidencePage(IReadOnlyList<IndicatorText> Columns, IReadOnlyList<EvidenceRecord> Items, int Total);

public sealed record EvidenceRecord(string Key, IReadOnlyList<string?> Values, string? Href = null);

/// <summary>Registration helper for modules contributing calculators.</summary>
public static class IndicatorCalculatorRegistration
{
    public static IServiceCollection AddIndicatorCalculator<TCalculator>(this IServiceCollection services)
        where TCalculator : class, IIndicatorCalculator =>
        services.AddScoped<IIndicatorCalculator, TCalculator>();
}

/// <summary>
/// The dashboard's pages for other modules that link to an indicator (<c>/dashboard/{targetId}?year=&amp;unit=</c>):
/// show such a link only to a user who meets <see cref="ReadPolicy"/>, or it leads to "access denied".
/// </summary>
public static class IndicatorPages
{
    public const string ReadPolicy = IndicatorsPolicies.Read;

    /// <summary>The records behind a target's value in <paramref name="year"/>; with <paramref name="unitCode"/>, one town's share.</summary>
    public static string Detail(string targetId, int year, string? unitCode = null) =>
        $"/dashboard/{targetId}?year={year}" + (unitCode is null ? string.Empty : $"&unit={Uri.EscapeDataString(unitCode)}");
}
