using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using CountyIP.Modules.Governance.Domain;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Plans.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>A year's scheme (<c>POST /api/governance/assessments</c> {year, bonusCap, deductionCap}).</summary>
public sealed class AssessmentInput
{
    [Required, Range(2000, 2100)]
    public int? Year { get; set; }

    [Range(0, 100)]
    public decimal? BonusCap { get; set; }

    [Range(0, 100)]
    public decimal? DeductionCap { get; set; }
}

/// <summary>An indicator of the scheme (<c>POST /api/governance/assessments/{year}/indicators</c>).</summary>
public sealed class AssessmentIndicatorInput : IValidatableObject
{
    private static readonly System.Resources.ResourceManager Messages = new(typeof(GovernanceText));

    [Required, StringLength(AssessmentIndicator.CodeMaxLength), RegularExpression("^[a-z0-9][a-z0-9-]*$")]
    public string? Code { get; set; }

    [Required, StringLength(AssessmentIndicator.NameMaxLength)]
    public string? NameZh { get; set; }

    [StringLength(AssessmentIndicator.NameMaxLength * 2)]
    public string? NameEn { get; set; }

    [Required]
    public AssessmentMeasure? Measure { get; set; }

    /// <summary>The plan target a <see cref="AssessmentMeasure.PlanIndicator"/> counts, e.g. <c>patent-applications</c>.</summary>
    [StringLength(64)]
    public string? TargetId { get; set; }

    public AssessedKinds? AppliesTo { get; set; }

    [Required, Range(0.01, 100)]
    public decimal? Weight { get; set; }

    public ScoringRule? Rule { get; set; }

    /// <summary>Linear rule's cap as a multiple of the weight (1 to 2; 1 when left out).</summary>
    [Range(1, 2)]
    public decimal? Cap { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Measure == AssessmentMeasure.PlanIndicator && string.IsNullOrWhiteSpace(TargetId))
        {
            yield return new ValidationResult(Messages.GetString("Error_TargetIdRequired", CultureInfo.CurrentUICulture), [nameof(TargetId)]);
        }
    }
}

/// <summary>Opens the preliminary scores to the units with the last day to appeal.</summary>
public sealed class PublishAssessmentInput
{
    [Required]
    public DateOnly? AppealsCloseOn { get; set; }
}

/// <summary>A bonus (positive) or deduction (negative) item for one unit, with its reason.</summary>
public sealed class AdjustmentInput
{
    [Required, StringLength(64)]
    public string? OwnerUnitCode { get; set; }

    [Required, Range(-100, 100)]
    public decimal? Points { get; set; }

    [Required, StringLength(AssessmentAdjustment.ReasonMaxLength)]
    public string? Reason { get; set; }
}

/// <summary>A unit's appeal (<c>POST /api/governance/assessments/{year}/appeals</c>).</summary>
public sealed class AppealInput
{
    [StringLength(AssessmentIndicator.CodeMaxLength)]
    public string? IndicatorCode { get; set; }

    [Required, StringLength(AssessmentAppeal.ReasonMaxLength)]
    public string? Reason { get; set; }

    /// <summary>The appealing unit; a liaison's own unit when left out.</summary>
    [StringLength(64)]
    public string? OwnerUnitCode { get; set; }
}

/// <summary>The office's decision on an appeal: upheld with a points correction, or rejected; the reason either way.</summary>
public sealed class AppealDecisionInput
{
    [Required]
    public bool? Upheld { get; set; }

    [Range(-100, 100)]
    public decimal? Points { get; set; }

    [Required, StringLength(AssessmentAppeal.ReasonMaxLength)]
    public string? Decision { get; set; }

    public Guid? Version { get; set; }
}

public sealed record AssessmentIndicatorView(string Code, string NameZh, string? NameEn, AssessmentMeasure Measure, string? TargetId, AssessedKinds AppliesTo, decimal Weight, ScoringRule Rule, decimal Cap);

public sealed record AdjustmentView(Guid Id, string OwnerUnitCode, string OwnerName, decimal Points, string Reason, string Actor, DateTime AtUtc);

