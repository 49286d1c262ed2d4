using System.Globalization;
using CountyIP.Modules.Outreach.Domain;
using CountyIP.Modules.Protection.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Outreach.Demo;

/// <summary>
/// Publicity and training of 2011-2015 and of this month, when demo data is on and the module holds none yet (issue 15
/// §8): every year the 4·26 day, the publicity week, the legal week, the five intos by towns and departments and a media
/// campaign (one event a year left unconfirmed, one of demo.town's without evidence for the workbench); five courses a
/// year — cadres, party school, enterprise staff, IP specialists with credit hours, pupils — whose registrations,
/// no-shows and attendance give the person-times (2011 falls short of 600, the pilot years pass); this month a course
/// with a session today (try the door's QR code), one open for public sign-up and one ended with certificates issued.
/// Deterministic: the same rows on every machine.
/// </summary>
internal sealed class OutreachDemoSeeder(CountyIpDbContext db, ITypicalCases typicalCases, IFileStore files, TimeProvider clock) : IDataSeeder, IDemoDataReport
{
    private const string Town = "350104001"; // demo.town's 仓前街道
    private const string Department = "market-regulation"; // demo.dept's bureau

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "林", "郑", "何", "高"];
    private static readonly string[] Given = ["伟", "芳", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "建华", "海燕", "志强"];
    private static readonly string[] Organisations = ["福州某某电子有限公司", "福建某某机械股份有限公司", "仓山区某某食品有限公司", "福州某某软件有限公司", "某某专利代理事务所", "区市场监督管理局", "仓前街道办事处"];

    public int Order => 960;

    public bool IsDemoData => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<PublicityEvent>().AnyAsync(cancellationToken) || await db.Set<TrainingCourse>().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = TimeDisplay.Today(clock);
        var random = new Random(2013);
        var person = 0;
        foreach (var year in new[] { 2011, 2012, 2013, 2014, 2015 })
        {
            AddEvents(year, now);
            person = AddCourses(year, random, person, now);
        }

        await AddThisMonthAsync(today, random, person, now, cancellationToken);
        await AddTypicalCaseCoverageAsync(today, now, cancellationToken);
        await AddLibraryAsync(now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The protection demo (seeded before this one) concludes cases in recent weeks: the newest of them is reported in
    /// the paper as a typical case, a few days after its conclusion.
    /// </summary>
    private async Task AddTypicalCaseCoverageAsync(DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        if (await typicalCases.ConcludedAsync(1, cancellationToken) is not [var typical] || typical.ConcludedOn > today)
        {
            return;
        }

        var published = typical.ConcludedOn.AddDays(3) > today ? today : typical.ConcludedOn.AddDays(3);
        var coverage = new MediaCoverage(OutreachScopeCodes.Bureau, "福州日报", published, "仓山区知识产权局公布一起知识产权保护典型案例", "https://www.example.gov.cn/news/typical-case", null, "demo.staff", now);
        coverage.CoverCase(typical.Id, typical.Number, typical.PublicOutcome, now);
        db.Add(coverage);
    }

    public async Task<string> DescribeAsync(CancellationToken cancellationToken) =>
        $"Publicity and Training: {await db.Set<PublicityEvent>().CountAsync(cancellationToken)} events, {await db.Set<TrainingCourse>().CountAsync(cancellationToken)} courses, "
        + $"{await db.Set<SessionAttendance>().CountAsync(cancellationToken)} person-times";

    private void AddEvents(int year, DateTime now)
    {
        (string Title, PublicityTheme Theme, string Organiser, int Month, int Day, string Place, int Audience)[] events =
        [
            ($"{year}年“4·26”世界知识产权日主题宣传活动", PublicityTheme.WorldIpDay, OutreachScopeCodes.Bureau, 4, 26, "万达广场", 1200),
            ($"{year}年知识产权宣传周集中宣传", PublicityTheme.IpWeek, OutreachScopeCodes.Bureau, 4, 22, "仓山区行政服务中心", 800),
            ($"{year}年法制宣传周知识产权专场", PublicityTheme.LegalWeek, Department, 12, 4, "三叉街社区广场", 500),
            ($"知识产权进企业：专利申请实务宣讲（{year}）", PublicityTheme.IntoEnterprises, Town, 5, 15, "仓前街道企业服务中心", 120),
            ($"知识产权进机关：领导干部知识产权讲座（{year}）", PublicityTheme.IntoOffices, OutreachScopeCodes.Bureau, 6, 18, "区委党校报告厅", 150),
            ($"知识产权进学校：青少年发明创造科普（{year}）", PublicityTheme.IntoSchools, "education", 9, 20, "仓山小学", 400),
            ($"知识产权进社区：识假防假宣传（{year}）", PublicityTheme.IntoCommunities, "350104102", 10, 12, "盖山镇社区服务中心", 260),
            ($"知识产权进家庭：亲子创意与版权故事会（{year}）", PublicityTheme.IntoFamilies, "350104008", 8, 3, "金山街道图书室", 90),
            ($"{year}年知识产权典型案例媒体宣传", PublicityTheme.Media, OutreachScopeCodes.Bureau, 11, 8, "福州日报、仓山电视台", 0),
        ];
        var index = 0;
        foreach (var e in events)
        {
            index++;
            var date = new DateOnly(year, e.Month, e.Day);
            var record = new PublicityEvent(e.Organiser, "demo", now);
            record.Describe(e.Title, e.Theme, date, e.Place, e.Theme == PublicityTheme.WorldIpDay ? "区市场监督管理局、区文体局、区教育局" : null, e.Audience == 0 ? null : e.Audience,
                e.Theme == PublicityTheme.Media ? null : $"宣传册 {e.Audience / 2} 份；折页 {e.Audience / 3} 份",
                $"本次活动由{(e.Organiser == OutreachScopeCodes.Bureau ? "区知识产权局" : "承办单位")}组织，现场解答咨询，发放宣传材料，取得良好效果。",
                e.Theme == PublicityTheme.Media ? "https://www.example.gov.cn/news/ip-cases" : null, keepConfirmation: true, now);
            // 2011's family event and 2014's community event were never confirmed: the bureau's list shows them waiting.
            if (!(year == 2011 && index == 8) && !(year == 2014 && index == 7))
            {
                record.Confirm("demo.staff", now);
            }

            db.Add(record);
            if (e.Theme is PublicityTheme.Media or PublicityTheme.WorldIpDay)
            {
                // The papers and the district's television report the day and the typical cases.
                db.Add(new MediaCoverage(e.Organiser, e.Theme == PublicityTheme.Media ? "福州日报" : "仓山电视台", date.AddDays(1),
                    e.Theme == PublicityTheme.Media ? $"仓山区发布{year}年知识产权保护典型案例" : $"仓山区开展{year}年“4·26”知识产权宣传活动",
                    e.Theme == PublicityTheme.Media ? "https://www.example.gov.cn/news/ip-cases" : null, record.Id, "demo.staff", now));
            }
        }
    }

    private int AddCourses(int year, Random random, int person, DateTime now)
    {
        // Sized so 2011 falls short of the 600 person-times and the pilot years (2013-2015) pass.
        var scale = year == 2011 ? 0.55 : year == 2012 ? 0.85 : 1.0;
        (string Title, TrainingAudience Audience, string Organiser, int Capacity, decimal? Hours, (int Month, int Day)[] Sessions)[] courses =
        [
            ($"{year}年领导干部知识产权专题培训班", TrainingAudience.OfficialsAndLeaders, OutreachScopeCodes.Bureau, 80, null, [(3, 12), (3, 13)]),
            ($"{year}年区委党校主体班知识产权课程", TrainingAudience.PartySchool, "party-school", 60, null, [(5, 9)]),
            ($"{year}年企业知识产权工作者培训", TrainingAudience.EnterpriseStaff, OutreachScopeCodes.Bureau, 120, null, [(6, 5), (6, 6)]),
            ($"{year}年专利代理与知识产权专业人员继续教育", TrainingAudience.IpSpecialists, OutreachScopeCodes.Bureau, 60, 12m, [(9, 10), (9, 11), (9, 12)]),
            ($"{year}年仓前街道企业专利实务培训", TrainingAudience.EnterpriseStaff, Town, 50, null, [(11, 20)]),
        ];
        foreach (var c in courses)
        {
            var course = new TrainingCourse(c.Organiser, "demo", now);
            course.Describe(c.Title, c.Audience, c.Capacity, "省知识产权局专家、高校教师", c.Hours, "培训内容：知识产权法律法规、专利申请与布局、知识产权管理规范。",
                publicSignUp: c.Audience == TrainingAudience.EnterpriseStaff, new DateOnly(year, c.Sessions[0].Month, c.Sessions[0].Day), new DateOnly(year, c.Sessions[^1].Month, c.Sessions[^1].Day), now);
            db.Add(course);
            var sessions = c.Sessions.Select(s => new TrainingSession(course.Id, new DateOnly(year, s.Month, s.Day), new TimeOnly(9, 0), new TimeOnly(11, 30), "区知识产权局培训室", TrainingSession.NewToken(), now)).ToList();
            db.AddRange(sessions);
            var signedUp = (int)(c.Capacity * scale);
            for (var i = 0; i < signedUp; i++)
            {
                var registration = NewRegistration(course.Id, ++person, RegistrationState.Registered, now);
                db.Add(registration);
                var attendedAll = true;
                foreach (var session in sessions)
                {
                    // About one in eight misses a session; one in twenty-five cancels and attends nothing (see below).
                    if (random.Next(8) == 0)
                    {
                        attendedAll = false;
                        continue;
                    }

                    db.Add(new SessionAttendance(session.Id, registration.Id, random.Next(3) == 0 ? AttendanceMethod.Roster : AttendanceMethod.QrCode, "demo", now));
                }

                if (attendedAll && c.Hours is not null)
                {
                    // Issued the evening of the last session (Beijing time), so the year's certificates count in that year.
                    registration.IssueCertificate(CertificateCode(person), sessions[^1].Date.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
                }
            }

            for (var i = 0; i < 2; i++)
            {
                var cancelled = NewRegistration(course.Id, ++person, RegistrationState.Registered, now);
                cancelled.Cancel(now);
                db.Add(cancelled);
            }

            SetSeats(course, signedUp);
        }

        return person;
    }

    private async Task AddThisMonthAsync(DateOnly today, Random random, int person, DateTime now, CancellationToken cancellationToken)
    {
        var monthStart = new DateOnly(today.Year, today.Month, 1);

        // demo.town's event three weeks ago without photos or report: the workbench reminds the organiser.
        var bare = new PublicityEvent(Town, "demo.town", now);
        bare.Describe("知识产权进社区：商标知识宣传（仓前街道）", PublicityTheme.IntoCommunities, today.AddDays(-20), "仓前街道社区服务中心", null, 150, null, null, null, keepConfirmation: true, now);
        db.Add(bare);

        // This month's events, one with photos, waiting for the bureau's confirmation.
        var withPhotos = new PublicityEvent(Town, "demo.town", now);
        withPhotos.Describe("知识产权进企业：企业商业秘密保护宣讲（仓前街道）", PublicityTheme.IntoEnterprises, monthStart.AddDays(Math.Min(2, today.Day - 1)), "仓前街道企业服务中心", "区市场监督管理局", 80,
            "宣传册 100 份", "邀请律师讲解商业秘密保护要点，20 家企业参加。", null, keepConfirmation: true, now);
        db.Add(withPhotos);
        foreach (var (name, tint) in new[] { ("现场照片1.png", (byte)80), ("现场照片2.png", (byte)120) })
        {
            using var content = new MemoryStream(DemoEvidence.Png(tint: tint), writable: false);
            var key = await files.SaveAsync("outreach-evidence", content, cancellationToken);
            db.Add(new EventFile(withPhotos.Id, key, name, "image/png", content.Length, "demo.town", now));
        }

        var legalWeek = new PublicityEvent(Department, "demo.dept", now);
        legalWeek.Describe($"{today.Year}年法制宣传周知识产权专场", PublicityTheme.LegalWeek, monthStart.AddDays(3), "三叉街社区广场", null, 400, "宣传册 300 份", null, null, keepConfirmation: true, now);
        db.Add(legalWeek);

        var upcoming = new PublicityEvent(OutreachScopeCodes.Bureau, "demo.staff", now);
        upcoming.Describe("知识产权进学校：发明创造科普进校园", PublicityTheme.IntoSchools, today.AddDays(10), "仓山区第一中心小学", "区教育局", 300, null, null, null, keepConfirmation: true, now);
        db.Add(upcoming);

        // A course with a session today: sign in at its door with the QR code on the course page.
        var running = new TrainingCourse(OutreachScopeCodes.Bureau, "demo.staff", now);
        running.Describe("企业专利挖掘与布局实务培训", TrainingAudience.EnterpriseStaff, 40, "某某专利代理事务所 专利代理师", null, "面向企业研发与知识产权人员。", publicSignUp: true, null, null, now);
        db.Add(running);
        var yesterday = new TrainingSession(running.Id, today.AddDays(-1), new TimeOnly(14, 0), new TimeOnly(17, 0), "区知识产权局培训室", TrainingSession.NewToken(), now);
        var todays = new TrainingSession(running.Id, today, new TimeOnly(9, 0), new TimeOnly(11, 30), "区知识产权局培训室", TrainingSession.NewToken(), now);
        db.AddRange(yesterday, todays);
        for (var i = 0; i < 32; i++)
        {
            var registration = NewRegistration(running.Id, ++person, RegistrationState.Registered, now);
            db.Add(registration);
            if (random.Next(6) != 0)
            {
                db.Add(new SessionAttendance(yesterday.Id, registration.Id, AttendanceMethod.QrCode, null, now));
            }

            if (i < 12)
            {
                db.Add(new SessionAttendance(todays.Id, registration.Id, AttendanceMethod.QrCode, null, now));
            }
        }

        SetSeats(running, 32);

        // Open for public sign-up, nearly full, with a waiting list.
        var open = new TrainingCourse(OutreachScopeCodes.Bureau, "demo.staff", now);
        open.Describe("知识产权贯标（GB/T 29490）企业内审员培训", TrainingAudience.EnterpriseStaff, 30, "认证机构审核员", null, "两天课程，结业发证。", publicSignUp: true, today.AddDays(14), today.AddDays(15), now);
        db.Add(open);
        db.AddRange(
            new TrainingSession(open.Id, today.AddDays(14), new TimeOnly(9, 0), new TimeOnly(17, 0), "区行政服务中心三楼会议室", TrainingSession.NewToken(), now),
            new TrainingSession(open.Id, today.AddDays(15), new TimeOnly(9, 0), new TimeOnly(12, 0), "区行政服务中心三楼会议室", TrainingSession.NewToken(), now));
        for (var i = 0; i < 30; i++)
        {
            db.Add(NewRegistration(open.Id, ++person, RegistrationState.Registered, now));
        }

        db.Add(NewRegistration(open.Id, ++person, RegistrationState.WaitListed, now.AddMinutes(1)));
        SetSeats(open, 30);

        // demo.town's own course next week, for its liaison to run.
        var townCourse = new TrainingCourse(Town, "demo.town", now);
        townCourse.Describe("仓前街道小微企业商标注册与保护培训", TrainingAudience.EnterpriseStaff, 50, "区市场监督管理局", null, null, publicSignUp: false, null, null, now);
        db.Add(townCourse);
        db.Add(new TrainingSession(townCourse.Id, today.AddDays(7), new TimeOnly(14, 30), new TimeOnly(16, 30), "仓前街道会议室", TrainingSession.NewToken(), now));
    }

    /// <summary>The materials library: leaflets and slides (small real PDFs and a PNG), most public, one internal.</summary>
    private async Task AddLibraryAsync(DateTime now, CancellationToken cancellationToken)
    {
        (string Title, MaterialKind Kind, PublicityTheme Theme, bool Public, string File, byte[] Content)[] materials =
        [
            ("专利申请指南（宣传折页）", MaterialKind.Leaflet, PublicityTheme.IntoEnterprises, true, "patent-guide.pdf", DemoEvidence.Pdf("Patent application guide (demo leaflet)")),
            ("识假防假小常识（宣传折页）", MaterialKind.Leaflet, PublicityTheme.IntoCommunities, true, "anti-counterfeit.pdf", DemoEvidence.Pdf("Spotting counterfeits (demo leaflet)")),
            ("“4·26”世界知识产权日宣传海报", MaterialKind.Other, PublicityTheme.WorldIpDay, true, "world-ip-day.png", DemoEvidence.Png(tint: 150)),
            ("企业知识产权管理规范培训课件", MaterialKind.Slides, PublicityTheme.Other, false, "ip-management-slides.pdf", DemoEvidence.Pdf("IP management standard (demo slides)")),
        ];
        foreach (var m in materials)
        {
            using var content = new MemoryStream(m.Content, writable: false);
            var key = await files.SaveAsync("outreach-materials", content, cancellationToken);
            db.Add(new OutreachMaterial(m.Title, m.Kind, m.Theme, null, m.Public, key, m.File, m.File.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "application/pdf", m.Content.LongLength, "demo.staff", now));
        }
    }

    private static CourseRegistration NewRegistration(Guid courseId, int person, RegistrationState state, DateTime now)
    {
        var name = Surnames[person % Surnames.Length] + Given[(person / Surnames.Length) % Given.Length];
        var phone = "139" + (50_000_000 + (person * 7919 % 49_999_999)).ToString("D8", CultureInfo.InvariantCulture);
        return new CourseRegistration(courseId, name, Organisations[person % Organisations.Length], phone, state, "demo", null, now);
    }

    private void SetSeats(TrainingCourse course, int seats) => db.Entry(course).Property(nameof(TrainingCourse.SeatsTaken)).CurrentValue = seats;

    private static string CertificateCode(int person) => "DEMO" + person.ToString("D8", CultureInfo.InvariantCulture);

}

/// <summary>The bureau's own code as organiser.</summary>
internal static class OutreachScopeCodes
{
    public const string Bureau = UseCases.OutreachScope.Bureau;
}
