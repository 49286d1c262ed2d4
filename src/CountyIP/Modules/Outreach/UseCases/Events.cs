using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CountyIP.Modules.Outreach.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Outreach.UseCases;

/// <summary>
/// A publicity event as its organiser records it (<c>POST /api/outreach/events</c> {title, theme, date, place, …}).
/// A liaison's event is always their own unit's; the bureau may record one for any organiser.
/// </summary>
public sealed class EventInput : IValidatableObject
{
    private static readonly System.Resources.ResourceManager Messages = new(typeof(OutreachText));

    [Required, StringLength(PublicityEvent.TitleMaxLength)]
    public string? Title { get; set; }

    [Required]
    public PublicityTheme? Theme { get; set; }

    [Required]
    public DateOnly? Date { get; set; }

    [StringLength(PublicityEvent.PlaceMaxLength)]
    public string? Place { get; set; }

    [StringLength(64)]
    public string? OrganiserCode { get; set; }

    [StringLength(PublicityEvent.TextMaxLength)]
    public string? Partners { get; set; }

    [Range(0, PublicityEvent.MaxAudience)]
    public int? Audience { get; set; }

    [StringLength(PublicityEvent.TextMaxLength)]
    public string? Materials { get; set; }

    [StringLength(PublicityEvent.TextMaxLength)]
    public string? Report { get; set; }

    [StringLength(PublicityEvent.TextMaxLength)]
    public string? NewsLinks { get; set; }

    public Guid? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Date is { } date && (date.Year < 2000 || date.Year > 2100))
        {
            yield return new ValidationResult(Messages.GetString("Error_DateOutOfRange", CultureInfo.CurrentUICulture), [nameof(Date)]);
        }

        foreach (var link in (NewsLinks ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                yield return new ValidationResult(Messages.GetString("Error_NewsLink", CultureInfo.CurrentUICulture), [nameof(NewsLinks)]);
                yield break;
            }
        }
    }
}

public sealed record EventView(
    Guid Id, string Title, PublicityTheme Theme, string ThemeName, DateOnly Date, string? Place, string OrganiserCode, string OrganiserName,
    string? Partners, int? Audience, string? Materials, string? Report, IReadOnlyList<string> NewsLinks, bool Confirmed, string? ConfirmedBy,
    DateTime? ConfirmedUtc, int Files, string CreatedBy, Guid Version);

public sealed record ListEventsQuery(int? Year = null, PublicityTheme? Theme = null, string? Organiser = null, bool? Confirmed = null, bool? WithoutEvidence = null, string? Search = null, int Page = 1, int PageSize = 50);

/// <summary>Reads events in the caller's scope (a liaison: their own unit's).</summary>
internal sealed class EventViews(CountyIpDbContext db, OutreachScope scope, OrganiserDirectory organisers, IStringLocalizer<OutreachText> text, TimeProvider clock)
{
    /// <summary>Days after its date an event may go without photos or a report before the organiser is reminded (issue 15 §5).</summary>
    public const int EvidenceGraceDays = 7;

    public IQueryable<PublicityEvent> Scoped() => scope.Filter(db.Set<PublicityEvent>().AsNoTracking(), e => e.OrganiserCode);

    public IQueryable<PublicityEvent> Filtered(ListEventsQuery query)
    {
        var events = Scoped();
        if (query.Year is { } year)
        {
            events = events.Where(e => e.HeldOn >= new DateOnly(year, 1, 1) && e.HeldOn <= new DateOnly(year, 12, 31));
        }

        if (query.Theme is { } theme)
        {
            events = events.Where(e => e.Theme == theme);
        }

        if (!string.IsNullOrWhiteSpace(query.Organiser))
        {
            var organiser = query.Organiser.Trim();
            events = events.Where(e => e.OrganiserCode == organiser);
        }

        if (query.Confirmed is { } confirmed)
        {
            events = confirmed ? events.Where(e => e.ConfirmedUtc != null) : events.Where(e => e.ConfirmedUtc == null);
        }

        if (query.WithoutEvidence == true)
        {
            // Without evidence: no photo or file and no written report, a week after the event.
            var due = TimeDisplay.Today(clock).AddDays(-EvidenceGraceDays);
            var files = db.Set<EventFile>();
            events = events.Where(e => e.HeldOn <= due && e.Report == null && !files.Any(f => f.EventId == e.Id));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            events = events.Where(e => e.Title.Contains(term) || (e.Place != null && e.Place.Contains(term)) || (e.Partners != null && e.Partners.Contains(term)));
        }

        return events;
    }