public sealed record AssessmentView(
    int Year, AssessmentState State, decimal BonusCap, decimal DeductionCap, DateOnly? AppealsCloseOn, bool AppealOpen, DateTime? SignedOffUtc, string? SignedOffBy,
    decimal UnitWeight, decimal DepartmentWeight, IReadOnlyList<AssessmentIndicatorView> Indicators, IReadOnlyList<AdjustmentView> Adjustments, Guid Version);

public sealed record IndicatorScoreView(string Code, string NameZh, string? NameEn, decimal? Actual, decimal? Target, decimal Weight, decimal Score, ScoreNote Note);

/// <summary>
/// One unit's row. After sign-off <see cref="Total"/> and <see cref="Rank"/> are the frozen ones; <see cref="LiveTotal"/>
/// is what the records give today and <see cref="Difference"/> shows a change made since, never applied silently.
/// </summary>
public sealed record ScoreRow(
    string UnitCode, string UnitName, OwnerKind UnitKind, decimal Total, int Rank, decimal Bonus, decimal Deduction,
    IReadOnlyList<IndicatorScoreView> Indicators, decimal? LiveTotal, decimal? Difference);

public sealed record ScoreTable(int Year, AssessmentState State, DateOnly? AppealsCloseOn, bool Frozen, IReadOnlyList<ScoreRow> Rows);

public sealed record AppealView(Guid Id, string OwnerUnitCode, string OwnerName, string? IndicatorCode, string Reason, string FiledBy, DateTime FiledUtc, AppealState State, string? Decision, decimal? Points, string? DecidedBy, Guid Version);

/// <summary>Finds a year's scheme for the handlers; a liaison does not see a draft (it does not exist for them yet).</summary>
internal sealed class AssessmentAccess(CountyIpDbContext db, GovernanceScope scope)
{
    public async Task<AssessmentScheme?> FindAsync(int year, bool tracked, CancellationToken cancellationToken)
    {
        var schemes = db.Set<AssessmentScheme>().Include(s => s.Indicators).Include(s => s.Adjustments).Include(s => s.Frozen).AsSplitQuery();
        var scheme = await (tracked ? schemes : schemes.AsNoTracking()).FirstOrDefaultAsync(s => s.Year == year, cancellationToken);
        return scheme is { State: AssessmentState.Draft } && scope.OwnCode is not null ? null : scheme;
    }
}

