namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>The targets of the active plan no module computes, which may be reported by hand.</summary>
public sealed record ReportableTarget(string Id, string Section, string Name, bool IsRatio);

internal sealed class ListReportableTargetsHandler(IndicatorEngine engine)
{
    public async Task<IReadOnlyList<ReportableTarget>> HandleAsync(CancellationToken cancellationToken)
    {
        if (await engine.FindPlanAsync(null, cancellationToken) is not { } plan)
        {
            return [];
        }

        var chinese = IndicatorsText.IsChinese;
        return [.. plan.Targets
            .Where(t => !engine.IsComputedByModule(t.Id))
            .Select(t => new ReportableTarget(
                t.Id,
                t.Section,
                chinese || string.IsNullOrWhiteSpace(t.Name.En) ? t.Name.Zh : t.Name.En,
                t.Id == SpecialFundRatioCalculator.Id))];
    }
}