    public async Task<IReadOnlyList<EventView>> ViewsAsync(IReadOnlyList<PublicityEvent> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var files = await db.Set<EventFile>().AsNoTracking().Where(f => ids.Contains(f.EventId)).GroupBy(f => f.EventId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var views = new List<EventView>(rows.Count);
        foreach (var e in rows)
        {
            views.Add(new EventView(
                e.Id, e.Title, e.Theme, text.EnumName(e.Theme), e.HeldOn, e.Place, e.OrganiserCode, await organisers.NameAsync(e.OrganiserCode, cancellationToken),
                e.Partners, e.Audience, e.Materials, e.Report,
                (e.NewsLinks ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                e.IsConfirmed, e.ConfirmedBy, e.ConfirmedUtc, files.GetValueOrDefault(e.Id), e.CreatedBy, e.Version));
        }

        return views;
    }
}

internal sealed class ListEventsHandler(EventViews views)
{
    public async Task<PagedResult<EventView>> HandleAsync(ListEventsQuery query, CancellationToken cancellationToken)
    {
        var events = views.Filtered(query);
        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var total = await events.CountAsync(cancellationToken);
        var rows = await events.OrderByDescending(e => e.HeldOn).ThenBy(e => e.Title).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<EventView>(await views.ViewsAsync(rows, cancellationToken), total, page, size);
    }

    public Task<int> CountAsync(ListEventsQuery query, CancellationToken cancellationToken) => views.Filtered(query).CountAsync(cancellationToken);

    public async Task<EventView?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await views.Scoped().FirstOrDefaultAsync(e => e.Id == id, cancellationToken) is { } found ? (await views.ViewsAsync([found], cancellationToken))[0] : null;
}

/// <summary>
/// Records and revises events, and the bureau's confirmation. An organiser's change to a confirmed event withdraws the
/// confirmation (the bureau confirms what it saw); the bureau's own change keeps it.
/// </summary>
internal sealed class SaveEventHandler(
    CountyIpDbContext db, OutreachScope scope, OrganiserDirectory organisers, EventViews views, ICurrentUser user, IStringLocalizer<OutreachText> text, TimeProvider clock)
{
    public async Task<EventView> CreateAsync(EventInput input, CancellationToken cancellationToken)
    {
        var organiser = await OrganiserAsync(input.OrganiserCode, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var record = new PublicityEvent(organiser, user.UserName ?? string.Empty, now);
        Describe(record, input, keepConfirmation: true, now);
        db.Add(record);
        await OutreachSave.SaveAsync(db, text, cancellationToken);
        return (await views.ViewsAsync([record], cancellationToken))[0];
    }

    /// <summary>The revised event; null when it does not exist or lies outside the caller's scope (404).</summary>
    public async Task<EventView?> UpdateAsync(Guid id, EventInput input, CancellationToken cancellationToken)
    {
        if (await scope.Filter(db.Set<PublicityEvent>(), e => e.OrganiserCode).FirstOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } record)
        {
            return null;
        }

        OutreachSave.CheckVersion(record, input.Version, text);
        Describe(record, input, keepConfirmation: scope.IsBureau, clock.GetUtcNow().UtcDateTime);
        await OutreachSave.SaveAsync(db, text, cancellationToken);
        return (await views.ViewsAsync([record], cancellationToken))[0];
    }

    /// <summary>The bureau counts (or stops counting) the event toward the plan; null when it does not exist.</summary>
    public async Task<EventView?> ConfirmAsync(Guid id, bool confirm, Guid? version, CancellationToken cancellationToken)
    {
        if (await db.Set<PublicityEvent>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } record)
        {
            return null;
        }

        OutreachSave.CheckVersion(record, version, text);
        var now = clock.GetUtcNow().UtcDateTime;
        if (confirm && !record.IsConfirmed)
        {
            if (record.HeldOn > TimeDisplay.Today(clock))
            {
                throw new BusinessRuleException("outreach.event-in-future", text["Error_ConfirmFuture"]);
            }

            record.Confirm(user.UserName ?? string.Empty, now);
        }
        else if (!confirm && record.IsConfirmed)
        {
            record.Withdraw(now);
        }

        await OutreachSave.SaveAsync(db, text, cancellationToken);
        return (await views.ViewsAsync([record], cancellationToken))[0];
    }

    private static void Describe(PublicityEvent record, EventInput input, bool keepConfirmation, DateTime now) =>
        record.Describe(input.Title!, input.Theme!.Value, input.Date!.Value, input.Place, input.Partners, input.Audience, input.Materials, input.Report, input.NewsLinks, keepConfirmation, now);

    private async Task<string> OrganiserAsync(string? requested, CancellationToken cancellationToken)
    {
        var code = scope.OrganiserFor(requested);
        if (await organisers.FindAsync(code, cancellationToken) is null)
        {
            throw InputValidationException.For(nameof(EventInput.OrganiserCode), text["Error_UnknownOrganiser", code]);
        }

        return code;
    }
}

/// <summary>Photos and reports as evidence of an event: images and documents typed by their bytes, metadata stripped.</summary>
internal sealed class EventFiles(
    CountyIpDbContext db, IFileStore files, OutreachScope scope, ICurrentUser user, IStringLocalizer<OutreachText> text, TimeProvider clock)
{
    public const string Field = "file";
    public const string FileCategory = "outreach-evidence";

    public sealed record FileView(Guid Id, string FileName, string ContentType, long Size, string UploadedBy, DateTime AtUtc)
    {
        public string Href => $"/api/outreach/files/{Id}";

        public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
    }

    public async Task<IReadOnlyList<FileView>> ListAsync(Guid eventId, CancellationToken cancellationToken) =>
        await (from f in db.Set<EventFile>().AsNoTracking()
               join e in scope.Filter(db.Set<PublicityEvent>().AsNoTracking(), e => e.OrganiserCode) on f.EventId equals e.Id
               where f.EventId == eventId
               orderby f.AtUtc
               select new FileView(f.Id, f.FileName, f.ContentType, f.Size, f.UploadedBy, f.AtUtc)).ToListAsync(cancellationToken);

    public async Task<(Stream Content, string FileName, string ContentType)?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await (from f in db.Set<EventFile>().AsNoTracking()
                           join e in scope.Filter(db.Set<PublicityEvent>().AsNoTracking(), e => e.OrganiserCode) on f.EventId equals e.Id
                           where f.Id == id
                           select f).FirstOrDefaultAsync(cancellationToken);
        return found is not null && files.OpenRead(found.FileKey) is { } stream ? (stream, found.FileName, found.ContentType) : null;
    }

