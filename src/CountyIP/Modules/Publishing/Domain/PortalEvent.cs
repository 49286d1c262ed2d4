using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Publishing.Domain;

/// <summary>
/// An entry of the portal's event calendar (活动日历, issue 13 §4): a publicity day, a training course, a fair, a
/// consultation session — when, where, who organises it and what it is. Staff publish and withdraw it like an article.
/// The publicity-and-training work (issue 15) keeps its own records of events and sign-ups; what it wants the public
/// to see it publishes here, so the public has one calendar.
/// </summary>
public sealed class PortalEvent : VersionedRecord
{
    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 200;
    public const int OrganiserMaxLength = 100;
    public const int DescriptionMaxLength = 4_000;

    private PortalEvent()
    {
    }

    public PortalEvent(string title, DateOnly startsOn, DateOnly? endsOn, TimeOnly? startTime, string? place, string? organiser, string? description, string createdBy, DateTime utcNow)
    {
        CreatedBy = createdBy;
        Revise(title, startsOn, endsOn, startTime, place, organiser, description, utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    [AuditPlain]
    public string Title { get; private set; } = string.Empty;

    /// <summary>First day (Asia/Shanghai).</summary>
    public DateOnly StartsOn { get; private set; }

    /// <summary>Last day of an event of several days; null for one day.</summary>
    public DateOnly? EndsOn { get; private set; }

    /// <summary>Start time on the first day, when it is fixed.</summary>
    public TimeOnly? StartTime { get; private set; }

    [AuditPlain]
    public string? Place { get; private set; }

    [AuditPlain]
    public string? Organiser { get; private set; }

    [AuditPlain]
    public string? Description { get; private set; }

    public PublicationState State { get; private set; }

    [AuditPlain]
    public string CreatedBy { get; private set; } = string.Empty;

    /// <summary>The last day it runs (its only day when it has no end).</summary>
    public DateOnly LastDay => EndsOn ?? StartsOn;

    public void Revise(string title, DateOnly startsOn, DateOnly? endsOn, TimeOnly? startTime, string? place, string? organiser, string? description, DateTime utcNow)
    {
        if (endsOn is { } end && end < startsOn)
        {
            throw new InvalidOperationException($"Event {Id} would end on {end} before it starts on {startsOn}.");
        }

        Title = title.Trim();
        StartsOn = startsOn;
        EndsOn = endsOn == startsOn ? null : endsOn;
        StartTime = startTime;
        Place = Clean(place);
        Organiser = Clean(organiser);
        Description = Clean(description)?.Replace("\r\n", "\n", StringComparison.Ordinal);
        Touch(utcNow);
    }

    public bool CanPublish => State != PublicationState.Published;

    public bool CanWithdraw => State == PublicationState.Published;

    public bool CanDelete => State == PublicationState.Draft;

    public void Publish(DateTime utcNow)
    {
        Require(CanPublish, "publish");
        State = PublicationState.Published;
        Touch(utcNow);
    }

    public void Withdraw(DateTime utcNow)
    {
        Require(CanWithdraw, "withdraw");
        State = PublicationState.Withdrawn;
        Touch(utcNow);
    }

    private void Require(bool allowed, string step)
    {
        if (!allowed)
        {
            throw new InvalidOperationException($"Event {Id} is {State}; it cannot {step} now.");
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
