using System.Globalization;
using System.Resources;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Outreach.Domain;
using CountyIP.Modules.Outreach.UseCases;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Outreach.Calculators;

/// <summary>The module's texts in both languages, for the dashboard (which shows the language of its reader).</summary>
internal static class OutreachIndicatorText
{
    private static readonly ResourceManager Resources = new(typeof(OutreachText));

    public static IndicatorText Get(string key) => new(
        Resources.GetString(key, CultureInfo.GetCultureInfo("zh-CN")) ?? key,
        Resources.GetString(key, CultureInfo.GetCultureInfo("en")) ?? key);

    public static IndicatorText Enum<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => Get(Platform.Localization.EnumNames.Key(value));

    public static async Task<IndicatorText> OrganiserAsync(OrganiserDirectory organisers, string code, CancellationToken cancellationToken) =>
        await organisers.FindAsync(code, cancellationToken) is { } o ? new IndicatorText(o.NameZh, o.NameEn) : new IndicatorText(code, code);

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// publicity-events (source 二(二)2 "每年开展知识产权宣传活动不少于 6 次"): publicity events confirmed by the bureau whose
/// date falls in the window; a town's share counts the events it organised. Events recorded but not confirmed do not count.
/// </summary>
internal sealed class PublicityEventsCalculator(CountyIpDbContext db, OrganiserDirectory organisers) : IIndicatorCalculator
{
    public const string Id = "publicity-events";

    public string TargetId => Id;

    public IndicatorText Definition => OutreachIndicatorText.Get("Definition_publicity-events");

    public IReadOnlySet<BreakdownKind> Breakdowns { get; } = new HashSet<BreakdownKind> { BreakdownKind.Unit };

    public async Task<IndicatorValue?> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken) =>
        new(await Counted(query).CountAsync(cancellationToken));

    public async Task<EvidencePage> EvidenceAsync(IndicatorQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var events = Counted(query);
        var total = await events.CountAsync(cancellationToken);
        var rows = await events.OrderBy(e => e.HeldOn).ThenBy(e => e.Title).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var chinese = Platform.Localization.LocalizedName.IsChinese;
        var records = new List<EvidenceRecord>(rows.Count);
        foreach (var e in rows)
        {
            records.Add(new EvidenceRecord(
                e.Id.ToString(),
                [OutreachIndicatorText.Day(e.HeldOn), e.Title, OutreachIndicatorText.Enum(e.Theme).Pick(chinese), (await OutreachIndicatorText.OrganiserAsync(organisers, e.OrganiserCode, cancellationToken)).Pick(chinese), e.Audience?.ToString(CultureInfo.InvariantCulture)],
                $"/outreach/events/{e.Id}"));
        }

        return new EvidencePage(
            [OutreachIndicatorText.Get("Column_Date"), OutreachIndicatorText.Get("Column_Title"), OutreachIndicatorText.Get("Column_Theme"), OutreachIndicatorText.Get("Column_Organiser"), OutreachIndicatorText.Get("Column_Audience")],
            records,
            total);
    }

    public async Task<IReadOnlyList<BreakdownRow>> BreakdownAsync(IndicatorQuery query, BreakdownKind kind, CancellationToken cancellationToken)
    {
        var rows = await Counted(query).GroupBy(e => e.OrganiserCode).Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ToListAsync(cancellationToken);
        var result = new List<BreakdownRow>(rows.Count);
        foreach (var row in rows)
        {
            result.Add(new BreakdownRow(row.Key, await OutreachIndicatorText.OrganiserAsync(organisers, row.Key, cancellationToken), row.Count));
        }

        return result;
    }

    private IQueryable<PublicityEvent> Counted(IndicatorQuery query)
    {
        var events = db.Set<PublicityEvent>().AsNoTracking().Where(e => e.ConfirmedUtc != null && e.HeldOn >= query.From && e.HeldOn <= query.To);
        return query.UnitCode is { } unit ? events.Where(e => e.OrganiserCode == unit) : events;
    }
}

/// <summary>
/// training-person-times (source 二(二)2 "每年开展知识产权教育培训不少于 600 人次"): one per registered participant per
/// session attended, the session's date in the window (a session on 31 December counts in its year); a second sign-in
/// counts nothing, no-shows and cancelled sign-ups nothing. A town's share counts the courses it organised.
/// </summary>
internal sealed class TrainingPersonTimesCalculator(CountyIpDbContext db, OrganiserDirectory organisers) : IIndicatorCalculator
{
    public const string Id = "training-person-times";