/// <summary>
/// Measures every unit on every indicator from the records (plan indicators by the town the records carry; tasks and
/// reports by their owner) and scores them with <see cref="AssessmentScoring"/>.
/// </summary>
internal sealed class AssessmentCalculator(CountyIpDbContext db, IEnumerable<IIndicatorCalculator> calculators, IPlanCatalog plans, OwnerDirectory owners)
{
    public async Task<IReadOnlyList<UnitScore>> ComputeAsync(AssessmentScheme scheme, CancellationToken cancellationToken)
    {
        var all = await owners.ListAsync(cancellationToken);
        var from = new DateOnly(scheme.Year, 1, 1);
        var to = new DateOnly(scheme.Year, 12, 31);
        var measured = new Dictionary<(string, string), Measurement>();
        var plan = await plans.GetActiveAsync(cancellationToken);
        var targets = await db.Set<UnitTarget>().AsNoTracking().Where(t => t.Year == scheme.Year).ToListAsync(cancellationToken);

        foreach (var indicator in scheme.Indicators)
        {
            switch (indicator.Measure)
            {
                case AssessmentMeasure.PlanIndicator:
                    var calculator = calculators.FirstOrDefault(c => c.TargetId == indicator.TargetId && c.Breakdowns.Contains(BreakdownKind.Unit));
                    var byUnit = calculator is null || plan is null
                        ? new Dictionary<string, decimal>()
                        : (await calculator.BreakdownAsync(new IndicatorQuery(plan.Id, from, to, null), BreakdownKind.Unit, cancellationToken)).ToDictionary(r => r.Key, r => r.Value);
                    foreach (var owner in all.Where(o => o.Kind == OwnerKind.Unit))
                    {
                        var target = targets.FirstOrDefault(t => t.TargetId == indicator.TargetId && t.OwnerCode == owner.Code)?.Value;
                        measured[(owner.Code, indicator.Code)] = new Measurement(byUnit.GetValueOrDefault(owner.Code), target);
                    }

                    break;
                case AssessmentMeasure.TasksOnTime:
                    var tasks = await db.Set<SupervisedTask>().AsNoTracking().Where(t => t.Deadline >= from && t.Deadline <= to)
                        .GroupBy(t => t.OwnerCode)
                        .Select(g => new { Owner = g.Key, Due = g.Count(), OnTime = g.Count(t => t.State == SupervisedTaskState.Completed && t.CompletedOn <= t.Deadline) })
                        .ToListAsync(cancellationToken);
                    foreach (var t in tasks)
                    {
                        measured[(t.Owner, indicator.Code)] = new Measurement(Math.Round((decimal)t.OnTime / t.Due, 4), 1m);
                    }

                    break;
                case AssessmentMeasure.ReportsOnTime:
                    var reports = await db.Set<PeriodicReport>().AsNoTracking().Where(r => r.DueOn >= from && r.DueOn <= to)
                        .GroupBy(r => r.OwnerCode)
                        .Select(g => new { Owner = g.Key, Due = g.Count(), OnTime = g.Count(r => r.SubmittedOn != null && r.SubmittedOn <= r.DueOn) })
                        .ToListAsync(cancellationToken);
                    foreach (var r in reports)
                    {
                        measured[(r.Owner, indicator.Code)] = new Measurement(Math.Round((decimal)r.OnTime / r.Due, 4), 1m);
                    }

                    break;
            }
        }

        var upheld = await db.Set<AssessmentAppeal>().AsNoTracking().Where(a => a.SchemeId == scheme.Id && a.State == AppealState.Upheld && a.Points != null)
            .Select(a => new { a.OwnerCode, Points = a.Points!.Value }).ToListAsync(cancellationToken);
        var adjustments = scheme.Adjustments.Select(a => (a.OwnerCode, a.Points)).Concat(upheld.Select(a => (a.OwnerCode, a.Points)))
            .GroupBy(a => a.OwnerCode).ToDictionary(g => g.Key, g => g.Select(a => a.Points).ToArray());
        return AssessmentScoring.Score(scheme, [.. all.Select(o => (o.Code, o.Kind))], measured, adjustments);
    }
}

internal sealed class AssessmentViews(OwnerDirectory owners, TimeProvider clock)
{
    public async Task<AssessmentView> ViewAsync(AssessmentScheme s, CancellationToken cancellationToken)
    {
        var adjustments = new List<AdjustmentView>();
        foreach (var a in s.Adjustments.OrderBy(a => a.AtUtc))
        {
            adjustments.Add(new AdjustmentView(a.Id, a.OwnerCode, await owners.NameAsync(a.OwnerCode, cancellationToken), a.Points, a.Reason, a.Actor, a.AtUtc));
        }

        return new AssessmentView(s.Year, s.State, s.BonusCap, s.DeductionCap, s.AppealsCloseOn, s.IsAppealOpenOn(TimeDisplay.Today(clock)), s.SignedOffUtc, s.SignedOffBy,
            s.WeightFor(OwnerKind.Unit), s.WeightFor(OwnerKind.Department),
            [.. s.Indicators.OrderBy(i => i.SortOrder).Select(i => new AssessmentIndicatorView(i.Code, i.NameZh, i.NameEn, i.Measure, i.TargetId, i.AppliesToKinds, i.Weight, i.Rule, i.Cap))],
            adjustments, s.Version);
    }
}

internal sealed class GetAssessmentHandler(AssessmentAccess access, AssessmentViews views, CountyIpDbContext db, GovernanceScope scope)
{
    /// <summary>The latest year with a scheme the caller may see (a liaison does not see a draft), for the page's default.</summary>
    public async Task<int?> LatestYearAsync(CancellationToken cancellationToken) =>
        await db.Set<AssessmentScheme>().Where(s => scope.OwnCode == null || s.State != AssessmentState.Draft).MaxAsync(s => (int?)s.Year, cancellationToken);

