using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Audit;

/// <summary>
/// Filters of the audit list, page, API and export (the one audit filter type, issue 10 item 5; the API binds it with
/// <c>[AsParameters]</c> beside page and pageSize). Dates are calendar days in Asia/Shanghai, both ends included.
/// Actor, action, entity type and outcome match exactly; <see cref="Q"/> finds entity keys containing it.
/// </summary>
public sealed record AuditSearch
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Actor { get; init; }

    public string? Action { get; init; }

    public string? EntityType { get; init; }

    public AuditOutcome? Outcome { get; init; }

    public string? Q { get; init; }

    /// <summary>The filters as a query string (for the export link), empty when none is set.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("actor", Actor);
        Add("action", Action);
        Add("entityType", EntityType);
        Add("outcome", Outcome?.ToString());
        Add("q", Q);
        return parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts);
    }
}

/// <summary>One row of the audit list (no before/after values; those are on the detail).</summary>
public sealed record AuditListItem(
    long Sequence,
    DateTime TimestampUtc,
    string Actor,
    string? Role,
    string? ClientIp,
    string Action,
    string? EntityType,
    string? EntityKey,
    AuditOutcome Outcome,
    string? Detail,
    string? RequestId);

/// <summary>Read side of the audit log for the Auditor (list, detail, export rows).</summary>
internal sealed class AuditLogQueries(CountyIpDbContext db)
{
    public const int MaxPageSize = 200;

    public async Task<PagedResult<AuditListItem>> SearchAsync(AuditSearch search, int page, int pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var number = Math.Max(page, 1);
        var query = Filter(search);
        var total = await query.CountAsync(cancellationToken);
        var items = await Project(query.OrderByDescending(r => r.Sequence).Skip((number - 1) * size).Take(size))
            .ToListAsync(cancellationToken);
        return new PagedResult<AuditListItem>(items, total, number, size);
    }

    public Task<AuditRecord?> FindAsync(long sequence, CancellationToken cancellationToken) =>
        db.Set<AuditRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Sequence == sequence, cancellationToken);

    /// <summary>Every matching row, newest first, as a query (the export reads it as it writes).</summary>
    public IQueryable<AuditListItem> Rows(AuditSearch search) =>
        Project(Filter(search).OrderByDescending(r => r.Sequence));

    private IQueryable<AuditRecord> Filter(AuditSearch search)
    {
        var query = db.Set<AuditRecord>().AsNoTracking();
        if (search.From is { } from)
        {
            var fromUtc = ShanghaiMidnightUtc(from);
            query = query.Where(r => r.TimestampUtc >= fromUtc);
        }

        if (search.To is { } to)
        {
            var toUtc = ShanghaiMidnightUtc(to.AddDays(1));
            query = query.Where(r => r.TimestampUtc < toUtc);
        }

        if (!string.IsNullOrWhiteSpace(search.Actor))
        {
            var actor = search.Actor.Trim();
            query = query.Where(r => r.Actor == actor);
        }

        if (!string.IsNullOrWhiteSpace(search.Action))
        {
            var action = search.Action.Trim();
            query = query.Where(r => r.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(search.EntityType))
        {
            var entityType = search.EntityType.Trim();
            query = query.Where(r => r.EntityType == entityType);
        }

        if (search.Outcome is { } outcome)
        {
            query = query.Where(r => r.Outcome == outcome);
        }

        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var text = search.Q.Trim();
            query = query.Where(r => r.EntityKey != null && r.EntityKey.Contains(text));
        }

        return query;
    }

    private static IQueryable<AuditListItem> Project(IQueryable<AuditRecord> query) =>
        query.Select(r => new AuditListItem(
            r.Sequence, r.TimestampUtc, r.Actor, r.Role, r.ClientIp, r.Action, r.EntityType, r.EntityKey, r.Outcome, r.Detail, r.RequestId));

    private static DateTime ShanghaiMidnightUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), TimeDisplay.Shanghai);
}
