using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Transfer.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Transfer.UseCases;

/// <summary>A patent brought in from outside the district for a project: number, owner, and how (Assignment or Licence).</summary>
public sealed class IntroducedPatentInput
{
    [Required, StringLength(ContractRight.NumberMaxLength)]
    public string? Number { get; set; }

    [Required, StringLength(LicenceContract.NameMaxLength)]
    public string? Owner { get; set; }

    [Required, RegularExpression("^(Assignment|Licence)$")]
    public string? Via { get; set; }

    /// <summary>The assignment or licence recorded here that brought it in, if any.</summary>
    public Guid? RecordId { get; set; }
}

/// <summary>
/// An industrialisation project (<c>POST /api/transfer/projects</c> {enterpriseId, title, kind, patentIds,
/// introducedPatents, industry, startDate, plannedEndDate, investment, supportAmount, supportedOn, fundingApplicationId}).
/// </summary>
public sealed class ProjectInput : IValidatableObject
{
    private static readonly System.Resources.ResourceManager Messages = new(typeof(TransferText));

    [Required]
    public Guid? EnterpriseId { get; set; }

    [Required, StringLength(IndustrialisationProject.TitleMaxLength)]
    public string? Title { get; set; }

    [Required]
    public ProjectKind? Kind { get; set; }

    public List<Guid>? PatentIds { get; set; }

    public List<IntroducedPatentInput>? IntroducedPatents { get; set; }

    [StringLength(64)]
    public string? Industry { get; set; }

    [Required]
    public DateOnly? StartDate { get; set; }

    [Required]
    public DateOnly? PlannedEndDate { get; set; }

    [Range(0, 999_999_999_999.99)]
    public decimal? Investment { get; set; }

    [Range(0, 999_999_999_999.99)]
    public decimal? SupportAmount { get; set; }

    /// <summary>The day the district decided to support the project (what <c>supported-industrialization-projects</c> counts).</summary>
    public DateOnly? SupportedOn { get; set; }

    public Guid? FundingApplicationId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string M(string key) => Messages.GetString(key, CultureInfo.CurrentUICulture) ?? key;
        if (StartDate is { } start && PlannedEndDate is { } end && end < start)
        {
            yield return new ValidationResult(M("Error_EndBeforeStart"), [nameof(PlannedEndDate)]);
        }

        if (Kind == ProjectKind.Introduced && (IntroducedPatents?.Count ?? 0) == 0 && (PatentIds?.Count ?? 0) == 0)
        {
            yield return new ValidationResult(M("Error_IntroducedPatentsRequired"), [nameof(IntroducedPatents)]);
        }

        if (Kind is ProjectKind.Supported or ProjectKind.UniversityTransfer && (PatentIds?.Count ?? 0) == 0)
        {
            yield return new ValidationResult(M("Error_NoRights"), [nameof(PatentIds)]);
        }

        if (Kind == ProjectKind.Supported && SupportedOn is null)
        {
            yield return new ValidationResult(M("Error_SupportedOnRequired"), [nameof(SupportedOn)]);
        }

        foreach (var (value, name) in new[] { (Investment, nameof(Investment)), (SupportAmount, nameof(SupportAmount)) })
        {
            if (value is { } v && decimal.Round(v, 2) != v)
            {
                yield return new ValidationResult(M("Error_TwoDecimals"), [name]);
            }
        }
    }
}

public sealed class MilestoneInput
{
    [Required, StringLength(IndustrialisationProject.TitleMaxLength)]
    public string? Title { get; set; }

    [Required]
    public DateOnly? DueOn { get; set; }

    /// <summary>Given with the evidence when the milestone is reached.</summary>
    public DateOnly? DoneOn { get; set; }

    [StringLength(IndustrialisationProject.TextMaxLength)]
    public string? Evidence { get; set; }
}

public sealed class YearReportInput
{
    [Required, Range(2000, 2100)]
    public int? Year { get; set; }

    [Range(0, 999_999_999_999.99)]
    public decimal? OutputValue { get; set; }

    [Range(0, 999_999_999_999.99)]
    public decimal? Sales { get; set; }

    [Range(0, 1_000_000)]
    public int? Jobs { get; set; }
}

public sealed class ConclusionInput
{
    [Required, RegularExpression("^(Accepted|Failed|Terminated)$")]
    public string? Result { get; set; }

    public DateOnly? On { get; set; }

    [StringLength(IndustrialisationProject.TextMaxLength)]
    public string? Note { get; set; }
}

