using CountyIP.Modules.Funding.Contracts;
using CountyIP.Modules.Outreach.Contracts;
using CountyIP.Modules.Protection.Contracts;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>
/// Monitoring figures of calendar years (issue 5 §6, issue 12 §1): figures the bureau watches that the plan sets no
/// target for. They come from the Protection module's contract (<see cref="IProtectionFigures"/>) and, for the fund's
/// growth beside the budget's (三(二)2: the special fund grows in step with the general budget expenditure, 同步增长), from
/// the approved fiscal years (<see cref="IFiscalYearFigures"/>), with what each year's fund paid, to how many
/// enterprises and how much of it on invention patents (issue 12 §5, the same query as the budget execution report);
/// they are district-wide, so unit-scoped users are not
/// given them (policy <see cref="IndicatorsPolicies.Monitoring"/>).
/// </summary>
public sealed record GetMonitoringFiguresQuery(IReadOnlyList<int> Years);

/// <summary>One monitoring figure with a value per asked year (null when nothing to compute from, e.g. no case concluded).</summary>
public sealed record MonitoringFigure(string Id, string Name, string Unit, string Source, IReadOnlyList<YearValue> Years);

// Issue 10 item 3: the protection figures come by constructor (no service locator); a missing registration fails at start.
internal sealed class GetMonitoringFiguresHandler(IProtectionFigures protection, IFiscalYearFigures fiscalYears, IOutreachFigures outreach)
{
    /// <summary>Ids, units and how to read each figure; the order is the order shown.</summary>
    private static readonly (string Id, string Unit, Func<ProtectionYearFigures, decimal?> Read)[] ProtectionFigures =
    [
        ("protection-cases-received", "件", f => f.CasesReceived),
        ("protection-cases-accepted", "件", f => f.CasesAccepted),
        ("protection-cases-concluded", "件", f => f.CasesConcluded),
        ("protection-concluded-within-deadline-share", "%", f => f.ShareConcludedWithinDeadline),
        ("protection-average-handling-days", "天", f => f.AverageHandlingDays),
        ("protection-enforcement-actions", "次", f => f.EnforcementActions),
    ];

    /// <summary>Publicity and training (issue 15 §6): events by campaign, the five intos' reach, person-times by audience, certificates.</summary>
    private static readonly (string Id, string Unit, Func<OutreachYearFigures, decimal?> Read)[] OutreachFigures =
    [
        ("outreach-campaign-events", "次", f => f.CampaignEvents),
        ("outreach-five-intos-events", "次", f => f.FiveIntosEvents),
        ("outreach-five-intos-kinds", "类", f => f.FiveIntosKindsReached),
        ("outreach-media-events", "次", f => f.MediaEvents),
        ("outreach-person-times-officials", "人次", f => f.PersonTimesOfficials),
        ("outreach-person-times-enterprises", "人次", f => f.PersonTimesEnterprises),
        ("outreach-person-times-students-public", "人次", f => f.PersonTimesStudentsAndPublic),
        ("outreach-certificates", "份", f => f.CertificatesIssued),
    ];

    public async Task<IReadOnlyList<MonitoringFigure>> HandleAsync(GetMonitoringFiguresQuery query, CancellationToken cancellationToken)
    {
        var years = new List<ProtectionYearFigures>(query.Years.Count);
        foreach (var year in query.Years)
        {
            years.Add(await protection.ForYearAsync(year, cancellationToken));
        }

        // Growth needs the year before the first one asked for; a year or its predecessor without approved figures → null.
        var fiscal = query.Years.Count == 0 ? [] : await fiscalYears.ApprovedAsync(query.Years.Min() - 1, query.Years.Max(), cancellationToken);
        var byYear = fiscal.ToDictionary(f => f.Year);
        decimal? Growth(int year, Func<ApprovedFiscalYear, decimal> part) =>
            byYear.GetValueOrDefault(year) is { } now && byYear.GetValueOrDefault(year - 1) is { } before && part(before) > 0m
                ? Math.Round((part(now) - part(before)) / part(before), 4)
                : null;

        var outreachYears = new List<OutreachYearFigures>(query.Years.Count);
        foreach (var year in query.Years)
        {
            outreachYears.Add(await outreach.ForYearAsync(year, cancellationToken));
        }

        var spending = query.Years.Count == 0 ? [] : (await fiscalYears.SpendingAsync(query.Years.Min(), query.Years.Max(), cancellationToken)).ToDictionary(s => s.Year);

        return
        [
            .. ProtectionFigures.Select(f => new MonitoringFigure(
                f.Id,
                IndicatorsText.Get($"Monitoring_{f.Id}"),
                f.Unit,
                "protection",
                [.. years.Select(y => new YearValue(y.Year, f.Read(y)))])),
            FundingFigure("funding-special-fund-growth", year => Growth(year, f => f.SpecialFundAppropriation)),
            FundingFigure("funding-expenditure-growth", year => Growth(year, f => f.GeneralBudgetExpenditure)),
            FundingFigure("funding-paid", year => spending.GetValueOrDefault(year)?.Paid, "元"),
            FundingFigure("funding-enterprises-supported", year => spending.GetValueOrDefault(year)?.EnterprisesSupported, "家"),
            FundingFigure("funding-invention-share", year => spending.GetValueOrDefault(year)?.InventionShare),
            .. OutreachFigures.Select(f => new MonitoringFigure(
                f.Id,
                IndicatorsText.Get($"Monitoring_{f.Id}"),
                f.Unit,
                "outreach",
                [.. outreachYears.Select(y => new YearValue(y.Year, f.Read(y)))])),
        ];

        MonitoringFigure FundingFigure(string id, Func<int, decimal?> value, string unit = "%") =>
            new(id, IndicatorsText.Get($"Monitoring_{id}"), unit, "funding", [.. query.Years.Select(y => new YearValue(y, value(y)))]);
    }
}
