using System.Globalization;
using System.Security.Cryptography;
using CountyIP.Modules.Outreach.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Documents;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;

namespace CountyIP.Modules.Outreach.UseCases;

/// <summary>What the public check of a certificate shows: enough to confirm it, with the name partly masked.</summary>
public sealed record CertificateCheck(string Code, string MaskedName, string CourseTitle, string OrganiserName, DateOnly? From, DateOnly? To, int Sessions, decimal? CreditHours, DateTime IssuedUtc);

/// <summary>
/// Training certificates (issue 15 §2): a person who attended every session of a course that has ended gets a Chinese
/// PDF certificate, with the credit hours for continuing education, and a verification code the public page checks.
/// The code is fixed at first issue, so a certificate printed twice carries the same code.
/// </summary>
internal sealed class CertificateHandler(
    CountyIpDbContext db, OutreachScope scope, OrganiserDirectory organisers, ICurrentUser user, IStringLocalizer<OutreachText> text, IConfiguration configuration, TimeProvider clock)
{
    // No 0/O, 1/I/L: a code read off paper is typed without confusion.
    private const string CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>The registrations of a course that qualify (every session attended, the last one past), whether issued or not.</summary>
    public async Task<IReadOnlyList<Guid>> EligibleAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var sessions = await db.Set<TrainingSession>().AsNoTracking().Where(s => s.CourseId == courseId).Select(s => new { s.Id, s.Date }).ToListAsync(cancellationToken);
        if (sessions.Count == 0 || sessions.Max(s => s.Date) > TimeDisplay.Today(clock))
        {
            return [];
        }

        var ids = sessions.Select(s => s.Id).ToList();
        return await db.Set<SessionAttendance>().AsNoTracking().Where(a => ids.Contains(a.SessionId))
            .Join(db.Set<CourseRegistration>().Where(r => r.State == RegistrationState.Registered), a => a.RegistrationId, r => r.Id, (a, r) => a)
            .GroupBy(a => a.RegistrationId).Where(g => g.Count() == ids.Count).Select(g => g.Key).ToListAsync(cancellationToken);
    }

    /// <summary>Issues the certificates of every qualifying participant of a course; null when the course is not the caller's.</summary>
    public async Task<int?> IssueAllAsync(Guid courseId, CancellationToken cancellationToken)
    {
        if (!await scope.Filter(db.Set<TrainingCourse>(), c => c.OrganiserCode).AnyAsync(c => c.Id == courseId, cancellationToken))
        {
            return null;
        }

        var eligible = await EligibleAsync(courseId, cancellationToken);
        var pending = await db.Set<CourseRegistration>().Where(r => eligible.Contains(r.Id) && r.CertificateCode == null).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var registration in pending)
        {
            registration.IssueCertificate(NewCode(), now);
        }

        await OutreachSave.SaveAsync(db, text, cancellationToken);
        return pending.Count;
    }

    /// <summary>
    /// The certificate PDF of one participant, issuing it on first request. Null when the registration does not exist or
    /// is not the caller's (the organiser, the bureau, or the account that signed the person up).
    /// </summary>
    public async Task<byte[]?> PdfAsync(Guid registrationId, CancellationToken cancellationToken)
    {
        if (await db.Set<CourseRegistration>().FirstOrDefaultAsync(r => r.Id == registrationId, cancellationToken) is not { } registration
            || await db.Set<TrainingCourse>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == registration.CourseId, cancellationToken) is not { } course
            || !(scope.ActsFor(course.OrganiserCode) || (registration.SignedUpBy is { } by && by == user.UserName)))
        {
            return null;
        }

        if (registration.CertificateCode is null)
        {
            if (!(await EligibleAsync(course.Id, cancellationToken)).Contains(registration.Id))
            {
                throw new BusinessRuleException("outreach.not-eligible", text["Error_NotEligible"]);
            }

            registration.IssueCertificate(NewCode(), clock.GetUtcNow().UtcDateTime);
            await OutreachSave.SaveAsync(db, text, cancellationToken);
        }

        var check = await CheckAsync(registration.CertificateCode!, cancellationToken);
        CjkFontResolver.EnsureInstalled(CjkFontResolver.PathFrom(configuration));
        return Render(registration.Name, check!, await organisers.NameAsync(course.OrganiserCode, cancellationToken));
    }

    /// <summary>The public check of a code; null when no certificate carries it.</summary>
    public async Task<CertificateCheck?> CheckAsync(string? code, CancellationToken cancellationToken)
    {
        var normalised = (code ?? string.Empty).Trim().ToUpperInvariant();
        if (normalised.Length != CourseRegistration.CertificateCodeLength)
        {
            return null;
        }

        var found = await (from r in db.Set<CourseRegistration>().AsNoTracking()
                           join c in db.Set<TrainingCourse>().AsNoTracking() on r.CourseId equals c.Id
                           where r.CertificateCode == normalised
                           select new { r.Name, r.CertificateIssuedUtc, c.Id, c.Title, c.OrganiserCode, c.CreditHours }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var dates = await db.Set<TrainingSession>().AsNoTracking().Where(s => s.CourseId == found.Id).Select(s => s.Date).ToListAsync(cancellationToken);
        return new CertificateCheck(
            normalised, Mask(found.Name), found.Title, await organisers.NameAsync(found.OrganiserCode, cancellationToken),
            dates.Count > 0 ? dates.Min() : null, dates.Count > 0 ? dates.Max() : null, dates.Count, found.CreditHours, found.CertificateIssuedUtc ?? default);
    }

    /// <summary>张三 → 张*, 欧阳明月 → 欧***: enough for the holder to recognise, not enough to harvest names.</summary>
    public static string Mask(string name) => name.Length <= 1 ? name : name[..1] + new string('*', name.Length - 1);

    private static string NewCode() =>
        string.Concat(Enumerable.Range(0, CourseRegistration.CertificateCodeLength).Select(_ => CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)]));

    /// <summary>The certificate, always in Chinese (结业证书), on one A4 page.</summary>
    private static byte[] Render(string name, CertificateCheck check, string organiser)
    {
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        static string Date(DateOnly? d) => d is { } v ? $"{v.Year}年{v.Month}月{v.Day}日" : string.Empty;
        using var pdf = new PdfComposer("结业证书");
        pdf.Space(90);
        pdf.Centered("结 业 证 书", PdfComposer.Font(30, bold: true), XColor.FromArgb(178, 34, 34));
        pdf.Space(40);
        var period = check.From == check.To ? Date(check.From) : $"{Date(check.From)}至{Date(check.To)}";
        var hours = check.CreditHours is { } h ? $"，计继续教育学时 {h.ToString("0.#", zh)} 学时" : string.Empty;
        pdf.Paragraph($"{name}：", PdfComposer.Font(16));
        pdf.Space(8);
        pdf.Paragraph($"于{period}参加{organiser}举办的“{check.CourseTitle}”培训（共 {check.Sessions} 次课），全程出勤，准予结业{hours}。", PdfComposer.Font(16), firstLineIndent: 32);
        pdf.Space(24);
        pdf.Paragraph("特发此证。", PdfComposer.Font(16), firstLineIndent: 32);
        pdf.Space(80);
        pdf.RightAligned(organiser, PdfComposer.Font(16), rightIndent: 16);
        pdf.RightAligned(Date(DateOnly.FromDateTime(check.IssuedUtc.AddHours(8))), PdfComposer.Font(16), rightIndent: 16);
        pdf.Space(60);
        pdf.Paragraph($"证书编号（查验码）：{check.Code}", PdfComposer.Font(11));
        pdf.Paragraph($"查验：登录区知识产权公共服务平台“证书查验”页面，输入查验码 {check.Code}", PdfComposer.Font(11));
        using var stream = new MemoryStream();
        pdf.Save(stream);
        return stream.ToArray();
    }
}