public sealed record MilestoneView(Guid Id, string Title, DateOnly DueOn, DateOnly? DoneOn, string? Evidence);

public sealed record YearReportView(int Year, [property: Money] decimal? OutputValue, [property: Money] decimal? Sales, int? Jobs);

public sealed record IntroducedPatentView(string Number, string Owner, string Via, Guid? RecordId);

public sealed record ProjectView(
    Guid Id, Guid EnterpriseId, string EnterpriseName, string Title, ProjectKind Kind, string? Industry, DateOnly StartDate, DateOnly PlannedEndDate,
    [property: Money] decimal? Investment, [property: Money] decimal? SupportAmount, DateOnly? SupportedOn, Guid? FundingApplicationId, ProjectState State, DateOnly? ConcludedOn, string? ConclusionNote,
    string? StatusAlert, IReadOnlyList<RightView> Patents, IReadOnlyList<IntroducedPatentView> IntroducedPatents, IReadOnlyList<MilestoneView> Milestones,
    IReadOnlyList<YearReportView> YearReports, Guid Version)
{
    internal static ProjectView From(IndustrialisationProject p) => new(
        p.Id, p.EnterpriseId, p.EnterpriseName, p.Title, p.Kind, p.IndustryCode, p.StartDate, p.PlannedEndDate, p.Investment, p.SupportAmount, p.SupportedOn,
        p.FundingApplicationId, p.State, p.ConcludedOn, p.ConclusionNote, p.StatusAlert,
        [.. p.Patents.Select(r => new RightView(r.Key, r.Kind, r.RightId, r.Number, r.Title))],
        [.. p.IntroducedPatents.Select(i => new IntroducedPatentView(i.Number, i.OwnerName, i.Via, i.RecordId))],
        [.. p.Milestones.OrderBy(m => m.DueOn).Select(m => new MilestoneView(m.Id, m.Title, m.DueOn, m.DoneOn, m.Evidence))],
        [.. p.YearReports.OrderBy(y => y.Year).Select(y => new YearReportView(y.Year, y.OutputValue, y.Sales, y.Jobs))],
        p.Version);
}

