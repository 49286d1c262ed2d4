using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Governance.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>A meeting as the office records it (<c>POST /api/governance/meetings</c> {title, date, agenda, …}).</summary>
public sealed class MeetingInput
{
    [Required, StringLength(Meeting.TitleMaxLength)]
    public string? Title { get; set; }

    [Required]
    public DateOnly? Date { get; set; }

    [StringLength(Meeting.PlaceMaxLength)]
    public string? Place { get; set; }

    [StringLength(Meeting.TextMaxLength)]
    public string? Attendees { get; set; }

    [StringLength(Meeting.TextMaxLength)]
    public string? Agenda { get; set; }

    [StringLength(Meeting.TextMaxLength)]
    public string? Minutes { get; set; }

    public Guid? Version { get; set; }
}

public sealed record MeetingView(Guid Id, string Title, DateOnly Date, string? Place, string? Attendees, string? Agenda, string? Minutes, int Tasks, int TasksOpen, int TasksOverdue, Guid Version)
{
    internal static MeetingView From(Meeting m, int tasks = 0, int open = 0, int overdue = 0) =>
        new(m.Id, m.Title, m.HeldOn, m.Place, m.Attendees, m.Agenda, m.Minutes, tasks, open, overdue, m.Version);
}

/// <summary>Meetings, newest first, with how far their decisions have got. Every reader of the module sees them: the group's decisions are shared.</summary>
internal sealed class ListMeetingsHandler(CountyIpDbContext db, TimeProvider clock)
{
    public async Task<PagedResult<MeetingView>> HandleAsync(int? year, int page, int pageSize, CancellationToken cancellationToken)
    {
        var meetings = db.Set<Meeting>().AsNoTracking();
        if (year is { } y)
        {
            meetings = meetings.Where(m => m.HeldOn >= new DateOnly(y, 1, 1) && m.HeldOn <= new DateOnly(y, 12, 31));
        }

        var size = Math.Clamp(pageSize, 1, 200);
        page = Math.Max(1, page);
        var total = await meetings.CountAsync(cancellationToken);
        var rows = await meetings.OrderByDescending(m => m.HeldOn).ThenBy(m => m.Title).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var today = TimeDisplay.Today(clock);
        var counts = await db.Set<SupervisedTask>().AsNoTracking().Where(t => t.MeetingId != null && ids.Contains(t.MeetingId.Value))
            .GroupBy(t => t.MeetingId)
            .Select(g => new
            {
                Id = g.Key!.Value,
                All = g.Count(),
                Open = g.Count(t => t.State != SupervisedTaskState.Completed),
                Overdue = g.Count(t => t.State != SupervisedTaskState.Completed && t.Deadline < today),
            })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return new PagedResult<MeetingView>(
            [.. rows.Select(m => counts.TryGetValue(m.Id, out var c) ? MeetingView.From(m, c.All, c.Open, c.Overdue) : MeetingView.From(m))], total, page, size);
    }
}

internal sealed class GetMeetingHandler(CountyIpDbContext db)
{
    public async Task<MeetingView?> HandleAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<Meeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is { } m ? MeetingView.From(m) : null;
}

internal sealed class SaveMeetingHandler(CountyIpDbContext db, ICurrentUser user, IStringLocalizer<GovernanceText> text, TimeProvider clock)
{
    public async Task<MeetingView> CreateAsync(MeetingInput input, CancellationToken cancellationToken)
    {
        var meeting = new Meeting(input.Title!, input.Date!.Value, input.Place, input.Attendees, input.Agenda, input.Minutes, user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        db.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return MeetingView.From(meeting);
    }

    public async Task<MeetingView?> UpdateAsync(Guid id, MeetingInput input, CancellationToken cancellationToken)
    {
        if (await db.Set<Meeting>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } meeting)
        {
            return null;
        }

        GovernanceSave.CheckVersion(meeting, input.Version, text);

        // A decision's deadline may not come before its meeting: moving the meeting after a deadline would break that.
        var earliest = await db.Set<SupervisedTask>().Where(t => t.MeetingId == id).Select(t => (DateOnly?)t.Deadline).MinAsync(cancellationToken);
        if (earliest is { } first && first < input.Date!.Value)
        {
            throw InputValidationException.For(nameof(MeetingInput.Date), text["Error_MeetingAfterDeadline", first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
        }

        meeting.Revise(input.Title!, input.Date!.Value, input.Place, input.Attendees, input.Agenda, input.Minutes, clock.GetUtcNow().UtcDateTime);
        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return MeetingView.From(meeting);
    }
}
