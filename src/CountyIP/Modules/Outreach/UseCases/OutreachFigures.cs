using CountyIP.Modules.Outreach.Contracts;
using CountyIP.Modules.Outreach.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Outreach.UseCases;

/// <summary>The monitoring figures of a year, as SQL aggregates (events by theme, attendance by audience, certificates).</summary>
internal sealed class OutreachFigures(CountyIpDbContext db) : IOutreachFigures
{
    public async Task<OutreachYearFigures> ForYearAsync(int year, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var themes = await db.Set<PublicityEvent>().AsNoTracking()
            .Where(e => e.ConfirmedUtc != null && e.HeldOn >= first && e.HeldOn <= last)
            .GroupBy(e => e.Theme).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var audiences = await (from a in db.Set<SessionAttendance>().AsNoTracking()
                               join s in db.Set<TrainingSession>().AsNoTracking() on a.SessionId equals s.Id
                               join c in db.Set<TrainingCourse>().AsNoTracking() on s.CourseId equals c.Id
                               join r in db.Set<CourseRegistration>().AsNoTracking() on a.RegistrationId equals r.Id
                               where s.Date >= first && s.Date <= last && r.State == RegistrationState.Registered
                               group a by c.Audience into g
                               select new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var start = first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
        var end = start.AddYears(1);
        var certificates = await db.Set<CourseRegistration>().AsNoTracking()
            .CountAsync(r => r.CertificateIssuedUtc >= start && r.CertificateIssuedUtc < end, cancellationToken);

        int Themes(params PublicityTheme[] of) => of.Sum(t => themes.GetValueOrDefault(t));
        int Audiences(params TrainingAudience[] of) => of.Sum(a => audiences.GetValueOrDefault(a));
        return new OutreachYearFigures(
            year,
            Themes(PublicityTheme.WorldIpDay, PublicityTheme.IpWeek, PublicityTheme.LegalWeek),
            Themes([.. PublicityThemes.FiveIntos]),
            PublicityThemes.FiveIntos.Count(t => themes.GetValueOrDefault(t) > 0),
            Themes(PublicityTheme.Media),
            Audiences(TrainingAudience.OfficialsAndLeaders, TrainingAudience.PartySchool),
            Audiences(TrainingAudience.EnterpriseStaff, TrainingAudience.IpSpecialists, TrainingAudience.AgencyStaff),
            Audiences(TrainingAudience.Students, TrainingAudience.Public),
            certificates);
    }
}
