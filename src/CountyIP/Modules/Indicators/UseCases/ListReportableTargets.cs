namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>The targets of the active plan no module computes, which the caller may report by hand (<see cref="Domain.ReportingBodies"/>).</summary>
public sealed record ReportableTarget(string Id, string Section, string Name, bool IsRatio);

internal sealed class ListReportableTargetsHandler(IndicatorEngine engine, CountyIP.Platform.Security.ICurrentUser user)
{
    public async Task<IReadOnlyList<ReportableTarget>> HandleAsync(CancellationToken cancellationToken)
    {
        if (await engine.FindPlanAsync(null, cancellationToken) is not { } plan)
        {
            return [];
        }

        var chinese = IndicatorsText.IsChinese;
        return [.. plan.Targets
            .Where(t => !engine.IsComputedByModule(t.Id) && Domain.ReportingBodies.MayReport(t.Id, user))
            .Select(t => new ReportableTarget(
                t.Id,
                t.Section,
                chinese || string.IsNullOrWhiteSpace(t.Name.En) ? t.Name.Zh : t.Name.En,
                t.Id == SpecialFundRatioCalculator.Id))];
    }
}
