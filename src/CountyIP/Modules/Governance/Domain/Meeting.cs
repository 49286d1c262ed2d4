using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Governance.Domain;

/// <summary>
/// A meeting of the leadership group or its office (领导小组例会, source 四(一)1 "定期召开领导小组会议，研究解决试点工作中的重大问题"):
/// when, who attended, the agenda, the minutes (纪要) and the decisions. Each decision the office supervises becomes a
/// <see cref="SupervisedTask"/> that points back here, so a meeting page shows how far its decisions have got.
/// </summary>
public sealed class Meeting : VersionedRecord
{
    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 200;
    public const int TextMaxLength = 8_000;

    private Meeting()
    {
    }

    public Meeting(string title, DateOnly heldOn, string? place, string? attendees, string? agenda, string? minutes, string createdBy, DateTime utcNow)
    {
        CreatedBy = createdBy;
        Revise(title, heldOn, place, attendees, agenda, minutes, utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    [AuditPlain]
    public string Title { get; private set; } = string.Empty;

    public DateOnly HeldOn { get; private set; }

    [AuditPlain]
    public string? Place { get; private set; }

    /// <summary>Who attended (members of the group, liaison officers), as the minutes list them.</summary>
    public string? Attendees { get; private set; }

    [AuditPlain]
    public string? Agenda { get; private set; }

    /// <summary>The minutes (会议纪要) as text.</summary>
    public string? Minutes { get; private set; }

    [AuditPlain]
    public string CreatedBy { get; private set; } = string.Empty;

    public void Revise(string title, DateOnly heldOn, string? place, string? attendees, string? agenda, string? minutes, DateTime utcNow)
    {
        Title = title.Trim();
        HeldOn = heldOn;
        Place = CleanText.Of(place);
        Attendees = CleanText.Of(attendees);
        Agenda = CleanText.Of(agenda);
        Minutes = CleanText.Of(minutes);
        Touch(utcNow);
    }
}

/// <summary>Trimmed text with Windows line ends made plain; blank is null.</summary>
internal static class CleanText
{
    public static string? Of(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
}
