using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Publishing.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Publishing.UseCases;

/// <summary>
/// A calendar entry as staff write it (<c>POST /api/publishing/events</c>, <c>PUT …/{id}</c>); an end before the start
/// is a field error under <see cref="EndsOn"/>.
/// </summary>
public sealed class EventInput : IValidatableObject
{
    // Validation runs outside DI on pages and in the API alike; the resource manager reads the request's culture.
    private static readonly System.Resources.ResourceManager Messages = new(typeof(PublishingText));

    [Required, StringLength(PortalEvent.TitleMaxLength)]
    public string? Title { get; set; }

    [Required]
    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public TimeOnly? StartTime { get; set; }

    [StringLength(PortalEvent.PlaceMaxLength)]
    public string? Place { get; set; }

    [StringLength(PortalEvent.OrganiserMaxLength)]
    public string? Organiser { get; set; }

    [StringLength(PortalEvent.DescriptionMaxLength)]
    public string? Description { get; set; }

    public Guid? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartsOn is { } start && EndsOn is { } end && end < start)
        {
            yield return new ValidationResult(Messages.GetString("Error_EndBeforeStart", System.Globalization.CultureInfo.CurrentUICulture), [nameof(EndsOn)]);
        }
    }
}

/// <summary>A step on a calendar entry: publish, withdraw or delete (a draft).</summary>
public sealed class EventActionCommand
{
    [Required, RegularExpression("^(publish|withdraw|delete)$")]
    public string? Action { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>Staff's list of calendar entries, latest first day first, by state and year.</summary>
public sealed record ListEventsQuery(
    PublicationState? State = null,
    [property: Range(2000, 2100)] int? Year = null,
    [property: Range(1, int.MaxValue)] int? Page = null,
    [property: Range(1, 200)] int? PageSize = null);

public sealed record EventView(
    Guid Id,
    string Title,
    DateOnly StartsOn,
    DateOnly? EndsOn,
    TimeOnly? StartTime,
    string? Place,
    string? Organiser,
    string? Description,
    PublicationState State,
    DateTime UpdatedUtc,
    Guid Version,
    bool CanPublish,
    bool CanWithdraw,
    bool CanDelete)
{
    internal static EventView From(PortalEvent e) => new(
        e.Id, e.Title, e.StartsOn, e.EndsOn, e.StartTime, e.Place, e.Organiser, e.Description, e.State, e.UpdatedUtc, e.Version, e.CanPublish, e.CanWithdraw, e.CanDelete);
}

internal sealed class ListEventsHandler(CountyIpDbContext db)
{
    public async Task<PagedResult<EventView>> HandleAsync(ListEventsQuery query, CancellationToken cancellationToken)
    {
        var events = db.Set<PortalEvent>().AsNoTracking();
        if (query.State is { } state)
        {
            events = events.Where(e => e.State == state);
        }

        if (query.Year is { } year)
        {
            events = events.Where(e => e.StartsOn >= new DateOnly(year, 1, 1) && e.StartsOn <= new DateOnly(year, 12, 31));
        }

        var size = Math.Clamp(query.PageSize ?? 20, 1, 200);
        var page = Math.Max(1, query.Page ?? 1);
        var total = await events.CountAsync(cancellationToken);
        var rows = await events.OrderByDescending(e => e.StartsOn).ThenBy(e => e.Title).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<EventView>([.. rows.Select(EventView.From)], total, page, size);
    }
}

internal sealed class GetEventHandler(CountyIpDbContext db)
{
    public async Task<EventView?> HandleAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<PortalEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken) is { } found ? EventView.From(found) : null;
}

internal sealed class CreateEventHandler(CountyIpDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<EventView> HandleAsync(EventInput input, CancellationToken cancellationToken)
    {
        var created = new PortalEvent(input.Title!, input.StartsOn!.Value, input.EndsOn, input.StartTime, input.Place, input.Organiser, input.Description, user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        db.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return EventView.From(created);
    }
}

internal sealed class UpdateEventHandler(CountyIpDbContext db, IStringLocalizer<PublishingText> text, TimeProvider clock)
{
    public async Task<EventView?> HandleAsync(Guid id, EventInput input, CancellationToken cancellationToken)
    {
        if (await PublicationAccess.FindAsync(db.Set<PortalEvent>().Where(e => e.Id == id), input.Version, text, cancellationToken) is not { } found)
        {
            return null;
        }

        found.Revise(input.Title!, input.StartsOn!.Value, input.EndsOn, input.StartTime, input.Place, input.Organiser, input.Description, clock.GetUtcNow().UtcDateTime);
        await PublicationAccess.SaveAsync(db, text, cancellationToken);
        return EventView.From(found);
    }
}

/// <summary>Publish, withdraw or delete (a draft); a step the state does not allow is a 409 with the reason.</summary>
internal sealed class EventActionHandler(CountyIpDbContext db, IStringLocalizer<PublishingText> text, TimeProvider clock)
{
    public async Task<(bool Found, EventView? Event)> HandleAsync(Guid id, EventActionCommand command, CancellationToken cancellationToken)
    {
        if (await PublicationAccess.FindAsync(db.Set<PortalEvent>().Where(e => e.Id == id), command.Version, text, cancellationToken) is not { } found)
        {
            return (false, null);
        }

        if (command.Action is not ("publish" or "withdraw" or "delete"))
        {
            // The API's validation refuses it first; a page posts the same command without that filter.
            throw InputValidationException.For(nameof(command.Action), text["Error_UnknownAction"]);
        }

        var allowed = command.Action switch
        {
            "publish" => found.CanPublish,
            "withdraw" => found.CanWithdraw,
            "delete" => found.CanDelete,
            _ => false,
        };
        if (!allowed)
        {
            throw new BusinessRuleException("publishing.step-not-allowed", text["Error_StepNotAllowed", text["Action_" + command.Action], text[Platform.Localization.EnumNames.Key(found.State)]]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        switch (command.Action)
        {
            case "publish": found.Publish(now); break;
            case "withdraw": found.Withdraw(now); break;
            default: db.Remove(found); break;
        }

        await PublicationAccess.SaveAsync(db, text, cancellationToken);
        return (true, command.Action == "delete" ? null : EventView.From(found));
    }
}
