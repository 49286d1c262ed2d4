using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CountyIP.Modules.Outreach.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace CountyIP.Modules.Outreach.UseCases;

/// <summary>Staff record that a registered person attended a session (<c>POST /api/outreach/sessions/{id}/attendance</c>).</summary>
public sealed class AttendanceInput
{
    [Required]
    public Guid? RegistrationId { get; set; }
}

/// <summary>An attendance; <see cref="Counted"/> is false when the person had already signed in (not counted again).</summary>
public sealed record AttendanceView(Guid Id, Guid SessionId, Guid RegistrationId, string Name, bool Counted, DateTime AtUtc);

public enum DoorSignInOutcome
{
    SignedIn,
    AlreadySignedIn,
    NotRegistered,
    NotToday,
    UnknownLink,
}

/// <summary>What the door page shows after a sign-in attempt.</summary>
public sealed record DoorSignInResult(DoorSignInOutcome Outcome, string? Name = null, string? CourseTitle = null, DateOnly? Date = null);

/// <summary>A session as the door page shows it before anyone signs in.</summary>
public sealed record DoorSession(string CourseTitle, DateOnly Date, TimeOnly Start, TimeOnly End, string? Place, bool OpenToday);

public sealed record RosterImportRow(int Line, string? Name, string? Phone, string? Error, bool AlreadyAttended, Guid? RegistrationId = null);

/// <summary>A paper roster read: every row with its error, and how many rows would be (or were) recorded.</summary>
public sealed record RosterImportResult(IReadOnlyList<RosterImportRow> Rows, int Good, int Recorded, bool Applied);

/// <summary>
/// Person-times (人次): one per registered person per session attended (issue 15 §2). A person counts once per session
/// however often they sign in — the unique index on (session, registration) is the last word — and only while
/// registered (a wait-listed or cancelled sign-up cannot attend). A session still to come cannot be attended.
/// </summary>
internal sealed class AttendanceHandler(CountyIpDbContext db, OutreachScope scope, ICurrentUser user, IStringLocalizer<OutreachText> text, TimeProvider clock)
{
    public const string ImportField = "file";
    public const int MaxImportBytes = 1_048_576;

    /// <summary>Staff record an attendance; null when the session does not exist or is not the caller's to keep.</summary>
    public async Task<AttendanceView?> RecordAsync(Guid sessionId, Guid registrationId, AttendanceMethod method, CancellationToken cancellationToken)
    {
        if (await ManagedSessionAsync(sessionId, cancellationToken) is not { } session)
        {
            return null;
        }

        if (session.Date > TimeDisplay.Today(clock))
        {
            throw new BusinessRuleException("outreach.session-to-come", text["Error_SessionToCome"]);
        }

        var registration = await db.Set<CourseRegistration>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == registrationId && r.CourseId == session.CourseId, cancellationToken)
            ?? throw InputValidationException.For(nameof(AttendanceInput.RegistrationId), text["Error_RegistrationNotInCourse"]);
        if (registration.State != RegistrationState.Registered)
        {
            throw new BusinessRuleException("outreach.not-registered", text["Error_NotSeated", text[$"Enum_RegistrationState_{registration.State}"]]);
        }