/// <summary>
/// Industrialisation projects (专利产业化项目, issue 16 §1). A project's ledger patents must be in force on its start
/// (<c>right.not-in-force</c>) and at the enterprise's disposal then — owned (after any assignment recorded here) or
/// licensed to it by a licence in effect (<c>right.not-owned</c>); an introduced patent's number must validate. The
/// enterprise reports milestones and yearly figures; the bureau concludes it (验收).
/// </summary>
internal sealed class ProjectHandler(
    CountyIpDbContext db, RightChecks checks, IRightsLedger ledger, IEnterpriseRegistry enterprises, TransferScope scope, IStringLocalizer<TransferText> text, TimeProvider clock)
{
    public async Task<ProjectView> CreateAsync(ProjectInput input, CancellationToken cancellationToken)
    {
        if (!scope.ActsFor(input.EnterpriseId!.Value))
        {
            throw InputValidationException.For(nameof(ProjectInput.EnterpriseId), text["Error_OwnEnterpriseOnly"]);
        }

        var enterprise = await enterprises.FindAsync(input.EnterpriseId!.Value, cancellationToken)
            ?? throw InputValidationException.For(nameof(ProjectInput.EnterpriseId), text["Error_UnknownEnterprise"]);
        var introduced = new List<IntroducedPatent>();
        foreach (var (p, i) in (input.IntroducedPatents ?? []).Select((p, i) => (p, i)))
        {
            var number = ledger.CanonicalPatentNumber(p.Number!)
                ?? throw InputValidationException.For($"{nameof(ProjectInput.IntroducedPatents)}[{i}].{nameof(IntroducedPatentInput.Number)}", text["Error_PatentNumber", p.Number!]);
            introduced.Add(new IntroducedPatent(number, p.Owner!.Trim(), p.Via!, p.RecordId));
        }

        var start = input.StartDate!.Value;
        var rights = await checks.ResolveAsync(input.PatentIds, null, enterprise.Id, start, cancellationToken);
        checks.RequireInForce(rights, start);
        var keys = rights.Select(r => r.Ledger.Key).ToList();
        var licensed = await db.Set<LicenceContract>().AsNoTracking()
            .Where(l => l.LicenseeId == enterprise.Id && l.State != LicenceState.Cancelled && l.StartDate <= start && start <= l.EndDate)
            .SelectMany(l => l.Rights, (l, r) => r.Key)
            .Where(key => keys.Contains(key))
            .ToListAsync(cancellationToken);
        checks.RequireOwned(rights.Select(r => licensed.Contains(r.Ledger.Key) ? r with { Owned = true } : r), enterprise.Name);

        var project = new IndustrialisationProject(
            enterprise.Id, enterprise.Name, enterprise.UnitCode, input.Title!, input.Kind!.Value, input.Industry, start, input.PlannedEndDate!.Value, input.Investment, input.SupportAmount,
            input.SupportedOn, input.FundingApplicationId, rights.Select(r => r.ToContract()), introduced, scope.UserName, clock.GetUtcNow().UtcDateTime);
        db.Add(project);
        await TransferSave.SaveAsync(db, text, cancellationToken);
        return ProjectView.From(project);
    }

    public async Task<ProjectView?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await Scoped().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } p ? ProjectView.From(p) : null;

    public async Task<PagedResult<ProjectView>> ListAsync(ProjectKind? kind, ProjectState? state, int? year, bool? alert, int page, int pageSize, CancellationToken cancellationToken)
    {
        var projects = Scoped().AsNoTracking();
        if (alert == true)
        {
            projects = projects.Where(p => p.StatusAlert != null && p.State == ProjectState.Ongoing);
        }

        if (kind is { } k)
        {
            projects = projects.Where(p => p.Kind == k);
        }

        if (state is { } s)
        {
            projects = projects.Where(p => p.State == s);
        }

        if (year is { } y)
        {
            projects = projects.Where(p => p.StartDate >= new DateOnly(y, 1, 1) && p.StartDate <= new DateOnly(y, 12, 31));
        }

        return await Paging.PageAsync(projects.OrderByDescending(p => p.StartDate).ThenBy(p => p.Id), page, pageSize, ProjectView.From, cancellationToken);
    }

    /// <summary>A milestone planned, or reached with its evidence (the enterprise reports; the bureau too).</summary>
    public Task<ProjectView?> AddMilestoneAsync(Guid id, MilestoneInput input, CancellationToken cancellationToken) =>
        ChangeAsync(id, (p, now) =>
        {
            p.AddMilestone(input.Title!, input.DueOn!.Value, now);
            if (input.DoneOn is { } done)
            {
                p.CompleteMilestone(p.Milestones[^1].Id, done, input.Evidence, now);
            }
        }, cancellationToken);

    public Task<ProjectView?> CompleteMilestoneAsync(Guid id, Guid milestoneId, MilestoneInput input, CancellationToken cancellationToken) =>
        ChangeAsync(id, (p, now) =>
        {
            if (p.Milestones.All(m => m.Id != milestoneId))
            {
                throw InputValidationException.For("milestoneId", text["Error_UnknownMilestone"]);
            }

            p.CompleteMilestone(milestoneId, input.DoneOn ?? TimeDisplay.Today(clock), input.Evidence, now);
        }, cancellationToken);

    public Task<ProjectView?> ReportYearAsync(Guid id, YearReportInput input, CancellationToken cancellationToken) =>
        ChangeAsync(id, (p, now) => p.ReportYear(input.Year!.Value, input.OutputValue, input.Sales, input.Jobs, now), cancellationToken);

    /// <summary>The bureau's acceptance (验收) or the project's end; a concluded project is not concluded again.</summary>
    public Task<ProjectView?> ConcludeAsync(Guid id, ConclusionInput input, CancellationToken cancellationToken) =>
        ChangeAsync(id, (p, now) =>
        {
            if (p.State != ProjectState.Ongoing)
            {
                throw new BusinessRuleException("project.concluded", text["Rule_ProjectConcluded"]);
            }

            p.Conclude(Enum.Parse<ProjectState>(input.Result!), input.On ?? TimeDisplay.Today(clock), input.Note, now);
        }, cancellationToken);

    private async Task<ProjectView?> ChangeAsync(Guid id, Action<IndustrialisationProject, DateTime> change, CancellationToken cancellationToken)
    {
        if (await Scoped().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } project)
        {
            return null;
        }

        change(project, clock.GetUtcNow().UtcDateTime);
        await TransferSave.SaveAsync(db, text, cancellationToken);
        return ProjectView.From(project);
    }

    private IQueryable<IndustrialisationProject> Scoped()
    {
        var projects = db.Set<IndustrialisationProject>();
        return scope.OwnEnterprise is { } own ? projects.Where(p => p.EnterpriseId == own)
            : scope.OwnUnit is { } unit ? projects.Where(p => p.UnitCode == unit)
            : projects;
    }
}
