using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CountyIP.Modules.Outreach.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Outreach.UseCases;

/// <summary>A course as its organiser announces it (<c>POST /api/outreach/courses</c> {title, audience, capacity, …}).</summary>
public sealed class CourseInput : IValidatableObject
{
    private static readonly System.Resources.ResourceManager Messages = new(typeof(OutreachText));

    [Required, StringLength(TrainingCourse.TitleMaxLength)]
    public string? Title { get; set; }

    [Required]
    public TrainingAudience? Audience { get; set; }

    [Required, Range(1, TrainingCourse.MaxCapacity)]
    public int? Capacity { get; set; }

    [StringLength(64)]
    public string? OrganiserCode { get; set; }

    [StringLength(TrainingCourse.TextMaxLength)]
    public string? Trainers { get; set; }

    [Range(typeof(decimal), "0", "500")]
    public decimal? CreditHours { get; set; }

    [StringLength(TrainingCourse.TextMaxLength)]
    public string? Description { get; set; }

    public bool PublicSignUp { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public Guid? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartsOn is { } from && EndsOn is { } to && to < from)
        {
            yield return new ValidationResult(Messages.GetString("Error_EndsBeforeStart", CultureInfo.CurrentUICulture), [nameof(EndsOn)]);
        }
    }
}

/// <summary>A session of a course (<c>POST /api/outreach/courses/{id}/sessions</c> {date, start "09:00", end "11:30", place}).</summary>
public sealed class SessionInput : IValidatableObject
{
    private static readonly System.Resources.ResourceManager Messages = new(typeof(OutreachText));

    [Required]
    public DateOnly? Date { get; set; }

    [Required, RegularExpression("^([01]?[0-9]|2[0-3]):[0-5][0-9]$")]
    public string? Start { get; set; }

    [Required, RegularExpression("^([01]?[0-9]|2[0-3]):[0-5][0-9]$")]
    public string? End { get; set; }

    [StringLength(TrainingSession.PlaceMaxLength)]
    public string? Place { get; set; }

    internal TimeOnly StartTime => TimeOnly.Parse(Start!, CultureInfo.InvariantCulture);

    internal TimeOnly EndTime => TimeOnly.Parse(End!, CultureInfo.InvariantCulture);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TimeOnly.TryParse(Start, CultureInfo.InvariantCulture, out var start) && TimeOnly.TryParse(End, CultureInfo.InvariantCulture, out var end) && end <= start)
        {
            yield return new ValidationResult(Messages.GetString("Error_SessionEndsBeforeStart", CultureInfo.CurrentUICulture), [nameof(End)]);
        }

        if (Date is { } date && (date.Year < 2000 || date.Year > 2100))
        {
            yield return new ValidationResult(Messages.GetString("Error_DateOutOfRange", CultureInfo.CurrentUICulture), [nameof(Date)]);
        }
    }
}

public sealed record SessionView(Guid Id, Guid CourseId, DateOnly Date, TimeOnly Start, TimeOnly End, string? Place, int Attended, string? SignInPath)
{
    public string TimeText => $"{Start:HH\\:mm}–{End:HH\\:mm}";
}

public sealed record CourseView(
    Guid Id, string Title, TrainingAudience Audience, string AudienceName, string OrganiserCode, string OrganiserName, int Capacity, int SeatsTaken,
    int WaitListed, string? Trainers, decimal? CreditHours, string? Description, bool PublicSignUp, DateOnly? StartsOn, DateOnly? EndsOn,
    DateOnly? FirstSession, DateOnly? LastSession, int Sessions, int PersonTimes, bool CanManage, Guid Version)
{
    public int SeatsLeft => Math.Max(0, Capacity - SeatsTaken);
}

public sealed record ListCoursesQuery(int? Year = null, TrainingAudience? Audience = null, string? Organiser = null, bool? Open = null, string? Search = null, int Page = 1, int PageSize = 50);

/// <summary>Reads courses in the caller's scope: the bureau, leaders and auditors all; a liaison their own unit's.</summary>
internal sealed class CourseViews(CountyIpDbContext db, OutreachScope scope, OrganiserDirectory organisers, IStringLocalizer<OutreachText> text, TimeProvider clock)
{
    public IQueryable<TrainingCourse> Scoped() => scope.Filter(db.Set<TrainingCourse>().AsNoTracking(), c => c.OrganiserCode);

    public IQueryable<TrainingSession> Sessions() => db.Set<TrainingSession>().AsNoTracking();

    /// <summary>Every course, for sign-up lists (the course itself is announced to the public; its roster is not).</summary>
    public IQueryable<TrainingCourse> AllCourses() => db.Set<TrainingCourse>().AsNoTracking();

    public IQueryable<TrainingCourse> Filtered(IQueryable<TrainingCourse> courses, ListCoursesQuery query)
    {
        var sessions = db.Set<TrainingSession>();
        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            courses = courses.Where(c => sessions.Any(s => s.CourseId == c.Id && s.Date >= from && s.Date <= to)
                || (!sessions.Any(s => s.CourseId == c.Id) && c.CreatedUtc >= from.ToDateTime(TimeOnly.MinValue) && c.CreatedUtc <= to.ToDateTime(TimeOnly.MaxValue)));
        }