    public async Task<AssessmentView?> HandleAsync(int year, CancellationToken cancellationToken) =>
        await access.FindAsync(year, tracked: false, cancellationToken) is { } s ? await views.ViewAsync(s, cancellationToken) : null;
}

/// <summary>The office sets up and runs the year's assessment: scheme, indicators, publication, adjustments, sign-off.</summary>
internal sealed class ManageAssessmentHandler(
    CountyIpDbContext db, AssessmentAccess access, AssessmentViews views, AssessmentCalculator calculator, OwnerDirectory owners,
    IPlanCatalog plans, ICurrentUser user, IStringLocalizer<GovernanceText> text, TimeProvider clock)
{
    public async Task<AssessmentView> CreateAsync(AssessmentInput input, CancellationToken cancellationToken)
    {
        if (await db.Set<AssessmentScheme>().AnyAsync(s => s.Year == input.Year, cancellationToken))
        {
            throw InputValidationException.For(nameof(AssessmentInput.Year), text["Error_AssessmentExists", input.Year!.Value]);
        }

        var scheme = new AssessmentScheme(input.Year!.Value, input.BonusCap ?? 5m, input.DeductionCap ?? 10m, user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        db.Add(scheme);
        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return await views.ViewAsync(scheme, cancellationToken);
    }

    public async Task<AssessmentView?> AddIndicatorAsync(int year, AssessmentIndicatorInput input, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(year, tracked: true, cancellationToken) is not { } scheme)
        {
            return null;
        }

        RequireState(scheme, AssessmentState.Draft);
        var code = input.Code!.Trim();
        if (scheme.Indicators.Any(i => i.Code == code))
        {
            throw InputValidationException.For(nameof(AssessmentIndicatorInput.Code), text["Error_IndicatorCodeTaken", code]);
        }

        if (input.Measure == AssessmentMeasure.PlanIndicator
            && (await plans.GetActiveAsync(cancellationToken))?.Targets.Any(t => t.Id == input.TargetId!.Trim()) != true)
        {
            throw InputValidationException.For(nameof(AssessmentIndicatorInput.TargetId), text["Error_UnknownTarget", input.TargetId!]);
        }

        scheme.AddIndicator(code, input.NameZh!, input.NameEn, input.Measure!.Value, input.TargetId?.Trim(), input.AppliesTo ?? AssessedKinds.Both,
            input.Weight!.Value, input.Rule ?? ScoringRule.Linear, input.Cap ?? 1m, clock.GetUtcNow().UtcDateTime);
        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return await views.ViewAsync(scheme, cancellationToken);
    }

    public async Task<AssessmentView?> RemoveIndicatorAsync(int year, string code, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(year, tracked: true, cancellationToken) is not { } scheme || scheme.Indicators.FirstOrDefault(i => i.Code == code) is not { } indicator)
        {
            return null;
        }

        RequireState(scheme, AssessmentState.Draft);
        scheme.RemoveIndicator(indicator, clock.GetUtcNow().UtcDateTime);
        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return await views.ViewAsync(scheme, cancellationToken);
    }

    /// <summary>Opens the preliminary scores; the weights for towns and for departments must each add up to 100.</summary>
    public async Task<AssessmentView?> PublishAsync(int year, PublishAssessmentInput input, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(year, tracked: true, cancellationToken) is not { } scheme)
        {
            return null;
        }

        RequireState(scheme, AssessmentState.Draft);
        foreach (var kind in new[] { OwnerKind.Unit, OwnerKind.Department })
        {
            if (scheme.WeightFor(kind) is var weight && weight != 100m)
            {
                throw new BusinessRuleException("governance.weights", text["Error_WeightsNot100", text[$"Enum_OwnerKind_{kind}"], weight.ToString("0.##", CultureInfo.InvariantCulture)]);
            }
        }

        if (input.AppealsCloseOn!.Value < TimeDisplay.Today(clock))
        {
            throw InputValidationException.For(nameof(PublishAssessmentInput.AppealsCloseOn), text["Error_AppealWindowPast"]);
        }

        scheme.Publish(input.AppealsCloseOn.Value, clock.GetUtcNow().UtcDateTime);
        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return await views.ViewAsync(scheme, cancellationToken);
    }

    public async Task<AssessmentView?> AdjustAsync(int year, AdjustmentInput input, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(year, tracked: true, cancellationToken) is not { } scheme)
        {
            return null;
        }

        if (await owners.FindAsync(input.OwnerUnitCode, cancellationToken) is not { } owner)
        {
            throw InputValidationException.For(nameof(AdjustmentInput.OwnerUnitCode), text["Error_UnknownOwner", input.OwnerUnitCode ?? string.Empty]);
        }

        if (input.Points == 0)
        {
            throw InputValidationException.For(nameof(AdjustmentInput.Points), text["Error_ZeroPoints"]);
        }

        if (scheme.State == AssessmentState.SignedOff)
        {
            throw new BusinessRuleException("governance.signed-off", text["Error_SignedOff", year]);
        }

        scheme.Adjust(owner.Code, input.Points!.Value, input.Reason!, user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return await views.ViewAsync(scheme, cancellationToken);
    }

    /// <summary>Freezes the scores as they stand; appeals still pending block it (each must be decided first).</summary>
    public async Task<AssessmentView?> SignOffAsync(int year, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(year, tracked: true, cancellationToken) is not { } scheme)
        {
            return null;
        }

        RequireState(scheme, AssessmentState.Published);
        var pending = await db.Set<AssessmentAppeal>().CountAsync(a => a.SchemeId == scheme.Id && a.State == AppealState.Pending, cancellationToken);
        if (pending > 0)
        {
            throw new BusinessRuleException("governance.appeals-pending", text["Error_AppealsPending", pending]);
        }

        var scores = await calculator.ComputeAsync(scheme, cancellationToken);
        scheme.SignOff(scores.Select(s => new FrozenScore(scheme.Id, s.OwnerCode, s.OwnerKind, s.Total, s.Rank, JsonSerializer.Serialize(s, JsonSerializerOptions.Web))),
            user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return await views.ViewAsync(scheme, cancellationToken);
    }

    private void RequireState(AssessmentScheme scheme, AssessmentState state)
    {
        if (scheme.State != state)
        {
            throw new BusinessRuleException("governance.assessment-state", text["Error_AssessmentState", text[$"Enum_AssessmentState_{scheme.State}"]]);
        }
    }
}