    public string TargetId => Id;

    public IndicatorText Definition => OutreachIndicatorText.Get("Definition_training-person-times");

    public IReadOnlySet<BreakdownKind> Breakdowns { get; } = new HashSet<BreakdownKind> { BreakdownKind.Unit, BreakdownKind.Audience };

    public async Task<IndicatorValue?> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken) =>
        new(await Attendances(query).CountAsync(cancellationToken));

    /// <summary>The evidence is the sessions of the window with their person-times, which add up to the value.</summary>
    public async Task<EvidencePage> EvidenceAsync(IndicatorQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var sessions = Attendances(query).GroupBy(x => new { x.Session.Id, x.Session.Date, x.Session.Start, x.Course.Title, x.Course.Audience, x.Course.OrganiserCode, CourseId = x.Course.Id })
            .Select(g => new { g.Key.Id, g.Key.Date, g.Key.Start, g.Key.Title, g.Key.Audience, g.Key.OrganiserCode, g.Key.CourseId, Count = g.Count() });
        var total = await sessions.CountAsync(cancellationToken);
        var rows = await sessions.OrderBy(s => s.Date).ThenBy(s => s.Start).ThenBy(s => s.Title).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var chinese = Platform.Localization.LocalizedName.IsChinese;
        var records = new List<EvidenceRecord>(rows.Count);
        foreach (var s in rows)
        {
            records.Add(new EvidenceRecord(
                s.Id.ToString(),
                [OutreachIndicatorText.Day(s.Date), s.Title, OutreachIndicatorText.Enum(s.Audience).Pick(chinese), (await OutreachIndicatorText.OrganiserAsync(organisers, s.OrganiserCode, cancellationToken)).Pick(chinese), s.Count.ToString(CultureInfo.InvariantCulture)],
                $"/outreach/courses/{s.CourseId}"));
        }

        return new EvidencePage(
            [OutreachIndicatorText.Get("Column_Date"), OutreachIndicatorText.Get("Column_Course"), OutreachIndicatorText.Get("Column_AudienceKind"), OutreachIndicatorText.Get("Column_Organiser"), OutreachIndicatorText.Get("Column_PersonTimes")],
            records,
            total);
    }

    /// <summary>By organiser (kind=unit) or by the course's audience kind (kind=audience); either way the slices add up to the value.</summary>
    public async Task<IReadOnlyList<BreakdownRow>> BreakdownAsync(IndicatorQuery query, BreakdownKind kind, CancellationToken cancellationToken)
    {
        if (kind == BreakdownKind.Audience)
        {
            var byAudience = await Attendances(query).GroupBy(x => x.Course.Audience).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            return [.. byAudience.OrderByDescending(g => g.Count).ThenBy(g => g.Key).Select(g => new BreakdownRow(g.Key.ToString(), OutreachIndicatorText.Enum(g.Key), g.Count))];
        }

        var rows = await Attendances(query).GroupBy(x => x.Course.OrganiserCode).Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ToListAsync(cancellationToken);
        var result = new List<BreakdownRow>(rows.Count);
        foreach (var row in rows)
        {
            result.Add(new BreakdownRow(row.Key, await OutreachIndicatorText.OrganiserAsync(organisers, row.Key, cancellationToken), row.Count));
        }

        return result;
    }

    // A class with init members, not a positional record: EF Core composes member access on a member-init projection.
    private sealed class Counted
    {
        public required SessionAttendance Attendance { get; init; }

        public required TrainingSession Session { get; init; }

        public required TrainingCourse Course { get; init; }
    }

    private IQueryable<Counted> Attendances(IndicatorQuery query)
    {
        var counted = from a in db.Set<SessionAttendance>().AsNoTracking()
                      join s in db.Set<TrainingSession>().AsNoTracking() on a.SessionId equals s.Id
                      join c in db.Set<TrainingCourse>().AsNoTracking() on s.CourseId equals c.Id
                      join r in db.Set<CourseRegistration>().AsNoTracking() on a.RegistrationId equals r.Id
                      where s.Date >= query.From && s.Date <= query.To && r.State == RegistrationState.Registered
                      select new Counted { Attendance = a, Session = s, Course = c };
        return query.UnitCode is { } unit ? counted.Where(x => x.Course.OrganiserCode == unit) : counted;
    }
}
