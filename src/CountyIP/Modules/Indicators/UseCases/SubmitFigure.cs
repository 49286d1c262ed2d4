using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Funding.Contracts;
using CountyIP.Modules.Indicators.Domain;
using CountyIP.Modules.Plans.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>
/// A figure reported by hand with its evidence document (issue 4 §3). For <c>special-fund-ratio</c> the two parts
/// are entered (the year's special IP fund and the district's general budget expenditure, CNY); for any other
/// target no module computes, the figure itself.
/// </summary>
public sealed record SubmitFigureCommand(
    [property: Required, StringLength(64)] string TargetId,
    [property: Range(2000, 2100)] int Year,
    [property: Range(0, 1_000_000_000_000d)] decimal? Value,
    [property: Range(0, 1_000_000_000_000d)] decimal? Numerator,
    [property: Range(0, 1_000_000_000_000d)] decimal? Denominator,
    [property: StringLength(1000)] string? Note,
    string? PlanId = null);

internal sealed class SubmitFigureHandler(
    CountyIpDbContext db, IndicatorEngine engine, IFiscalYearFigures fiscalYears, IFileStore files, ICurrentUser user, TimeProvider clock)
{
    public const long MaxEvidenceBytes = 20 * 1024 * 1024;

    public async Task<Guid> HandleAsync(SubmitFigureCommand command, Stream evidence, string evidenceFileName, CancellationToken cancellationToken)
    {
        if (await engine.FindPlanAsync(command.PlanId, cancellationToken) is not { } plan)
        {
            throw Rule("indicators.no-plan", "Error_NoPlan");
        }

        if (plan.Targets.FirstOrDefault(t => t.Id == command.TargetId) is not { } target)
        {
            throw Rule("indicators.unknown-target", "Error_UnknownTarget");
        }

        if (engine.IsComputedByModule(target.Id))
        {
            throw Rule("indicators.computed-target", "Error_ComputedTarget");
        }

        if (!ReportingBodies.MayReport(target.Id, user))
        {
            throw Rule("indicators.reported-by-bureau", "Error_ReportedByBureau");
        }

        var isRatio = target.Id == SpecialFundRatioCalculator.Id;
        if (isRatio && (command.Numerator is null || command.Denominator is not > 0m))
        {
            throw Rule("indicators.ratio-parts", "Error_RatioParts");
        }

        // Issue 12 §1: a district year with an approved fiscal record takes its ratio from there; a hand figure would
        // never count, so it is refused rather than stored for nothing.
        if (isRatio && IndicatorScope.UnitOf(user) is null
            && (await fiscalYears.ApprovedAsync(command.Year, command.Year, cancellationToken)).Count > 0)
        {
            throw Rule("indicators.fiscal-year-recorded", "Error_FiscalYearRecorded");
        }

        if (!isRatio && command.Value is null)
        {
            throw Rule("indicators.value-required", "Error_ValueRequired");
        }

        if (target.Comparison == TargetComparison.Exists && command.Value is not (0m or 1m))
        {
            throw Rule("indicators.exists-value", "Error_ExistsValue");
        }

        if (string.IsNullOrWhiteSpace(evidenceFileName))
        {
            throw Rule("indicators.evidence-required", "Error_EvidenceRequired");
        }

        var key = await files.SaveAsync("indicator-evidence", evidence, cancellationToken);
        var figure = ReportedFigure.Submit(
            plan.Id, target.Id, command.Year, IndicatorScope.UnitOf(user),
            isRatio ? null : command.Value, isRatio ? command.Numerator : null, isRatio ? command.Denominator : null,
            string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(),
            key, Path.GetFileName(evidenceFileName), user.UserId ?? Guid.Empty, user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        db.Add(figure);
        await db.SaveChangesAsync(cancellationToken);
        return figure.Id;
    }

    private static BusinessRuleException Rule(string code, string key) => new(code, IndicatorsText.Get(key));
}