/// <summary>
/// The score table of a year (<c>GET /api/governance/assessments/{year}/scores</c>): a row per town and department,
/// ranked within towns and within departments. A liaison gets their own row only. Before sign-off the rows are computed
/// from the records now; after it, the frozen rows with today's computation beside them as a difference.
/// </summary>
internal sealed class GetScoresHandler(AssessmentAccess access, AssessmentCalculator calculator, OwnerDirectory owners, GovernanceScope scope)
{
    public async Task<ScoreTable?> HandleAsync(int year, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(year, tracked: false, cancellationToken) is not { } scheme)
        {
            return null;
        }

        var live = await calculator.ComputeAsync(scheme, cancellationToken);
        var frozen = scheme.State == AssessmentState.SignedOff
            ? scheme.Frozen.Select(f => JsonSerializer.Deserialize<UnitScore>(f.LinesJson, JsonSerializerOptions.Web)!).ToList()
            : null;
        var shown = frozen ?? [.. live];
        var names = scheme.Indicators.ToDictionary(i => i.Code);
        var rows = new List<ScoreRow>();
        foreach (var s in shown.Where(s => scope.OwnCode is null || s.OwnerCode == scope.OwnCode).OrderBy(s => s.OwnerKind).ThenBy(s => s.Rank).ThenBy(s => s.OwnerCode, StringComparer.Ordinal))
        {
            var now = frozen is null ? null : live.FirstOrDefault(l => l.OwnerCode == s.OwnerCode);
            rows.Add(new ScoreRow(s.OwnerCode, await owners.NameAsync(s.OwnerCode, cancellationToken), s.OwnerKind, s.Total, s.Rank, s.Bonus, s.Deduction,
                [.. s.Lines.Select(l => new IndicatorScoreView(l.IndicatorCode, names.GetValueOrDefault(l.IndicatorCode)?.NameZh ?? l.IndicatorCode, names.GetValueOrDefault(l.IndicatorCode)?.NameEn, l.Actual, l.Target, l.Weight, l.Score, l.Note))],
                now?.Total, now is null || now.Total == s.Total ? null : now.Total - s.Total));
        }

