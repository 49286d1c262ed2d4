using CountyIP.Modules.Indicators.Contracts;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>One target's value split by unit or by industry, where its calculator allows it.</summary>
public sealed record GetIndicatorBreakdownQuery(string TargetId, string? PlanId, IndicatorPeriod Period, BreakdownKind Kind);

public sealed record BreakdownSlice(string Key, string Label, decimal Value);

internal sealed class GetIndicatorBreakdownHandler(GetIndicatorEvidenceHandler evidence)
{
    public async Task<IReadOnlyList<BreakdownSlice>?> HandleAsync(GetIndicatorBreakdownQuery query, CancellationToken cancellationToken)
    {
        if (await evidence.ResolveAsync(query.TargetId, query.PlanId, query.Period, null, cancellationToken) is not { } resolved
            || !resolved.Calculator.Breakdowns.Contains(query.Kind))
        {
            return null;
        }

        if (resolved.Query is null)
        {
            return [];
        }

        var chinese = IndicatorsText.IsChinese;
        var rows = await resolved.Calculator.BreakdownAsync(resolved.Query, query.Kind, cancellationToken);
        return [.. rows.Select(r => new BreakdownSlice(r.Key, r.Label.Pick(chinese), r.Value))];
    }
}
