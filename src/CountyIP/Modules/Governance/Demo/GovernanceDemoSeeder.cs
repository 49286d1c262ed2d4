using System.Text.Json;
using CountyIP.Modules.Governance.Domain;
using CountyIP.Modules.Governance.UseCases;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Plans.Contracts;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Governance.Demo;

/// <summary>
/// The leadership group's year, when demo data is on (Development, or <c>CountyIP:DemoData</c>) and the module holds
/// nothing yet: the group with a member who left, every unit's organisation (some without money or a body in place) and
/// liaison officers (demo.town and demo.dept among them; some handed over); the 2014 quarterly meetings with their decisions supervised to the end (some completed late), a meeting
/// last month whose tasks are in every state — one overdue, one due within three working days, one waiting for the
/// office's acceptance — for the demo town and department among others; the 2014 half-year and annual reports (most
/// accepted, some late, two never submitted) and last month's dynamic reports in every state; 2014 patent-application
/// targets for every town; and the 2014 assessment published with bonus and deduction items and a pending appeal.
/// </summary>
internal sealed class GovernanceDemoSeeder(
    CountyIpDbContext db, OwnerDirectory owners, IWorkingDayCalendar calendar, ReportFigures figures,
    IEnumerable<IIndicatorCalculator> calculators, IPlanCatalog plans, TimeProvider clock) : IDataSeeder, IDemoDataReport
{
    private const string Office = "demo.staff";

    /// <summary>After the registry's (900) and the other modules' demo data: the figures count their records.</summary>
    public int Order => 970;

    public bool IsDemoData => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Meeting>().AnyAsync(cancellationToken))
        {
            return;
        }

        var all = await owners.ListAsync(cancellationToken);
        if (all.Count == 0)
        {
            return;
        }

        var today = TimeDisplay.Today(clock);
        SeedOrganisation(all);
        await SeedMeetingsOf2014Async(all, cancellationToken);
        await SeedRecentMeetingAsync(all, today, cancellationToken);
        await SeedReportsAsync(all, today, cancellationToken);
        await SeedTargetsAndAssessmentAsync(all, today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<string> DescribeAsync(CancellationToken cancellationToken) =>
        $"Governance: {await db.Set<GroupMember>().CountAsync(cancellationToken)} group members, {await db.Set<Liaison>().CountAsync(cancellationToken)} liaisons, "
        + $"{await db.Set<Meeting>().CountAsync(cancellationToken)} meetings, {await db.Set<SupervisedTask>().CountAsync(cancellationToken)} tasks, "
        + $"{await db.Set<PeriodicReport>().CountAsync(cancellationToken)} reports, {await db.Set<UnitTarget>().CountAsync(cancellationToken)} unit targets, "
        + $"{await db.Set<AssessmentScheme>().CountAsync(cancellationToken)} assessment";

    private void SeedOrganisation(IReadOnlyList<OwnerInfo> all)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var founded = new DateOnly(2013, 5, 6);
        (string Name, string Post, string Body, GroupRole Role)[] members =
        [
            ("陈明华", "副区长", "区人民政府", GroupRole.Leader),
            ("林志强", "副主任", "区政府办公室", GroupRole.DeputyLeader),
            ("黄建平", "局长", "区知识产权局", GroupRole.DeputyLeader),
            ("郑丽娟", "副局长", "区知识产权局", GroupRole.OfficeDirector),
            ("王海涛", "副局长", "区市场监督管理局", GroupRole.Member),
            ("刘晓东", "副局长", "区科技局", GroupRole.Member),
            ("张秀英", "副局长", "区财政局", GroupRole.Member),
            ("吴国庆", "副分局长", "公安仓山分局", GroupRole.Member),
        ];
        foreach (var (name, post, body, role) in members)
        {
            db.Add(new GroupMember(name, post, body, role, founded, now));
        }

        // History: the first office director moved on in 2014 and her successor joined the same day.
        var left = new GroupMember("李雪梅", "副局长", "区知识产权局", GroupRole.OfficeDirector, founded, now);
        left.Leave(new DateOnly(2014, 3, 31), now);
        db.Add(left);

        string[] surnames = ["陈", "林", "黄", "郑", "王", "刘", "张", "吴", "杨", "徐", "周", "李", "许", "何", "郭"];
        string[] given = ["晓燕", "志伟", "丽华", "建国", "海燕", "文斌", "秀兰", "明辉", "小红", "国平", "雅琴", "伟东", "春梅", "德华"];
        for (var i = 0; i < all.Count; i++)
        {
            var owner = all[i];
            var record = new UnitOrganisation(owner.Code, owner.Kind, now);

            // Most units have all three in place; every fifth lacks the money, every seventh the body as well.
            record.Record(owner.Kind == OwnerKind.Unit ? "经济发展办公室" : "办公室", surnames[(i + 3) % surnames.Length] + given[(i + 5) % given.Length],
                owner.Kind == OwnerKind.Unit ? "党工委委员、副主任" : "副局长", i % 7 != 6, true, i % 5 != 4,
                i % 5 != 4 ? $"{owner.NameZh}关于成立知识产权工作领导小组的通知（{(owner.Kind == OwnerKind.Unit ? "街" : "局")}〔2013〕{10 + i}号）；年度预算列支知识产权工作经费。" : null, now);
            db.Add(record);
            var userName = owner.Code == DemoAccounts.UnitScopeId ? "demo.town" : owner.Code == DemoAccounts.DepartmentScopeId ? "demo.dept" : null;
            var current = new Liaison(owner.Code, surnames[i % surnames.Length] + given[i % given.Length], owner.Kind == OwnerKind.Unit ? "经发办干部" : "办公室科员",
                $"0591-8{(3800000 + (i * 137)).ToString(System.Globalization.CultureInfo.InvariantCulture)}", null, userName, new DateOnly(2014, 1, 2), now);
            db.Add(current);
            if (i % 6 == 0)
            {
                // A liaison who handed over to the current one.
                var earlier = new Liaison(owner.Code, surnames[(i + 7) % surnames.Length] + given[(i + 2) % given.Length], "办公室科员",
                    $"0591-8{(3900000 + (i * 71)).ToString(System.Globalization.CultureInfo.InvariantCulture)}", null, null, founded, now);
                earlier.HandOver(new DateOnly(2014, 1, 2), current.Id, now);
                db.Add(earlier);
            }
        }
    }

    private async Task SeedMeetingsOf2014Async(IReadOnlyList<OwnerInfo> all, CancellationToken cancellationToken)
    {
        (DateOnly On, string Title, string Agenda, string[] Decisions)[] meetings =
        [
            (new(2014, 2, 20), "2014年第一次领导小组会议", "一、通报2013年试点工作进展；二、审议2014年工作要点；三、部署目标分解。",
                ["制定本单位2014年知识产权工作计划", "落实知识产权工作机构、人员、经费", "报送本单位知识产权联络员名单"]),
            (new(2014, 5, 15), "2014年第二次领导小组会议", "一、总结4·26宣传周活动；二、研究专项资金申报情况；三、部署打击侵权专项行动。",
                ["开展打击侵犯知识产权和制售假冒伪劣商品专项行动", "组织辖区企业参加专利申请培训"]),
            (new(2014, 8, 28), "2014年第三次领导小组会议", "一、听取半年小结；二、研究专利产业化项目；三、督办上半年议定事项。",
                ["走访辖区规模以上企业，建立知识产权工作联系", "梳理辖区专利产业化项目"]),
            (new(2014, 11, 20), "2014年第四次领导小组会议", "一、通报考评方案；二、部署年终总结；三、研究2015年工作思路。",
                ["报送2014年度知识产权工作总结及相关佐证材料"]),
        ];

        var now = clock.GetUtcNow().UtcDateTime;
        var turn = 0;
        foreach (var (on, title, agenda, decisions) in meetings)
        {
            var meeting = new Meeting(title, on, "区政府三号楼会议室", "区领导小组成员、各成员单位联络员", agenda,
                $"会议由分管副区长主持。会议议定：\n{string.Join("\n", decisions.Select((d, i) => $"{i + 1}. {d}。"))}\n以上事项由领导小组办公室督办。", Office, now);
            db.Add(meeting);
            foreach (var decision in decisions)
            {
                // Decisions go in turn to every town or to every department; every seventh task is completed after its deadline.
                var kind = turn++ % 2 == 0 ? OwnerKind.Unit : OwnerKind.Department;
                foreach (var owner in all.Where(o => o.Kind == kind))
                {
                    turn++;
                    var deadline = calendar.AddWorkingDays(on, 20);
                    var task = new SupervisedTask(decision, null, owner.Code, owner.Kind, deadline, meeting.Id, Office, now);
                    var done = turn % 7 == 0 ? deadline.AddDays(9) : calendar.AddWorkingDays(on, 12 + (turn % 6));
                    task.Act(SupervisedTaskAction.Progress, "已召开专题会议研究部署，正在推进。", owner.Kind == OwnerKind.Unit ? "demo.town" : "demo.dept", done.AddDays(-5), At(done.AddDays(-5)));
                    task.Act(SupervisedTaskAction.RequestCompletion, "已按要求完成，相关材料已报送。", owner.Kind == OwnerKind.Unit ? "demo.town" : "demo.dept", done.AddDays(-1), At(done.AddDays(-1)));
                    task.Act(SupervisedTaskAction.Accept, null, Office, done, At(done));
                    db.Add(task);
                }
            }
        }
    }

    private async Task SeedRecentMeetingAsync(IReadOnlyList<OwnerInfo> all, DateOnly today, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var held = calendar.AddWorkingDays(today, -20);
        var meeting = new Meeting($"{held.Year}年第四季度领导小组例会", held, "区政府三号楼会议室", "分管副区长，区知识产权局、区市场监督管理局、各镇街分管领导及联络员",
            "一、通报试点指标完成情况；二、部署知识产权宣传进企业活动；三、督办打击侵权专项行动。",
            "会议议定：\n1. 各镇街开展知识产权宣传进企业活动；\n2. 区市场监督管理局牵头开展展会知识产权保护；\n3. 各单位报送试点指标完成情况。", Office, now);
        db.Add(meeting);

        var town = await owners.FindAsync(DemoAccounts.UnitScopeId, cancellationToken) ?? all.First(o => o.Kind == OwnerKind.Unit);
        var department = await owners.FindAsync(DemoAccounts.DepartmentScopeId, cancellationToken) ?? all.First(o => o.Kind == OwnerKind.Department);
        var otherTown = all.First(o => o.Kind == OwnerKind.Unit && o.Code != town.Code);

        // Overdue: due five working days ago, only progress reported.
        var overdue = new SupervisedTask("开展知识产权宣传进企业活动", "走访辖区重点企业不少于10家，发放宣传资料。", town.Code, town.Kind, calendar.AddWorkingDays(today, -5), meeting.Id, Office, now);
        overdue.Act(SupervisedTaskAction.Progress, "已走访企业6家，发放宣传资料300份。", "demo.town", calendar.AddWorkingDays(today, -8), At(calendar.AddWorkingDays(today, -8)));
        db.Add(overdue);

        // Due within three working days: the reminder job tells the department's liaison.
        db.Add(new SupervisedTask("牵头开展展会知识产权保护", "在海峡国际会展中心展会期间设立投诉工作站。", department.Code, department.Kind, calendar.AddWorkingDays(today, 2), meeting.Id, Office, now));

        // Waiting for the office's acceptance.
        var requested = new SupervisedTask("报送试点指标完成情况", null, otherTown.Code, otherTown.Kind, calendar.AddWorkingDays(today, 6), meeting.Id, Office, now);
        requested.Act(SupervisedTaskAction.RequestCompletion, "已报送，详见附表。", "demo.town", calendar.AddWorkingDays(today, -1), At(calendar.AddWorkingDays(today, -1)));
        db.Add(requested);

        // Returned once, open again, due later.
        var returned = new SupervisedTask("报送试点指标完成情况", null, town.Code, town.Kind, calendar.AddWorkingDays(today, 6), meeting.Id, Office, now);
        returned.Act(SupervisedTaskAction.RequestCompletion, "已报送。", "demo.town", calendar.AddWorkingDays(today, -3), At(calendar.AddWorkingDays(today, -3)));
        returned.Act(SupervisedTaskAction.Return, "缺少专利申请量分月数据，请补充后再报。", Office, calendar.AddWorkingDays(today, -2), At(calendar.AddWorkingDays(today, -2)));
        db.Add(returned);

        // An instruction of the office, not from a meeting, already completed on time.
        var done = new SupervisedTask("更新本单位知识产权联络员信息", null, department.Code, department.Kind, calendar.AddWorkingDays(today, -10), null, Office, now);
        done.Act(SupervisedTaskAction.RequestCompletion, "已更新。", "demo.dept", calendar.AddWorkingDays(today, -12), At(calendar.AddWorkingDays(today, -12)));
        done.Act(SupervisedTaskAction.Accept, null, Office, calendar.AddWorkingDays(today, -11), At(calendar.AddWorkingDays(today, -11)));
        db.Add(done);
    }

    private async Task SeedReportsAsync(IReadOnlyList<OwnerInfo> all, DateOnly today, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (kind, period) in new[] { (ReportKind.HalfYear, "2014-H1"), (ReportKind.Annual, "2014") })
        {
            var due = ReportPeriods.DefaultDueOn(kind, period);
            for (var i = 0; i < all.Count; i++)
            {
                var owner = all[i];
                var report = new PeriodicReport(kind, period, owner.Code, owner.Kind, due, now);
                db.Add(report);
                if ((i + (kind == ReportKind.Annual ? 3 : 0)) % 13 == 12)
                {
                    continue; // never submitted: listed as missing
                }

                var submittedOn = i % 5 == 4 ? due.AddDays(4) : due.AddDays(-2 - (i % 4));
                report.SaveDraft(WorkText(owner, kind), "企业知识产权意识仍需提高，专业人才缺乏。", "继续加强宣传培训，推动企业专利申请和成果转化。", now);
                report.Submit(await FiguresAsync(report, cancellationToken), owner.Kind == OwnerKind.Unit ? "demo.town" : "demo.dept", submittedOn, At(submittedOn));
                report.Review(ReportAction.Accept, null, Office, At(submittedOn.AddDays(3)));
            }
        }

        // Last month's dynamic report, due the 10th of this month: every state.
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var monthPeriod = month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var monthDue = ReportPeriods.DefaultDueOn(ReportKind.Dynamic, monthPeriod);
        for (var i = 0; i < all.Count; i++)
        {
            var owner = all[i];
            var report = new PeriodicReport(ReportKind.Dynamic, monthPeriod, owner.Code, owner.Kind, monthDue, now);
            db.Add(report);
            var actor = owner.Kind == OwnerKind.Unit ? "demo.town" : "demo.dept";
            if (owner.Code == DemoAccounts.UnitScopeId)
            {
                report.SaveDraft("本月开展知识产权宣传进企业活动2场。", null, null, now); // a draft the demo town can finish
                continue;
            }

            switch (i % 4)
            {
                case 1:
                    report.SaveDraft(WorkText(owner, ReportKind.Dynamic), null, null, now);
                    report.Submit(await FiguresAsync(report, cancellationToken), actor, today.AddDays(-1), now);
                    break;
                case 2:
                    report.SaveDraft(WorkText(owner, ReportKind.Dynamic), null, null, now);
                    report.Submit(await FiguresAsync(report, cancellationToken), actor, today.AddDays(-2), now);
                    report.Review(ReportAction.Accept, null, Office, now);
                    break;
                case 3 when owner.Kind == OwnerKind.Department:
                    report.SaveDraft("本月工作正常开展。", null, null, now);
                    report.Submit(await FiguresAsync(report, cancellationToken), actor, today.AddDays(-3), now);
                    report.Review(ReportAction.Return, "内容过于简略，请补充本月开展的具体工作和数据。", Office, now);
                    break;
            }
        }
    }

    private async Task SeedTargetsAndAssessmentAsync(IReadOnlyList<OwnerInfo> all, DateOnly today, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var plan = await plans.GetActiveAsync(cancellationToken);
        var calculator = calculators.FirstOrDefault(c => c.TargetId == "patent-applications" && c.Breakdowns.Contains(BreakdownKind.Unit));
        if (plan is null || calculator is null)
        {
            return;
        }

        // Targets around each town's 2014 actual (from 80% to 130% of it), so some towns are ahead and some behind.
        var actuals = (await calculator.BreakdownAsync(new IndicatorQuery(plan.Id, new(2014, 1, 1), new(2014, 12, 31), null), BreakdownKind.Unit, cancellationToken))
            .ToDictionary(r => r.Key, r => r.Value);
        decimal[] factors = [0.8m, 0.9m, 1.0m, 1.1m, 1.2m, 1.3m];
        var units = all.Where(o => o.Kind == OwnerKind.Unit).ToList();
        for (var i = 0; i < units.Count; i++)
        {
            var target = Math.Max(5m, Math.Round(actuals.GetValueOrDefault(units[i].Code) * factors[i % factors.Length]));
            db.Add(new UnitTarget(2014, "patent-applications", units[i].Code, target, Office, now));
        }

        var scheme = new AssessmentScheme(2014, 5m, 10m, Office, now);
        scheme.AddIndicator("patent-applications", "专利申请量", "Patent applications", AssessmentMeasure.PlanIndicator, "patent-applications", AssessedKinds.Units, 40m, ScoringRule.Linear, 1.2m, now);
        scheme.AddIndicator("tasks-units", "督办事项按期办结率", "Supervised tasks on time", AssessmentMeasure.TasksOnTime, null, AssessedKinds.Units, 30m, ScoringRule.Linear, 1m, now);
        scheme.AddIndicator("reports-units", "工作报告按时报送率", "Reports on time", AssessmentMeasure.ReportsOnTime, null, AssessedKinds.Units, 30m, ScoringRule.Linear, 1m, now);
        scheme.AddIndicator("tasks-departments", "督办事项按期办结率", "Supervised tasks on time", AssessmentMeasure.TasksOnTime, null, AssessedKinds.Departments, 50m, ScoringRule.Linear, 1m, now);
        scheme.AddIndicator("reports-departments", "工作报告全部按时报送", "All reports on time", AssessmentMeasure.ReportsOnTime, null, AssessedKinds.Departments, 50m, ScoringRule.Threshold, 1m, now);
        var department = all.FirstOrDefault(o => o.Kind == OwnerKind.Department && o.Code != DemoAccounts.DepartmentScopeId) ?? all.First(o => o.Kind == OwnerKind.Department);
        scheme.Adjust(units[^1].Code, 2m, "获评省级知识产权示范镇", Office, now);
        scheme.Adjust(department.Code, -1m, "重大案件未按规定时限报告", Office, now);
        scheme.Publish(calendar.AddWorkingDays(today, 10), now);
        db.Add(scheme);
        db.Add(new AssessmentAppeal(scheme.Id, DemoAccounts.UnitScopeId, "patent-applications", "辖区内两家企业的专利申请人地址登记在外区，实际研发和生产在本街道，请予核减目标或计入完成数。", "demo.town", now));
    }

    private async Task<string> FiguresAsync(PeriodicReport report, CancellationToken cancellationToken) =>
        JsonSerializer.Serialize(await figures.ComputeAsync(report, cancellationToken), JsonSerializerOptions.Web);

    private static string WorkText(OwnerInfo owner, ReportKind kind) => kind switch
    {
        ReportKind.Annual => $"{owner.NameZh}全年召开知识产权专题会议4次，开展宣传活动3场，组织企业参加培训5批次，走访企业20家，协助企业申报专项资金项目。",
        ReportKind.HalfYear => $"{owner.NameZh}上半年落实知识产权工作机构和联络员，开展4·26宣传周活动，组织企业参加专利申请实务培训。",
        _ => $"{owner.NameZh}本月开展知识产权宣传活动1场，走访企业5家。",
    };

    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
}