        return new ScoreTable(year, scheme.State, scheme.AppealsCloseOn, frozen is not null, rows);
    }
}

internal sealed class AppealsHandler(
    CountyIpDbContext db, AssessmentAccess access, GovernanceScope scope, ICurrentUser user, OwnerDirectory owners,
    IStringLocalizer<GovernanceText> text, TimeProvider clock)
{
    public async Task<IReadOnlyList<AppealView>?> ListAsync(int year, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(year, tracked: false, cancellationToken) is not { } scheme)
        {
            return null;
        }

        var appeals = await scope.Filter(db.Set<AssessmentAppeal>().AsNoTracking().Where(a => a.SchemeId == scheme.Id), a => a.OwnerCode)
            .OrderBy(a => a.CreatedUtc).ToListAsync(cancellationToken);
        var views = new List<AppealView>(appeals.Count);
        foreach (var a in appeals)
        {
            views.Add(await ViewAsync(a, cancellationToken));
        }

        return views;
    }

    /// <summary>Files an appeal for the caller's unit (or, by the office, for the unit named) while the window is open.</summary>
    public async Task<AppealView?> FileAsync(int year, AppealInput input, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(year, tracked: false, cancellationToken) is not { } scheme)
        {
            return null;
        }

        var ownerCode = scope.OwnCode ?? input.OwnerUnitCode;
        if (await owners.FindAsync(ownerCode, cancellationToken) is not { } owner || !scope.ActsFor(owner.Code))
        {
            throw InputValidationException.For(nameof(AppealInput.OwnerUnitCode), text["Error_UnknownOwner", ownerCode ?? string.Empty]);
        }

        if (!scheme.IsAppealOpenOn(TimeDisplay.Today(clock)))
        {
            throw new BusinessRuleException("governance.appeal-closed", scheme.AppealsCloseOn is { } close
                ? text["Error_AppealClosed", close.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]
                : text["Error_AppealNotOpen"]);
        }

        if (input.IndicatorCode is { Length: > 0 } code && scheme.Indicators.All(i => i.Code != code.Trim()))
        {
            throw InputValidationException.For(nameof(AppealInput.IndicatorCode), text["Error_UnknownIndicator", code]);
        }

        var appeal = new AssessmentAppeal(scheme.Id, owner.Code, input.IndicatorCode, input.Reason!, user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        db.Add(appeal);
        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return await ViewAsync(appeal, cancellationToken);
    }

    public async Task<AppealView?> DecideAsync(int year, Guid id, AppealDecisionInput input, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(year, tracked: false, cancellationToken) is not { } scheme
            || await db.Set<AssessmentAppeal>().FirstOrDefaultAsync(a => a.Id == id && a.SchemeId == scheme.Id, cancellationToken) is not { } appeal)
        {
            return null;
        }

        GovernanceSave.CheckVersion(appeal, input.Version, text);
        if (appeal.State != AppealState.Pending || scheme.State == AssessmentState.SignedOff)
        {
            throw new BusinessRuleException("governance.appeal-decided", text["Error_AppealDecided"]);
        }

        if (input.Upheld == true && input.Points is null or 0)
        {
            throw InputValidationException.For(nameof(AppealDecisionInput.Points), text["Error_UpheldNeedsPoints"]);
        }

        appeal.Decide(input.Upheld!.Value, input.Points, input.Decision!, user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return await ViewAsync(appeal, cancellationToken);
    }

    private async Task<AppealView> ViewAsync(AssessmentAppeal a, CancellationToken cancellationToken) =>
        new(a.Id, a.OwnerCode, await owners.NameAsync(a.OwnerCode, cancellationToken), a.IndicatorCode, a.Reason, a.FiledBy, a.CreatedUtc, a.State, a.Decision, a.Points, a.DecidedBy, a.Version);
}
