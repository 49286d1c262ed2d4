using CountyIP.Modules.Funding.Contracts;
using CountyIP.Modules.Governance.Domain;
using CountyIP.Modules.Protection.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>One unit's supervision record on the leader's board: what it has open, what is overdue or missing.</summary>
public sealed record UnitStanding(string UnitCode, string UnitName, OwnerKind UnitKind, int TasksOpen, int TasksOverdue, int ReportsMissing, int ReportsLate);

/// <summary>A line of the latest assessment's ranking.</summary>
public sealed record RankingLine(string UnitCode, string UnitName, OwnerKind UnitKind, decimal Total, int Rank);

/// <summary>The fund's execution in its latest approved year: paid out of the appropriation.</summary>
public sealed record FundExecution(int Year, decimal Appropriation, decimal Paid)
{
    public decimal? Share => Appropriation > 0 ? Math.Round(Paid / Appropriation, 4) : null;
}

public sealed record LeaderBoardView(
    int CasesOverdue,
    FundExecution? Fund,
    IReadOnlyList<TaskView> OverdueTasks,
    int OverdueTotal,
    IReadOnlyList<UnitStanding> Behind,
    int? AssessmentYear,
    AssessmentState? AssessmentState,
    IReadOnlyList<RankingLine> Ranking);

/// <summary>
/// The leader's board (issue 14 §6; source 三(一) the leadership group follows the pilot): the overdue tasks first, the
/// units that are behind (overdue tasks, reports missing or late), and the latest assessment's ranking. Every number
/// opens onto its list; protection cases past their time limit and the fund's execution come through those modules'
/// contracts, and every module's warning tiles (targets behind, fees overdue, …) from their workbench sources.
/// </summary>
internal sealed class LeaderBoardHandler(
    CountyIpDbContext db, ListTasksHandler tasks, OwnerDirectory owners, GetScoresHandler scores, IProtectionFigures protection, IFiscalYearFigures fund, TimeProvider clock)
{
    public async Task<LeaderBoardView> HandleAsync(CancellationToken cancellationToken)
    {
        var today = TimeDisplay.Today(clock);
        var overdue = await tasks.HandleAsync(new ListTasksQuery(Overdue: true, PageSize: 10), cancellationToken);

        var taskCounts = await db.Set<SupervisedTask>().AsNoTracking().Where(t => t.State != SupervisedTaskState.Completed)
            .GroupBy(t => t.OwnerCode)
            .Select(g => new { Owner = g.Key, Open = g.Count(), Overdue = g.Count(t => t.Deadline < today) })
            .ToDictionaryAsync(c => c.Owner, cancellationToken);
        var reportCounts = await db.Set<PeriodicReport>().AsNoTracking()
            .Where(r => (r.SubmittedOn == null && r.DueOn < today) || (r.SubmittedOn != null && r.SubmittedOn > r.DueOn))
            .GroupBy(r => r.OwnerCode)
            .Select(g => new { Owner = g.Key, Missing = g.Count(r => r.SubmittedOn == null), Late = g.Count(r => r.SubmittedOn != null) })
            .ToDictionaryAsync(c => c.Owner, cancellationToken);
        var behind = (await owners.ListAsync(cancellationToken))
            .Select(o => new UnitStanding(o.Code, o.Name, o.Kind,
                taskCounts.GetValueOrDefault(o.Code)?.Open ?? 0, taskCounts.GetValueOrDefault(o.Code)?.Overdue ?? 0,
                reportCounts.GetValueOrDefault(o.Code)?.Missing ?? 0, reportCounts.GetValueOrDefault(o.Code)?.Late ?? 0))
            .Where(s => s.TasksOverdue > 0 || s.ReportsMissing > 0 || s.ReportsLate > 0)
            .OrderByDescending(s => s.TasksOverdue).ThenByDescending(s => s.ReportsMissing).ThenByDescending(s => s.ReportsLate).ThenBy(s => s.UnitCode, StringComparer.Ordinal)
            .ToList();

        var year = await db.Set<AssessmentScheme>().Where(s => s.State != Domain.AssessmentState.Draft).MaxAsync(s => (int?)s.Year, cancellationToken);
        var table = year is { } y ? await scores.HandleAsync(y, cancellationToken) : null;
        var ranking = table?.Rows.Select(r => new RankingLine(r.UnitCode, r.UnitName, r.UnitKind, r.Total, r.Rank)).ToList() ?? [];
        var casesOverdue = await protection.OverdueCasesAsync(today, cancellationToken);
        var years = await fund.ApprovedAsync(2000, today.Year, cancellationToken);
        var approved = years.Count == 0 ? null : years[^1];
        var spending = approved is null ? [] : await fund.SpendingAsync(approved.Year, approved.Year, cancellationToken);
        var paid = spending.Count == 0 ? null : spending[0];
        var execution = approved is null ? null : new FundExecution(approved.Year, approved.SpecialFundAppropriation, paid?.Paid ?? 0m);
        return new LeaderBoardView(casesOverdue, execution, overdue.Items, overdue.Total, behind, year, table?.State, ranking);
    }
}
