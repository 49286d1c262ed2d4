using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Transfer.Domain;

/// <summary>
/// A patent industrialisation project (专利产业化项目, source 二(二)5, 三(三)4): an enterprise turns patents into products.
/// <see cref="ProjectKind.Supported"/> projects receive the district's support (counted by
/// <c>supported-industrialization-projects</c> on the day support was granted); <see cref="ProjectKind.Introduced"/>
/// ones bring patents owned outside the district in by a transfer or licence (counted by
/// <c>introduced-patent-projects</c> on their start); <see cref="ProjectKind.UniversityTransfer"/> ones implement a
/// university's or institute's patents. The enterprise reports milestones and yearly figures; the bureau accepts it.
/// </summary>
public sealed class IndustrialisationProject : VersionedRecord
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 2000;

    private readonly List<ContractRight> patents = [];
    private readonly List<IntroducedPatent> introducedPatents = [];
    private readonly List<ProjectMilestone> milestones = [];
    private readonly List<ProjectYearReport> yearReports = [];

    private IndustrialisationProject()
    {
    }

    public IndustrialisationProject(
        Guid enterpriseId, string enterpriseName, string? unitCode, string title, ProjectKind kind, string? industryCode, DateOnly startDate, DateOnly plannedEndDate,
        decimal? investment, decimal? supportAmount, DateOnly? supportedOn, Guid? fundingApplicationId,
        IEnumerable<ContractRight> patents, IEnumerable<IntroducedPatent> introduced, string createdBy, DateTime utcNow)
    {
        EnterpriseId = enterpriseId;
        EnterpriseName = enterpriseName;
        UnitCode = unitCode;
        Title = title.Trim();
        Kind = kind;
        IndustryCode = string.IsNullOrWhiteSpace(industryCode) ? null : industryCode.Trim();
        StartDate = startDate;
        PlannedEndDate = plannedEndDate;
        Investment = investment;
        SupportAmount = supportAmount;
        SupportedOn = supportedOn;
        FundingApplicationId = fundingApplicationId;
        this.patents.AddRange(patents);
        introducedPatents.AddRange(introduced);
        CreatedBy = createdBy;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid EnterpriseId { get; private set; }

    [AuditPlain]
    public string EnterpriseName { get; private set; } = string.Empty;

    /// <summary>The enterprise's unit (town, zone) when the project was recorded: a town's share of the targets.</summary>
    [AuditPlain]
    public string? UnitCode { get; private set; }

    [AuditPlain]
    public string Title { get; private set; } = string.Empty;

    [AuditPlain]
    public ProjectKind Kind { get; private set; }

    /// <summary>The plan industry (ReferenceData code list <c>industry-tag</c>).</summary>
    [AuditPlain]
    public string? IndustryCode { get; private set; }

    [AuditPlain]
    public DateOnly StartDate { get; private set; }

    [AuditPlain]
    public DateOnly PlannedEndDate { get; private set; }

    /// <summary>Total investment in yuan.</summary>
    [AuditPlain]
    public decimal? Investment { get; private set; }

    /// <summary>The district's support in yuan.</summary>
    [AuditPlain]
    public decimal? SupportAmount { get; private set; }

    /// <summary>The day the district decided to support it: the date the supported-projects target counts.</summary>
    [AuditPlain]
    public DateOnly? SupportedOn { get; private set; }

    /// <summary>The special-fund application that granted the support, when there is one.</summary>
    public Guid? FundingApplicationId { get; private set; }

    [AuditPlain]
    public ProjectState State { get; private set; }

    [AuditPlain]
    public DateOnly? ConcludedOn { get; private set; }

    [AuditPlain]
    public string? ConclusionNote { get; private set; }

    [AuditPlain]
    public string? StatusAlert { get; private set; }

    [AuditPlain]
    public string CreatedBy { get; private set; } = string.Empty;

    /// <summary>Patents of the ledger the project implements.</summary>
    public IReadOnlyList<ContractRight> Patents => patents;

    /// <summary>Patents owned outside the district, with their owner and what brought them in.</summary>
    public IReadOnlyList<IntroducedPatent> IntroducedPatents => introducedPatents;

    public IReadOnlyList<ProjectMilestone> Milestones => milestones;

    public IReadOnlyList<ProjectYearReport> YearReports => yearReports;

    public void AddMilestone(string title, DateOnly dueOn, DateTime utcNow)
    {
        milestones.Add(new ProjectMilestone(title.Trim(), dueOn, null, null));
        Touch(utcNow);
    }

    public void CompleteMilestone(Guid milestoneId, DateOnly doneOn, string? evidence, DateTime utcNow)
    {
        var index = milestones.FindIndex(m => m.Id == milestoneId);
        if (index < 0)
        {
            throw new ArgumentException("No such milestone.", nameof(milestoneId));
        }

        milestones[index].Complete(doneOn, evidence);
        Touch(utcNow);
    }

    /// <summary>The enterprise's figures for a year; a second report of the same year replaces the first.</summary>
    public void ReportYear(int year, decimal? outputValue, decimal? sales, int? jobs, DateTime utcNow)
    {
        var existing = yearReports.FindIndex(r => r.Year == year);
        if (existing >= 0)
        {
            yearReports.RemoveAt(existing);
        }

        yearReports.Add(new ProjectYearReport(year, outputValue, sales, jobs));
        Touch(utcNow);
    }

    public void Conclude(ProjectState result, DateOnly on, string? note, DateTime utcNow)
    {
        State = result;
        ConcludedOn = on;
        ConclusionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Touch(utcNow);
    }

    public void Alert(string? alert, DateTime utcNow)
    {
        StatusAlert = alert;
        Touch(utcNow);
    }
}

/// <summary>
/// A patent brought into the district for a project: its number, its owner outside the district and how it came in
/// (an assignment or a licence, with that record's id when it is filed here).
/// </summary>
public sealed record IntroducedPatent(string Number, string OwnerName, string Via, Guid? RecordId)
{
    public const string ViaAssignment = "Assignment";
    public const string ViaLicence = "Licence";

    public Guid Id { get; private set; } = Guid.CreateVersion7();
}

public sealed class ProjectMilestone
{
    private ProjectMilestone()
    {
    }

    public ProjectMilestone(string title, DateOnly dueOn, DateOnly? doneOn, string? evidence)
    {
        Title = title;
        DueOn = dueOn;
        DoneOn = doneOn;
        Evidence = evidence;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Title { get; private set; } = string.Empty;

    public DateOnly DueOn { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    /// <summary>What shows the milestone was reached (a report's title, a certificate number).</summary>
    public string? Evidence { get; private set; }

    internal void Complete(DateOnly doneOn, string? evidence)
    {
        DoneOn = doneOn;
        Evidence = string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim();
    }
}

/// <summary>Output value, sales (yuan) and jobs of one year, as the enterprise reported them.</summary>
public sealed record ProjectYearReport(int Year, decimal? OutputValue, decimal? Sales, int? Jobs)
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
}