    /// <summary>Attaches a file; null when the event does not exist or the caller may not act for its organiser.</summary>
    public async Task<FileView?> AttachAsync(Guid eventId, string? fileName, byte[] content, CancellationToken cancellationToken)
    {
        if (await db.Set<PublicityEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken) is not { } record || !scope.ActsFor(record.OrganiserCode))
        {
            return null;
        }

        if (await db.Set<EventFile>().CountAsync(f => f.EventId == eventId, cancellationToken) >= EventFile.MaxPerEvent)
        {
            throw new BusinessRuleException("outreach.too-many-files", text["Error_TooManyFiles", EventFile.MaxPerEvent]);
        }

        var (file, rejection) = EvidenceInspector.Inspect(content, fileName);
        if (file is null)
        {
            throw InputValidationException.For(Field, text["Error_File_" + rejection, EvidenceInspector.SafeFileName(fileName)]);
        }

        using var stream = new MemoryStream(file.Content, writable: false);
        var key = await files.SaveAsync(FileCategory, stream, cancellationToken);
        try
        {
            var stored = new EventFile(eventId, key, file.FileName, file.ContentType, file.Content.LongLength, user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
            db.Add(stored);
            await OutreachSave.SaveAsync(db, text, cancellationToken);
            return new FileView(stored.Id, stored.FileName, stored.ContentType, stored.Size, stored.UploadedBy, stored.AtUtc);
        }
        catch
        {
            // Nothing of a failed upload stays on disk.
            files.Delete(key);
            throw;
        }
    }
}
