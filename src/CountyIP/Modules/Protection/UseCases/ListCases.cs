using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Protection.UseCases;

public enum DeadlineFilter
{
    All,
    Overdue,
    DueSoon,
}

public sealed record ListCasesQuery(string? Search, CaseKind? Kind, CaseState? State, DeadlineFilter Deadline = DeadlineFilter.All, int Page = 1, int PageSize = 20);

/// <summary>A case in a list. No identity: lists show only whether the complainant is anonymous and a masked mobile.</summary>
public sealed record CaseListItem(
    Guid Id,
    string Number,
    CaseKind Kind,
    CaseChannel Channel,
    CaseState State,
    string Respondent,
    DateOnly ReceivedOn,
    bool IsAnonymous,
    string? MaskedContact,
    bool IsMajor,
    string? LeadDepartment,
    DateOnly? NextDueDate,
    bool IsOverdue);

public sealed record CaseListPage(IReadOnlyList<CaseListItem> Items, int Total, int Page, int PageSize);

internal sealed class ListCasesHandler(CountyIpDbContext db, CaseScope scope, TimeProvider clock)
{
    /// <summary>Days ahead that count as "due soon" on the reminder list.</summary>
    public const int DueSoonDays = 3;

    public async Task<CaseListPage> HandleAsync(ListCasesQuery query, CancellationToken cancellationToken)
    {
        var today = CaseSaving.Today(clock);
        var cases = Matching(query, today);
        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var total = await cases.CountAsync(cancellationToken);
        var rows = await cases
            .OrderByDescending(c => c.ReceivedAtUtc)
            .Skip((page - 1) * size)
            .Take(size)
            .Select(c => new
            {
                c.Id,
                c.Number,
                c.Kind,
                c.Channel,
                c.State,
                c.Respondent,
                c.ReceivedOn,
                Anonymous = c.ProtectedIdentity == null,
                c.MaskedContact,
                c.IsMajor,
                Lead = c.Assignments.Where(a => a.IsActive && a.IsLead).Select(a => a.DepartmentCode).FirstOrDefault(),
                NextDue = c.Deadlines.Where(d => d.CompletedOn == null).Select(d => (DateOnly?)(d.ExtendedDueDate ?? d.DueDate)).Min(),
            })
            .ToListAsync(cancellationToken);
        return new CaseListPage(
            [.. rows.Select(r => new CaseListItem(r.Id, r.Number, r.Kind, r.Channel, r.State, r.Respondent, r.ReceivedOn, r.Anonymous, r.MaskedContact, r.IsMajor, r.Lead, r.NextDue, r.NextDue < today))],
            total,
            page,
            size);
    }

    /// <summary>How many cases the list would show: the workbench's reminders count exactly what their tiles open.</summary>
    public Task<int> CountAsync(ListCasesQuery query, CancellationToken cancellationToken) =>
        Matching(query, CaseSaving.Today(clock)).CountAsync(cancellationToken);

    /// <summary>The caller's cases (data scope) that match the filters.</summary>
    private IQueryable<ProtectionCase> Matching(ListCasesQuery query, DateOnly today)
    {
        var soon = today.AddDays(DueSoonDays);
        var cases = scope.Filter(db.Set<ProtectionCase>().AsNoTracking());
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            cases = cases.Where(c => c.Number.Contains(term) || c.Respondent.Contains(term) || c.Place.Contains(term));
        }

        if (query.Kind is { } kind)
        {
            cases = cases.Where(c => c.Kind == kind);
        }

        if (query.State is { } state)
        {
            cases = cases.Where(c => c.State == state);
        }

        return query.Deadline switch
        {
            DeadlineFilter.Overdue => cases.Where(c => c.Deadlines.Any(d => d.CompletedOn == null && (d.ExtendedDueDate ?? d.DueDate) < today)),
            DeadlineFilter.DueSoon => cases.Where(c => c.Deadlines.Any(d => d.CompletedOn == null && (d.ExtendedDueDate ?? d.DueDate) >= today && (d.ExtendedDueDate ?? d.DueDate) <= soon)),
            _ => cases,
        };
    }
}