        if (query.Audience is { } audience)
        {
            courses = courses.Where(c => c.Audience == audience);
        }

        if (!string.IsNullOrWhiteSpace(query.Organiser))
        {
            var organiser = query.Organiser.Trim();
            courses = courses.Where(c => c.OrganiserCode == organiser);
        }

        if (query.Open == true)
        {
            // Open for sign-up: a session still to come, or none scheduled yet.
            var today = TimeDisplay.Today(clock);
            courses = courses.Where(c => !sessions.Any(s => s.CourseId == c.Id) || sessions.Any(s => s.CourseId == c.Id && s.Date >= today));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            courses = courses.Where(c => c.Title.Contains(term) || (c.Trainers != null && c.Trainers.Contains(term)));
        }

        return courses;
    }

    public async Task<IReadOnlyList<CourseView>> ViewsAsync(IReadOnlyList<TrainingCourse> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var sessions = await db.Set<TrainingSession>().AsNoTracking().Where(s => ids.Contains(s.CourseId)).GroupBy(s => s.CourseId)
            .Select(g => new { g.Key, Count = g.Count(), First = g.Min(s => s.Date), Last = g.Max(s => s.Date) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var waiting = await db.Set<CourseRegistration>().AsNoTracking().Where(r => ids.Contains(r.CourseId) && r.State == RegistrationState.WaitListed)
            .GroupBy(r => r.CourseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var personTimes = await (from a in db.Set<SessionAttendance>().AsNoTracking()
                                 join s in db.Set<TrainingSession>().AsNoTracking() on a.SessionId equals s.Id
                                 where ids.Contains(s.CourseId)
                                 group a by s.CourseId into g
                                 select new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var views = new List<CourseView>(rows.Count);
        foreach (var c in rows)
        {
            var s = sessions.GetValueOrDefault(c.Id);
            views.Add(new CourseView(
                c.Id, c.Title, c.Audience, text.EnumName(c.Audience), c.OrganiserCode, await organisers.NameAsync(c.OrganiserCode, cancellationToken), c.Capacity,
                c.SeatsTaken, waiting.GetValueOrDefault(c.Id), c.Trainers, c.CreditHours, c.Description, c.PublicSignUp, c.StartsOn, c.EndsOn,
                s?.First, s?.Last, s?.Count ?? 0, personTimes.GetValueOrDefault(c.Id), scope.ActsFor(c.OrganiserCode), c.Version));
        }

        return views;
    }

    /// <summary>The door link of a session, for its organiser (or the bureau) only; null otherwise.</summary>
    public async Task<string?> SignInPathAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var found = await (from s in db.Set<TrainingSession>().AsNoTracking()
                           join c in Scoped() on s.CourseId equals c.Id
                           where s.Id == sessionId
                           select new { s.SignInToken, c.OrganiserCode }).FirstOrDefaultAsync(cancellationToken);
        return found is not null && scope.ActsFor(found.OrganiserCode) ? OutreachLinks.SignIn(found.SignInToken) : null;
    }

    public async Task<IReadOnlyList<SessionView>> SessionsAsync(Guid courseId, bool withSignIn, CancellationToken cancellationToken)
    {
        var attended = await (from a in db.Set<SessionAttendance>().AsNoTracking()
                              join s in db.Set<TrainingSession>().AsNoTracking() on a.SessionId equals s.Id
                              where s.CourseId == courseId
                              group a by a.SessionId into g
                              select new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var sessions = await db.Set<TrainingSession>().AsNoTracking().Where(s => s.CourseId == courseId).ToListAsync(cancellationToken);
        return [.. sessions.OrderBy(s => s.Date).ThenBy(s => s.Start)
            .Select(s => new SessionView(s.Id, s.CourseId, s.Date, s.Start, s.End, s.Place, attended.GetValueOrDefault(s.Id), withSignIn ? OutreachLinks.SignIn(s.SignInToken) : null))];
    }
}

/// <summary>Links the module hands out (the door's QR code and the public sign-up).</summary>
public static class OutreachLinks
{
    public static string SignIn(string token) => $"/outreach/sign-in/{token}";

    public static string SignUp(Guid courseId) => $"/outreach/sign-up/{courseId}";
}

internal sealed class ListCoursesHandler(CourseViews views)
{
    public async Task<PagedResult<CourseView>> HandleAsync(ListCoursesQuery query, CancellationToken cancellationToken) =>
        await PageAsync(views.Filtered(views.Scoped(), query), query, cancellationToken);

    /// <summary>
    /// Courses open for sign-up (not yet over): on the portal those with a public sign-up; for an enterprise also the
    /// courses for enterprise staff and IP specialists, to which it signs up its people.
    /// </summary>
    public async Task<PagedResult<CourseView>> OpenForSignUpAsync(bool publicOnly, int page, int pageSize, CancellationToken cancellationToken)
    {
        var courses = views.Filtered(views.AllCourses(), new ListCoursesQuery(Open: true));
        courses = publicOnly
            ? courses.Where(c => c.PublicSignUp)
            : courses.Where(c => c.PublicSignUp || c.Audience == TrainingAudience.EnterpriseStaff || c.Audience == TrainingAudience.IpSpecialists);

        return await PageAsync(courses, new ListCoursesQuery(Page: page, PageSize: pageSize), cancellationToken);
    }

    public async Task<CourseView?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await views.Scoped().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is { } found ? (await views.ViewsAsync([found], cancellationToken))[0] : null;

    private async Task<PagedResult<CourseView>> PageAsync(IQueryable<TrainingCourse> courses, ListCoursesQuery query, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var total = await courses.CountAsync(cancellationToken);
        // Latest first by their last session (a course without sessions yet, just announced, on top).
        var sessions = views.Sessions();
        var rows = await courses
            .OrderByDescending(c => sessions.Where(s => s.CourseId == c.Id).Max(s => (DateOnly?)s.Date) ?? DateOnly.MaxValue)
            .ThenByDescending(c => c.CreatedUtc).ThenBy(c => c.Title)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<CourseView>(await views.ViewsAsync(rows, cancellationToken), total, page, size);
    }
}

/// <summary>Announces and revises courses and schedules their sessions; only the organiser (or the bureau) may.</summary>
internal sealed class SaveCourseHandler(
    CountyIpDbContext db, OutreachScope scope, OrganiserDirectory organisers, CourseViews views, ICurrentUser user, IStringLocalizer<OutreachText> text, TimeProvider clock)
{
    public async Task<CourseView> CreateAsync(CourseInput input, CancellationToken cancellationToken)
    {
        var code = scope.OrganiserFor(input.OrganiserCode);
        if (await organisers.FindAsync(code, cancellationToken) is null)
        {
            throw InputValidationException.For(nameof(CourseInput.OrganiserCode), text["Error_UnknownOrganiser", code]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var course = new TrainingCourse(code, user.UserName ?? string.Empty, now);
        Describe(course, input, now);
        db.Add(course);
        await OutreachSave.SaveAsync(db, text, cancellationToken);
        return (await views.ViewsAsync([course], cancellationToken))[0];
    }

    public async Task<CourseView?> UpdateAsync(Guid id, CourseInput input, CancellationToken cancellationToken)
    {
        if (await Managed().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } course)
        {
            return null;
        }

        OutreachSave.CheckVersion(course, input.Version, text);
        if (input.Capacity < course.SeatsTaken)
        {
            throw InputValidationException.For(nameof(CourseInput.Capacity), text["Error_CapacityBelowTaken", course.SeatsTaken]);
        }

        var sessions = await db.Set<TrainingSession>().Where(s => s.CourseId == id).Select(s => s.Date).ToListAsync(cancellationToken);
        if (sessions.Any(d => (input.StartsOn is { } from && d < from) || (input.EndsOn is { } to && d > to)))
        {
            throw InputValidationException.For(nameof(CourseInput.StartsOn), text["Error_SessionsOutsideDates"]);
        }

        Describe(course, input, clock.GetUtcNow().UtcDateTime);
        await OutreachSave.SaveAsync(db, text, cancellationToken);
        return (await views.ViewsAsync([course], cancellationToken))[0];
    }

    /// <summary>Adds a session; null when the course does not exist or is not the caller's to manage.</summary>
    public async Task<SessionView?> AddSessionAsync(Guid courseId, SessionInput input, CancellationToken cancellationToken)
    {
        if (await Managed().AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken) is not { } course)
        {
            return null;
        }

        var date = input.Date!.Value;
        if ((course.StartsOn is { } from && date < from) || (course.EndsOn is { } to && date > to))
        {
            throw InputValidationException.For(nameof(SessionInput.Date), text["Error_SessionOutsideCourse", Dates(course.StartsOn), Dates(course.EndsOn)]);
        }

        var session = new TrainingSession(courseId, date, input.StartTime, input.EndTime, input.Place, TrainingSession.NewToken(), clock.GetUtcNow().UtcDateTime);
        db.Add(session);
        await OutreachSave.SaveAsync(db, text, cancellationToken);
        return new SessionView(session.Id, courseId, session.Date, session.Start, session.End, session.Place, 0, OutreachLinks.SignIn(session.SignInToken));
    }

    private IQueryable<TrainingCourse> Managed() => scope.Filter(db.Set<TrainingCourse>(), c => c.OrganiserCode);

    private static void Describe(TrainingCourse course, CourseInput input, DateTime now) =>
        course.Describe(input.Title!, input.Audience!.Value, input.Capacity!.Value, input.Trainers, input.CreditHours, input.Description, input.PublicSignUp, input.StartsOn, input.EndsOn, now);

    private static string Dates(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>An unguessable door token (144 bits), URL-safe.</summary>
}
