using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using CountyIP.Modules.Outreach.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Outreach.UseCases;

/// <summary>A sign-up (<c>POST /api/outreach/courses/{id}/registrations</c> {name, organisation, phone}).</summary>
public sealed partial class SignUpInput : IValidatableObject
{
    private static readonly System.Resources.ResourceManager Messages = new(typeof(OutreachText));

    [Required, StringLength(CourseRegistration.NameMaxLength)]
    public string? Name { get; set; }

    [StringLength(CourseRegistration.OrganisationMaxLength)]
    public string? Organisation { get; set; }

    [Required, StringLength(20)]
    public string? Phone { get; set; }

    /// <summary>The phone as stored: digits (and the area code's hyphen) only.</summary>
    internal string NormalisedPhone => Normalise(Phone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Phone) && !IsPhone(Phone))
        {
            yield return new ValidationResult(Messages.GetString("Error_Phone", CultureInfo.CurrentUICulture), [nameof(Phone)]);
        }
    }

    /// <summary>
    /// A mainland mobile number (11 digits starting 13-19, an optional +86 before it) or a fixed line with its area code
    /// (0571-88888888); spaces and hyphens between digit groups are allowed and dropped.
    /// </summary>
    public static bool IsPhone(string? phone) => PhonePattern().IsMatch(Normalise(phone));

    internal static string Normalise(string? phone)
    {
        var text = (phone ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (text.StartsWith("+86", StringComparison.Ordinal))
        {
            text = text[3..].TrimStart('-');
        }

        return Mobile().IsMatch(text.Replace("-", string.Empty, StringComparison.Ordinal)) ? text.Replace("-", string.Empty, StringComparison.Ordinal) : text;
    }

    [GeneratedRegex("^(1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7})$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex("^1[3-9][0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();
}

public sealed record RegistrationView(
    Guid Id, Guid CourseId, string Name, string? Organisation, string Phone, RegistrationState State, string StateName, DateTime SignedUpUtc,
    int WaitingPosition, int SessionsAttended, string? CertificateCode, string? SignedUpBy, Guid Version);

/// <summary>
/// Sign-up with a capacity and a waiting list (issue 15 §2). The seat is taken by one conditional update
/// (<c>SeatsTaken = SeatsTaken + 1 WHERE SeatsTaken &lt; Capacity</c>) in the same transaction as the registration, so
/// however many people sign up at once the course never holds more than its capacity: the database serialises the
/// update, and whoever finds no seat left is wait-listed. Cancelling a seat passes it to the first on the waiting list.
/// </summary>
internal sealed class SignUpHandler(CountyIpDbContext db, OutreachScope scope, ICurrentUser user, IStringLocalizer<OutreachText> text, TimeProvider clock)
{
    /// <summary>
    /// Signs a person up; null when the course does not exist or, on the portal (<paramref name="onPortal"/>), does not
    /// take public sign-ups (404).
    /// </summary>
    public async Task<RegistrationView?> SignUpAsync(Guid courseId, SignUpInput input, bool onPortal, CancellationToken cancellationToken)
    {
        if (await db.Set<TrainingCourse>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken) is not { } course
            || (onPortal && !course.PublicSignUp))
        {
            return null;
        }

        var today = TimeDisplay.Today(clock);
        var sessions = db.Set<TrainingSession>().Where(s => s.CourseId == courseId);
        // The organiser may still enter a past course's participants (a paper sign-up sheet); anyone else signs up only before the end.
        if ((onPortal || !scope.ActsFor(course.OrganiserCode))
            && await sessions.AnyAsync(cancellationToken) && !await sessions.AnyAsync(s => s.Date >= today, cancellationToken))
        {
            throw new BusinessRuleException("outreach.course-over", text["Error_CourseOver"]);
        }

        var phone = input.NormalisedPhone;
        if (await db.Set<CourseRegistration>().AnyAsync(r => r.CourseId == courseId && r.Phone == phone && r.State != RegistrationState.Cancelled, cancellationToken))
        {
            throw new BusinessRuleException("outreach.already-registered", text["Error_AlreadyRegistered"]);
        }

        Guid? enterpriseId = user.IsInRole(Roles.Enterprise) && user.ScopeKind == ScopeKind.Enterprise && Guid.TryParse(user.ScopeId, out var id) ? id : null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var seated = await db.Set<TrainingCourse>().Where(c => c.Id == courseId && c.SeatsTaken < c.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.SeatsTaken, c => c.SeatsTaken + 1), cancellationToken) == 1;
        var registration = new CourseRegistration(
            courseId, input.Name!, input.Organisation, phone, seated ? RegistrationState.Registered : RegistrationState.WaitListed,
            onPortal ? null : user.UserName, enterpriseId, clock.GetUtcNow().UtcDateTime);
        db.Add(registration);
        await OutreachSave.SaveAsync(db, text, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await ViewAsync(registration, cancellationToken);
    }

    /// <summary>
    /// Cancels a registration: the organiser or the bureau any, an enterprise those it made. A freed seat goes to the
    /// first on the waiting list, else back to the course. Null when not found or not the caller's.
    /// </summary>
    public async Task<RegistrationView?> CancelAsync(Guid registrationId, Guid? version, CancellationToken cancellationToken)
    {
        if (await db.Set<CourseRegistration>().FirstOrDefaultAsync(r => r.Id == registrationId, cancellationToken) is not { } registration
            || await db.Set<TrainingCourse>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == registration.CourseId, cancellationToken) is not { } course
            || !MayChange(registration, course))
        {
            return null;
        }

        OutreachSave.CheckVersion(registration, version, text);
        if (registration.State == RegistrationState.Cancelled)
        {
            return await ViewAsync(registration, cancellationToken);
        }

        if (await db.Set<SessionAttendance>().AnyAsync(a => a.RegistrationId == registrationId, cancellationToken))
        {
            throw new BusinessRuleException("outreach.attended", text["Error_CancelAttended"]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var heldSeat = registration.State == RegistrationState.Registered;
        registration.Cancel(now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (heldSeat)
        {
            var next = await db.Set<CourseRegistration>().Where(r => r.CourseId == course.Id && r.State == RegistrationState.WaitListed)
                .OrderBy(r => r.SignedUpUtc).ThenBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);
            if (next is not null)
            {
                next.MoveUp(now);
            }
            else
            {
                await db.Set<TrainingCourse>().Where(c => c.Id == course.Id && c.SeatsTaken > 0)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.SeatsTaken, c => c.SeatsTaken - 1), cancellationToken);
            }
        }

        await OutreachSave.SaveAsync(db, text, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await ViewAsync(registration, cancellationToken);
    }

    private bool MayChange(CourseRegistration registration, TrainingCourse course) =>
        scope.ActsFor(course.OrganiserCode) || (registration.SignedUpBy is { } by && by == user.UserName);

    private async Task<RegistrationView> ViewAsync(CourseRegistration r, CancellationToken cancellationToken)
    {
        var position = r.State == RegistrationState.WaitListed
            ? await db.Set<CourseRegistration>().CountAsync(o => o.CourseId == r.CourseId && o.State == RegistrationState.WaitListed && o.SignedUpUtc <= r.SignedUpUtc, cancellationToken)
            : 0;
        return new RegistrationView(r.Id, r.CourseId, r.Name, r.Organisation, r.Phone, r.State, text.EnumName(r.State), r.SignedUpUtc, position, 0, r.CertificateCode, r.SignedUpBy, r.Version);
    }
}

/// <summary>
/// The roster of a course for its organiser and the bureau (names and phones are personal data: a liaison sees only
/// their own unit's courses, leaders and auditors the counts), and an enterprise's own sign-ups.
/// </summary>
internal sealed class RosterHandler(CountyIpDbContext db, OutreachScope scope, ICurrentUser user, IStringLocalizer<OutreachText> text)
{
    public sealed record RosterRow(RegistrationView Registration, IReadOnlySet<Guid> AttendedSessions);

    /// <summary>Null when the course does not exist or its roster is not the caller's to see.</summary>
    public async Task<IReadOnlyList<RosterRow>?> HandleAsync(Guid courseId, CancellationToken cancellationToken)
    {
        if (await db.Set<TrainingCourse>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken) is not { } course)
        {
            return null;
        }

        var registrations = db.Set<CourseRegistration>().AsNoTracking().Where(r => r.CourseId == courseId);
        if (!scope.ActsFor(course.OrganiserCode) && !user.IsInRole(Roles.Leadership) && !user.IsInRole(Roles.Auditor))
        {
            // Anyone else sees only the people they signed up themselves.
            var me = user.UserName ?? "\u0000";
            registrations = registrations.Where(r => r.SignedUpBy == me);
        }

        var rows = await registrations.OrderBy(r => r.State).ThenBy(r => r.SignedUpUtc).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var attendance = (await db.Set<SessionAttendance>().AsNoTracking().Where(a => ids.Contains(a.RegistrationId)).Select(a => new { a.RegistrationId, a.SessionId }).ToListAsync(cancellationToken))
            .GroupBy(a => a.RegistrationId).ToDictionary(g => g.Key, g => (IReadOnlySet<Guid>)g.Select(a => a.SessionId).ToHashSet());
        var waiting = 0;
        return [.. rows.Select(r =>
        {
            var attended = attendance.GetValueOrDefault(r.Id) ?? new HashSet<Guid>();
            var position = r.State == RegistrationState.WaitListed ? ++waiting : 0;
            return new RosterRow(new RegistrationView(r.Id, r.CourseId, r.Name, r.Organisation, r.Phone, r.State, text.EnumName(r.State), r.SignedUpUtc, position, attended.Count, r.CertificateCode, r.SignedUpBy, r.Version), attended);
        })];
    }
}