        return await AddAsync(session.Id, registration, method, cancellationToken);
    }

    /// <summary>Staff take back an attendance ticked by mistake; false when there was none (or not the caller's).</summary>
    public async Task<bool> RemoveAsync(Guid sessionId, Guid registrationId, CancellationToken cancellationToken)
    {
        if (await ManagedSessionAsync(sessionId, cancellationToken) is null
            || await db.Set<SessionAttendance>().FirstOrDefaultAsync(a => a.SessionId == sessionId && a.RegistrationId == registrationId, cancellationToken) is not { } attendance)
        {
            return false;
        }

        if (await db.Set<CourseRegistration>().AnyAsync(r => r.Id == registrationId && r.CertificateCode != null, cancellationToken))
        {
            throw new BusinessRuleException("outreach.certificate-issued", text["Error_CertificateIssued"]);
        }

        db.Remove(attendance);
        await OutreachSave.SaveAsync(db, text, cancellationToken);
        return true;
    }

    /// <summary>The session behind a door link, for the page before the participant types anything; null when the link is unknown.</summary>
    public async Task<DoorSession?> DoorAsync(string token, CancellationToken cancellationToken)
    {
        var found = await (from s in db.Set<TrainingSession>().AsNoTracking()
                           join c in db.Set<TrainingCourse>().AsNoTracking() on s.CourseId equals c.Id
                           where s.SignInToken == token
                           select new { s, c.Title }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new DoorSession(found.Title, found.s.Date, found.s.Start, found.s.End, found.s.Place, found.s.SignInOpenOn(TimeDisplay.Today(clock)));
    }

    /// <summary>
    /// A participant signs in at the door: the link names the session (and works on its day only), the phone number
    /// given at sign-up names the person. Nothing is recorded unless the person holds a seat on the course.
    /// </summary>
    public async Task<DoorSignInResult> SignInAtDoorAsync(string token, string? phone, CancellationToken cancellationToken)
    {
        var session = await db.Set<TrainingSession>().AsNoTracking().FirstOrDefaultAsync(s => s.SignInToken == token, cancellationToken);
        if (session is null)
        {
            return new DoorSignInResult(DoorSignInOutcome.UnknownLink);
        }

        var title = await db.Set<TrainingCourse>().Where(c => c.Id == session.CourseId).Select(c => c.Title).FirstAsync(cancellationToken);
        if (!session.SignInOpenOn(TimeDisplay.Today(clock)))
        {
            return new DoorSignInResult(DoorSignInOutcome.NotToday, CourseTitle: title, Date: session.Date);
        }

        var normalised = SignUpInput.Normalise(phone);
        var registration = await db.Set<CourseRegistration>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.CourseId == session.CourseId && r.Phone == normalised && r.State == RegistrationState.Registered, cancellationToken);
        if (registration is null)
        {
            return new DoorSignInResult(DoorSignInOutcome.NotRegistered, CourseTitle: title, Date: session.Date);
        }

        var result = await AddAsync(session.Id, registration, AttendanceMethod.QrCode, cancellationToken);
        return new DoorSignInResult(result.Counted ? DoorSignInOutcome.SignedIn : DoorSignInOutcome.AlreadySignedIn, registration.Name, title, session.Date);
    }

    /// <summary>
    /// A paper roster as .xlsx (columns 姓名/Name and 电话/Phone, one row per person present): each row is matched to a
    /// registration holding a seat by its phone. Every row comes back with its error; the good rows are recorded only
    /// when <paramref name="apply"/> is set (the officer confirmed after seeing the errors). Null when the session is not the caller's.
    /// </summary>
    public async Task<RosterImportResult?> ImportAsync(Guid sessionId, Stream xlsx, bool apply, CancellationToken cancellationToken)
    {
        if (await ManagedSessionAsync(sessionId, cancellationToken) is not { } session)
        {
            return null;
        }

        if (session.Date > TimeDisplay.Today(clock))
        {
            throw new BusinessRuleException("outreach.session-to-come", text["Error_SessionToCome"]);
        }

        List<IDictionary<string, object?>> rows;
        try
        {
            rows = [.. (await MiniExcel.QueryAsync(xlsx, useHeaderRow: true, excelType: ExcelType.XLSX, cancellationToken: cancellationToken)).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or InvalidOperationException or NotSupportedException or IOException or ArgumentException)
        {
            throw InputValidationException.For(ImportField, text["Error_ImportNotXlsx"]);
        }

        var headers = rows.FirstOrDefault()?.Keys.Select(k => k?.Trim() ?? string.Empty).ToList() ?? [];
        bool Has(params string[] names) => headers.Any(h => names.Any(n => string.Equals(h, n, StringComparison.OrdinalIgnoreCase)));
        if (!Has("电话", "手机", "Phone"))
        {
            throw InputValidationException.For(ImportField, text["Error_RosterColumns"]);
        }

        var registrations = await db.Set<CourseRegistration>().AsNoTracking().Where(r => r.CourseId == session.CourseId).ToListAsync(cancellationToken);
        var attended = (await db.Set<SessionAttendance>().AsNoTracking().Where(a => a.SessionId == sessionId).Select(a => a.RegistrationId).ToListAsync(cancellationToken)).ToHashSet();
        var result = new List<RosterImportRow>();
        var toRecord = new List<CourseRegistration>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            string? Cell(params string[] names) => names.Select(n => row.FirstOrDefault(c => string.Equals(c.Key?.Trim(), n, StringComparison.OrdinalIgnoreCase)).Value)
                .Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));
            var name = Cell("姓名", "Name");
            var phone = Cell("电话", "手机", "Phone");
            if (name is null && phone is null)
            {
                continue;
            }

            var line = i + 2; // the header is row 1
            string? error = null;
            var already = false;
            if (phone is null || !SignUpInput.IsPhone(phone))
            {
                error = text["Error_RosterPhone", phone ?? string.Empty];
            }
            else if (registrations.FirstOrDefault(r => r.Phone == SignUpInput.Normalise(phone)) is not { } registration)
            {
                error = text["Error_RosterNotRegistered", phone];
            }
            else if (registration.State != RegistrationState.Registered)
            {
                error = text["Error_NotSeated", text[$"Enum_RegistrationState_{registration.State}"]];
            }
            else if (name is not null && !string.Equals(name, registration.Name, StringComparison.Ordinal))
            {
                error = text["Error_RosterNameMismatch", name, registration.Name];
            }
            else if (attended.Contains(registration.Id) || toRecord.Contains(registration))
            {
                already = true;
            }
            else
            {
                toRecord.Add(registration);
                result.Add(new RosterImportRow(line, name, phone, null, false, registration.Id));
                continue;
            }

            result.Add(new RosterImportRow(line, name, phone, error, already));
        }

        if (result.Count == 0)
        {
            throw InputValidationException.For(ImportField, text["Error_ImportEmpty"]);
        }

        if (apply && toRecord.Count > 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.AddRange(toRecord.Select(r => new SessionAttendance(sessionId, r.Id, AttendanceMethod.Import, user.UserName, now)));
            await OutreachSave.SaveAsync(db, text, cancellationToken);
        }

        return new RosterImportResult(result, toRecord.Count, apply ? toRecord.Count : 0, apply);
    }

    /// <summary>
    /// Records the good rows of a checked roster after the officer confirmed them (the page posts their registrations):
    /// each must hold a seat on the session's course; those already signed in are skipped. One save for all.
    /// Null when the session is not the caller's; otherwise how many were recorded.
    /// </summary>
    public async Task<int?> ApplyImportAsync(Guid sessionId, IReadOnlyCollection<Guid> registrationIds, CancellationToken cancellationToken)
    {
        if (await ManagedSessionAsync(sessionId, cancellationToken) is not { } session)
        {
            return null;
        }

        if (session.Date > TimeDisplay.Today(clock))
        {
            throw new BusinessRuleException("outreach.session-to-come", text["Error_SessionToCome"]);
        }

        var seated = await db.Set<CourseRegistration>().AsNoTracking()
            .Where(r => r.CourseId == session.CourseId && r.State == RegistrationState.Registered && registrationIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        var attended = await db.Set<SessionAttendance>().AsNoTracking().Where(a => a.SessionId == sessionId).Select(a => a.RegistrationId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = seated.Except(attended).Distinct().Select(id => new SessionAttendance(sessionId, id, AttendanceMethod.Import, user.UserName, now)).ToList();
        db.AddRange(added);
        await OutreachSave.SaveAsync(db, text, cancellationToken);
        return added.Count;
    }

    private async Task<TrainingSession?> ManagedSessionAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await (from s in db.Set<TrainingSession>().AsNoTracking()
               join c in scope.Filter(db.Set<TrainingCourse>().AsNoTracking(), c => c.OrganiserCode) on s.CourseId equals c.Id
               where s.Id == sessionId
               select s).FirstOrDefaultAsync(cancellationToken);

    private async Task<AttendanceView> AddAsync(Guid sessionId, CourseRegistration registration, AttendanceMethod method, CancellationToken cancellationToken)
    {
        if (await db.Set<SessionAttendance>().AsNoTracking().FirstOrDefaultAsync(a => a.SessionId == sessionId && a.RegistrationId == registration.Id, cancellationToken) is { } existing)
        {
            return new AttendanceView(existing.Id, sessionId, registration.Id, registration.Name, false, existing.AtUtc);
        }

        var attendance = new SessionAttendance(sessionId, registration.Id, method, method == AttendanceMethod.QrCode ? null : user.UserName, clock.GetUtcNow().UtcDateTime);
        db.Add(attendance);
        try
        {
            await OutreachSave.SaveAsync(db, text, cancellationToken);
        }
        catch (BusinessRuleException ex) when (ex.Code == "outreach.duplicate")
        {
            // Signed in twice at the same moment: the other sign-in counted, this one is the repeat.
            db.Entry(attendance).State = EntityState.Detached;
            return new AttendanceView(attendance.Id, sessionId, registration.Id, registration.Name, false, attendance.AtUtc);
        }

        return new AttendanceView(attendance.Id, sessionId, registration.Id, registration.Name, true, attendance.AtUtc);
    }
}
