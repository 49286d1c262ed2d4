using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Outreach.Domain;

/// <summary>
/// The themes the plan names for publicity (source 二(二)2, 三(五)1-2): the 4·26 World IP Day, the IP publicity week, the
/// legal-publicity week, the "five intos" (进企业、进机关、进学校、进社区、进家庭), media coverage, and anything else.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<PublicityTheme>))]
public enum PublicityTheme
{
    WorldIpDay = 0,
    IpWeek = 1,
    LegalWeek = 2,
    IntoEnterprises = 3,
    IntoOffices = 4,
    IntoSchools = 5,
    IntoCommunities = 6,
    IntoFamilies = 7,
    Media = 8,
    Other = 9,
}

public static class PublicityThemes
{
    /// <summary>The five of the "five intos" (五进), in the plan's order.</summary>
    public static readonly IReadOnlyList<PublicityTheme> FiveIntos =
        [PublicityTheme.IntoEnterprises, PublicityTheme.IntoOffices, PublicityTheme.IntoSchools, PublicityTheme.IntoCommunities, PublicityTheme.IntoFamilies];
}

/// <summary>
/// A publicity event (宣传活动) as its organiser — the bureau, a department or a town — records it. It counts toward the
/// plan's "at least 6 publicity events a year" (source 二(二)2) only once the bureau has confirmed it; a change by the
/// organiser after that withdraws the confirmation, so what is counted is what the bureau saw.
/// </summary>
public sealed class PublicityEvent : VersionedRecord
{
    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int MaxAudience = 1_000_000;

    private PublicityEvent()
    {
    }

    public PublicityEvent(string organiserCode, string createdBy, DateTime utcNow)
    {
        OrganiserCode = organiserCode;
        CreatedBy = createdBy;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    [AuditPlain]
    public string Title { get; private set; } = string.Empty;

    [AuditPlain]
    public PublicityTheme Theme { get; private set; }

    /// <summary>The unit or department code of the organiser (<c>ip-bureau</c> for the bureau itself).</summary>
    [AuditPlain]
    public string OrganiserCode { get; private set; } = string.Empty;

    /// <summary>Partner bodies (协办单位), as written.</summary>
    [AuditPlain]
    public string? Partners { get; private set; }

    [AuditPlain]
    public DateOnly HeldOn { get; private set; }

    [AuditPlain]
    public string? Place { get; private set; }

    /// <summary>The organiser's estimate of the people reached.</summary>
    [AuditPlain]
    public int? Audience { get; private set; }

    /// <summary>Materials handed out, kind and count (e.g. "宣传册 500 份；折页 300 份").</summary>
    [AuditPlain]
    public string? Materials { get; private set; }

    /// <summary>The organiser's short report of the event.</summary>
    public string? Report { get; private set; }

    /// <summary>Links to news items about the event, one per line.</summary>
    [AuditPlain]
    public string? NewsLinks { get; private set; }

    [AuditPlain]
    public string CreatedBy { get; private set; } = string.Empty;

    [AuditPlain]
    public string? ConfirmedBy { get; private set; }

    public DateTime? ConfirmedUtc { get; private set; }

    public bool IsConfirmed => ConfirmedUtc is not null;

    public void Describe(string title, PublicityTheme theme, DateOnly heldOn, string? place, string? partners, int? audience, string? materials, string? report, string? newsLinks, bool keepConfirmation, DateTime utcNow)
    {
        Title = title.Trim();
        Theme = theme;
        HeldOn = heldOn;
        Place = Clean(place);
        Partners = Clean(partners);
        Audience = audience;
        Materials = Clean(materials);
        Report = Clean(report);
        NewsLinks = Clean(newsLinks);
        if (!keepConfirmation)
        {
            ConfirmedBy = null;
            ConfirmedUtc = null;
        }

        Touch(utcNow);
    }

    /// <summary>The bureau counts the event toward the plan.</summary>
    public void Confirm(string by, DateTime utcNow)
    {
        ConfirmedBy = by;
        ConfirmedUtc = utcNow;
        Touch(utcNow);
    }

    /// <summary>The bureau takes its confirmation back (the event stays recorded).</summary>
    public void Withdraw(DateTime utcNow)
    {
        ConfirmedBy = null;
        ConfirmedUtc = null;
        Touch(utcNow);
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
