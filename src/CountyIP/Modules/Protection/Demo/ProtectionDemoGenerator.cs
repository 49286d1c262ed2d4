using System.Globalization;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Modules.Protection.UseCases;
using CountyIP.Platform.Web;

namespace CountyIP.Modules.Protection.Demo;

/// <summary>A notice (告知书) a demo step called for, written by the seeder once the case's words are final.</summary>
internal sealed record DemoNotice(ProtectionCase Case, NoticeKind Kind, string Actor, DateTime AtUtc, DateOnly On);

/// <summary>Everything one generator run produces, in insertion order.</summary>
internal sealed class ProtectionDemoSet
{
    public List<ProtectionCase> Cases { get; } = [];

    public List<TradeFair> Fairs { get; } = [];

    public List<JointEnforcementAction> JointActions { get; } = [];

    public List<DemoNotice> Notices { get; } = [];
}

/// <summary>Where a demo case stands against its running time limit today.</summary>
internal enum DemoTiming
{
    Overdue,
    DueSoon,
    OnTime,
}

/// <summary>
/// Builds the protection side of the demo district (issue 9): cases in every state of <see cref="CaseWorkflow"/> from
/// every channel, walked there step by step through the entity's own workflow methods (so each state is one a real
/// case can reach, with its handling records, deadlines and notices), dated back from today so some limits are overdue
/// and some due soon; trade fairs with declarations and on-site complaints; joint enforcement actions linked to cases.
/// One seeded <see cref="Random"/> drives every choice, so the same seed, scale and day give the same records.
/// Complainants are protected exactly like real ones (ADR 0012): the identity goes in only through
/// <paramref name="protect"/> (encrypted), lists get the masked mobile, and tracking codes are random and never kept.
/// </summary>
internal sealed class ProtectionDemoGenerator
{
    /// <summary>Cases per workflow state per unit of scale (besides the fairs' on-site complaints).</summary>
    public const int CasesPerStatePerScale = 4;

    /// <summary>The demo accounts who act on the cases, so signed in as them the cases are "theirs" (ADR 0012 handler rule).</summary>
    public const string BureauActor = "demo.staff";

    public const string DepartmentActor = "demo.dept";

    /// <summary>The department of <see cref="DepartmentActor"/> (Platform's DemoAccounts.DepartmentScopeId).</summary>
    public const string DemoDepartment = "market-regulation";

    private static readonly CaseChannel[] Channels =
        [CaseChannel.OnlinePortal, CaseChannel.Hotline, CaseChannel.OnlinePortal, CaseChannel.WalkIn, CaseChannel.Referral];

    private readonly Random random;
    private readonly int scale;
    private readonly DateOnly today;
    private readonly DateTime utcNow;
    private readonly IDeadlinePolicy policy;
    private readonly IReadOnlyList<string> departments;
    private readonly Func<ComplainantIdentity, string> protect;
    private readonly HashSet<string> numbers = new(StringComparer.Ordinal);
    private readonly ProtectionDemoSet set = new();
    private bool markedMajor;
    private bool extended;

    private ProtectionDemoGenerator(int seed, int scale, DateTime utcNow, IDeadlinePolicy policy, IReadOnlyList<string> departments, Func<ComplainantIdentity, string> protect)
    {
        if (departments.Count == 0)
        {
            throw new ArgumentException("Protection demo data needs at least one active department.", nameof(departments));
        }

        random = new Random(seed);
        this.scale = Math.Max(scale, 1);
        this.utcNow = utcNow;
        today = DateOnly.FromDateTime(TimeDisplay.ToShanghai(utcNow));
        this.policy = policy;
        this.departments = departments;
        this.protect = protect;
    }

    /// <param name="departments">Codes of the district's active departments (reference data); cases go only to these.</param>
    public static ProtectionDemoSet Generate(int seed, int scale, DateTime utcNow, IDeadlinePolicy policy, IReadOnlyList<string> departments, Func<ComplainantIdentity, string> protect)
    {
        var generator = new ProtectionDemoGenerator(seed, scale, utcNow, policy, departments, protect);
        generator.GenerateCases();
        generator.GenerateFairs();
        generator.GenerateJointActions();
        return generator.set;
    }

    private void GenerateCases()
    {
        var index = 0;
        foreach (var state in Enum.GetValues<CaseState>())
        {
            for (var i = 0; i < CasesPerStatePerScale * scale; i++, index++)
            {
                var complaint = ProtectionDemoVocabulary.Complaints[(index * 5) % ProtectionDemoVocabulary.Complaints.Length];
                var channel = Channels[index % Channels.Length];
                var timing = (DemoTiming)(i % 3);
                set.Cases.Add(BuildCase(complaint, channel, state, variant: i, timing));
            }
        }
    }

    private ProtectionCase BuildCase(DemoComplaint complaint, CaseChannel channel, CaseState state, int variant, DemoTiming timing)
    {
        var path = PathTo(state, variant);
        var (keyIndex, stage) = KeyStep(state, path);
        var days = new DateOnly[path.Length + 1]; // [0] = receipt, [i + 1] = step i
        var key = keyIndex + 1;
        days[key] = stage is { } s ? KeyDay(complaint.Kind, s, timing, staffStep: key > 0 || channel != CaseChannel.OnlinePortal)
            : WorkingDayOnOrBefore(today.AddDays(-random.Next(3, 240)));
        for (var i = key - 1; i >= 0; i--)
        {
            var day = days[i + 1].AddDays(-random.Next(0, 4));
            days[i] = i == 0 && channel == CaseChannel.OnlinePortal ? day : WorkingDayOnOrBefore(day);
        }

        for (var i = key + 1; i < days.Length; i++)
        {
            var day = days[i - 1].AddDays(random.Next(0, 3));
            days[i] = day > today ? today : day;
        }

        var times = Times(days);
        var @case = NewCase(complaint.Kind, channel, complaint.Respondent, complaint.Place, complaint.Description, days[0], times[0], fairId: null);
        var leads = Active(complaint.Departments);
        var transferred = path.Contains(CaseAction.Transfer);
        for (var i = 0; i < path.Length; i++)
        {
            Step(@case, path[i], times[i + 1], days[i + 1], transferred ? FirstAssignment(leads) : leads, leads);
        }

        if (state == CaseState.BeingHandled && !markedMajor && complaint.Kind is CaseKind.TrademarkInfringement or CaseKind.PatentInfringement)
        {
            // 重大案件: one case shows the flag and its criteria (the report itself is the officer's to send).
            @case.MarkMajor("涉案货值超过50万元，且涉及跨区域销售网络。", BureauActor, times[^1].AddMinutes(30) < utcNow ? times[^1].AddMinutes(30) : times[^1]);
            markedMajor = true;
        }

        if (state == CaseState.DepartmentAccepted && timing == DemoTiming.OnTime && !extended
            && policy.RuleFor(complaint.Kind, DeadlineStage.Conclusion)?.MaxExtension >= 30)
        {
            @case.ExtendDeadline(DeadlineStage.Conclusion, 30, "案情复杂，需委托技术鉴定，经分管领导批准延长办理期限。", "demo.leader", times[^1], policy);
            extended = true;
        }

        return @case;
    }

    /// <summary>The workflow steps from receipt to <paramref name="state"/>; odd variants take the longer roads (补正, 移交, 不予受理后告知).</summary>
    private static CaseAction[] PathTo(CaseState state, int variant)
    {
        CaseAction[] handled = [CaseAction.StartReview, CaseAction.Accept, CaseAction.Assign, CaseAction.DepartmentAccept, CaseAction.StartHandling];
        var longer = variant % 2 == 1;
        return state switch
        {
            CaseState.Received => [],
            CaseState.InitialReview => [CaseAction.StartReview],
            CaseState.AwaitingInformation => [CaseAction.StartReview, CaseAction.ReturnForInformation],
            CaseState.Accepted => longer
                ? [CaseAction.StartReview, CaseAction.ReturnForInformation, CaseAction.SupplyInformation, CaseAction.Accept]
                : [CaseAction.StartReview, CaseAction.Accept],
            CaseState.NotAccepted => longer
                ? [CaseAction.StartReview, CaseAction.ReturnForInformation, CaseAction.Reject]
                : [CaseAction.StartReview, CaseAction.Reject],
            CaseState.Assigned => longer
                ? [CaseAction.StartReview, CaseAction.Accept, CaseAction.Assign, CaseAction.DepartmentAccept, CaseAction.Transfer]
                : [CaseAction.StartReview, CaseAction.Accept, CaseAction.Assign],
            CaseState.DepartmentAccepted => handled[..4],
            CaseState.BeingHandled => handled,
            CaseState.Concluded => [.. handled, CaseAction.Conclude],
            CaseState.ComplainantInformed => longer
                ? [CaseAction.StartReview, CaseAction.Reject, CaseAction.InformComplainant]
                : [.. handled, CaseAction.Conclude, CaseAction.InformComplainant],
            _ => [.. handled, CaseAction.Conclude, CaseAction.InformComplainant, CaseAction.Close],
        };
    }

    /// <summary>
    /// The step whose date decides whether the case is overdue (-1 = receipt) and the time limit it opened: the
    /// hand-over limit runs from receipt until assignment, department acceptance from assignment, conclusion from the
    /// department's acceptance, informing the complainant from the decision. Finished cases have no running limit.
    /// </summary>
    private static (int Index, DeadlineStage? Stage) KeyStep(CaseState state, CaseAction[] path) => state switch
    {
        CaseState.Received or CaseState.InitialReview or CaseState.AwaitingInformation or CaseState.Accepted => (-1, DeadlineStage.Handover),
        CaseState.NotAccepted or CaseState.Concluded => (path.Length - 1, DeadlineStage.InformComplainant),
        CaseState.Assigned => (path.Length - 1, DeadlineStage.DepartmentAcceptance),
        CaseState.DepartmentAccepted => (path.Length - 1, DeadlineStage.Conclusion),
        CaseState.BeingHandled => (path.Length - 2, DeadlineStage.Conclusion),
        _ => (path.Length - 1, null),
    };

    /// <summary>The latest day on which the limit could have started and still be overdue, due within the reminder window, or comfortably running.</summary>
    private DateOnly KeyDay(CaseKind kind, DeadlineStage stage, DemoTiming timing, bool staffStep)
    {
        var rule = policy.RuleFor(kind, stage);
        if (rule is null)
        {
            return WorkingDayOnOrBefore(today.AddDays(-1));
        }

        var soon = today.AddDays(Math.Min(2, ListCasesHandler.DueSoonDays));
        for (var age = timing == DemoTiming.OnTime ? random.Next(0, 2) : 0; age < 400; age++)
        {
            var start = today.AddDays(-age);
            if (staffStep && !policy.IsWorkingDay(start))
            {
                continue;
            }

            var due = DeadlineCalculator.Due(start, rule.Amount, rule.Unit, policy.IsWorkingDay);
            var fits = timing switch
            {
                DemoTiming.Overdue => due < today.AddDays(-1),
                DemoTiming.DueSoon => due >= today && due <= soon,
                _ => due > today.AddDays(ListCasesHandler.DueSoonDays),
            };
            if (fits)
            {
                return timing == DemoTiming.Overdue ? WorkingDayOnOrBefore(start.AddDays(-random.Next(0, 8))) : start;
            }
        }

        return today;
    }

    /// <param name="assignTo">Departments the case is first assigned to.</param>
    /// <param name="leads">Its competent departments (a transfer moves it there).</param>
    private void Step(ProtectionCase @case, CaseAction action, DateTime at, DateOnly on, List<string> assignTo, List<string> leads)
    {
        var lead = @case.LeadDepartmentCode;
        var departmentActor = lead == DemoDepartment ? DepartmentActor : BureauActor;
        var actor = action is CaseAction.DepartmentAccept or CaseAction.StartHandling or CaseAction.Conclude ? departmentActor : BureauActor;
        switch (action)
        {
            case CaseAction.StartReview: @case.StartReview(actor, at, null); break;
            case CaseAction.ReturnForInformation: @case.ReturnForInformation(actor, at, on, Pick(ProtectionDemoVocabulary.ReturnNotes)); break;
            case CaseAction.SupplyInformation: @case.SupplyInformation(actor, at, on, "投诉人已补充材料。", policy); break;
            case CaseAction.Accept: @case.Accept(actor, at, on, null); break;
            case CaseAction.Reject: @case.Reject(actor, at, on, Pick(ProtectionDemoVocabulary.RejectReasons), policy); break;
            case CaseAction.Assign: @case.Assign(assignTo, actor, at, on, "按职责转交主管部门办理。", policy); break;
            case CaseAction.DepartmentAccept: @case.DepartmentAccept(lead!, actor, at, on, "已签收回执。", policy); break;
            case CaseAction.StartHandling: @case.StartHandling(actor, at, "已现场检查，调取相关证据。"); break;
            case CaseAction.Transfer: @case.Transfer(leads, actor, at, on, "经核查不属本部门职责范围，经协调改由主管部门主办。", policy); break;
            case CaseAction.Conclude:
                var outcomes = CaseWorkflow.OutcomesFor(@case.Kind);
                var outcome = outcomes[random.Next(outcomes.Count)];
                var (result, publicOutcome, measures, penalties) = ProtectionDemoVocabulary.Conclusion(outcome);
                decimal? fine = outcome == CaseOutcome.Penalized ? random.Next(5, 100) * 1000m : null;
                @case.Conclude(outcome, result, measures, penalties, fine, publicOutcome, actor, at, on, policy);
                break;
            case CaseAction.InformComplainant: @case.InformComplainant(actor, at, on, @case.IsAnonymous ? "匿名投诉，已在查询页面公布结果。" : "已电话告知并寄送告知书。"); break;
            default: @case.Close(actor, at, "材料齐全，归档。"); break;
        }

        if (@case.NoticeDue(action) is { } kind)
        {
            set.Notices.Add(new DemoNotice(@case, kind, actor, at, on));
        }
    }

    /// <summary>Where a case later transferred went first: a department that turned out not to be competent.</summary>
    private List<string> FirstAssignment(List<string> leads) =>
        [departments.Contains("quality-supervision") && !leads.Contains("quality-supervision") ? "quality-supervision" : departments.FirstOrDefault(d => !leads.Contains(d)) ?? leads[0]];

    private ProtectionCase NewCase(CaseKind kind, CaseChannel channel, string respondent, string place, string description, DateOnly receivedOn, DateTime receivedAt, Guid? fairId)
    {
        ComplainantIdentity? identity = channel == CaseChannel.OnlinePortal && random.Next(3) == 0 ? null : Person();
        return new ProtectionCase(
            NewNumber(receivedOn),
            kind,
            channel,
            respondent,
            place,
            description,
            TrackingCode.Hash(TrackingCode.New()),
            idempotencyKey: null,
            identity is null ? null : protect(identity),
            PersonalDataMask.Mobile(identity?.Mobile),
            consentToContact: identity is not null && random.Next(4) > 0,
            channel == CaseChannel.OnlinePortal ? "portal" : BureauActor,
            receivedAt,
            receivedOn,
            policy,
            fairId);
    }

    private ComplainantIdentity Person()
    {
        var name = Pick(ProtectionDemoVocabulary.Surnames) + Pick(ProtectionDemoVocabulary.GivenNames);
        var mobile = string.Create(CultureInfo.InvariantCulture, $"1{Pick(["38", "39", "59", "86", "88", "35"])}{random.Next(0, 100_000_000):D8}");
        var address = string.Create(CultureInfo.InvariantCulture, $"福州市{Pick(ProtectionDemoVocabulary.Streets)}{random.Next(1, 400)}号");
        return new ComplainantIdentity(name, mobile, random.Next(3) == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"user{random.Next(1000, 9999)}@example.cn"), null, address);
    }

    private string NewNumber(DateOnly receivedOn)
    {
        while (true)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"IP{receivedOn:yyyyMMdd}-{random.Next():X8}");
            if (numbers.Add(number))
            {
                return number;
            }
        }
    }

    private void GenerateFairs()
    {
        for (var round = 0; round < scale; round++)
        {
            foreach (var (name, venue, organiser, startOffset, length) in ProtectionDemoVocabulary.Fairs)
            {
                var startsOn = today.AddDays(startOffset - (364 * round));
                var fair = new TradeFair(startsOn.Year.ToString(CultureInfo.InvariantCulture) + name, venue, organiser, startsOn, startsOn.AddDays(length - 1), BureauActor,
                    Clamp(Morning(startsOn.AddDays(-random.Next(20, 40)))));
                var booths = Enumerable.Range(0, random.Next(4, 7)).Select(i => ProtectionDemoVocabulary.Exhibitors[(i + round) % ProtectionDemoVocabulary.Exhibitors.Length]).ToList();
                foreach (var exhibitor in booths)
                {
                    var rights = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Right()).ToList();
                    fair.Declare(exhibitor, string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 6)}{(char)('A' + random.Next(0, 4))}-{random.Next(1, 60):D2}"), rights, BureauActor,
                        Clamp(Morning(startsOn.AddDays(-random.Next(1, 15))).AddMinutes(random.Next(0, 480))));
                }

                set.Fairs.Add(fair);
                if (startsOn <= today)
                {
                    OnSiteComplaints(fair);
                }
            }
        }
    }

    /// <summary>
    /// Complaints at the fair's desk (展会知识产权保护办法 art. 11-13): decided the same day, one decided late, one
    /// refused; at a fair running today one is still waiting, its same-day limit due today.
    /// </summary>
    private void OnSiteComplaints(TradeFair fair)
    {
        var running = fair.IsOpenOn(today);
        var day = running ? today : fair.StartsOn.AddDays(random.Next(0, Math.Max(1, fair.EndsOn.DayNumber - fair.StartsOn.DayNumber)));
        CaseAction[] handled = [CaseAction.StartReview, CaseAction.Accept, CaseAction.Assign, CaseAction.DepartmentAccept, CaseAction.StartHandling, CaseAction.Conclude];
        CaseAction[][] paths = running
            ? [[], handled, [CaseAction.StartReview, CaseAction.Reject, CaseAction.InformComplainant]]
            : [[.. handled, CaseAction.InformComplainant, CaseAction.Close], handled, [CaseAction.StartReview, CaseAction.Reject, CaseAction.InformComplainant, CaseAction.Close]];
        for (var i = 0; i < paths.Length; i++)
        {
            var complaint = ProtectionDemoVocabulary.FairComplaints[(i + set.Fairs.Count) % ProtectionDemoVocabulary.FairComplaints.Length];
            var booth = string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 6)}{(char)('A' + random.Next(0, 4))}-{random.Next(1, 60):D2}");
            var days = new DateOnly[paths[i].Length + 1];
            for (var s = 0; s < days.Length; s++)
            {
                // The second complaint of a past fair is decided the day after: the list shows it as late.
                days[s] = !running && i == 1 && s >= 5 ? day.AddDays(1) : day;
            }

            var times = Times(days);
            var @case = NewCase(complaint.Kind, CaseChannel.TradeFair, complaint.Respondent, $"{fair.Name} · {fair.Venue} · {booth}", complaint.Description, day, times[0], fair.Id);
            var leads = Active(complaint.Departments);
            for (var s = 0; s < paths[i].Length; s++)
            {
                Step(@case, paths[i][s], times[s + 1], days[s + 1], leads, leads);
            }

            set.Cases.Add(@case);
        }
    }

    private (DeclaredRightKind Kind, string Number, string? Title) Right()
    {
        var kind = (DeclaredRightKind)random.Next(0, 3);
        return kind switch
        {
            DeclaredRightKind.Patent => (kind, PatentNumber(), Pick(ProtectionDemoVocabulary.RightTitles)),
            DeclaredRightKind.Trademark => (kind, string.Create(CultureInfo.InvariantCulture, $"第{random.Next(3_000_000, 60_000_000)}号"), null),
            _ => (kind, string.Create(CultureInfo.InvariantCulture, $"闽作登字-{random.Next(2018, today.Year)}-A-{random.Next(1, 99_999_999):D8}"), null),
        };
    }

    /// <summary>A CNIPA application number with its check digit (GB/T… 2003 rule: weights 2-9 then 2-5, mod 11, 10 = X).</summary>
    private string PatentNumber()
    {
        var digits = string.Create(CultureInfo.InvariantCulture, $"{random.Next(2015, today.Year)}{random.Next(1, 4)}{random.Next(0, 10_000_000):D7}");
        int[] weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
        var sum = digits.Select((c, i) => (c - '0') * weights[i]).Sum() % 11;
        return $"ZL {digits[..4]} {digits[4]} {digits[5..]}.{(sum == 10 ? "X" : sum.ToString(CultureInfo.InvariantCulture))}";
    }

    private void GenerateJointActions()
    {
        var linked = new HashSet<Guid>();
        for (var round = 0; round < scale; round++)
        {
            foreach (var (title, lead, participants, scope, daysAgo, places, opened, goods, value, results) in ProtectionDemoVocabulary.JointActions)
            {
                if (!departments.Contains(lead))
                {
                    continue;
                }

                var date = WorkingDayOnOrBefore(today.AddDays(-daysAgo - (364 * round)));
                var kinds = scope switch
                {
                    EnforcementScope.Online => new[] { CaseKind.CopyrightInfringement },
                    EnforcementScope.TradeFair => [CaseKind.TradeFairInfringement],
                    _ => [CaseKind.TrademarkInfringement, CaseKind.PatentPassingOff],
                };
                var cases = set.Cases.Where(c => kinds.Contains(c.Kind) && c.ReceivedOn <= date.AddDays(30) && !linked.Contains(c.Id)
                        && (scope != EnforcementScope.TradeFair || c.ReceivedOn >= date.AddDays(-5)))
                    .Take(2).Select(c => c.Id).ToList();
                linked.UnionWith(cases);
                set.JointActions.Add(new JointEnforcementAction(
                    string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{title}"), date, lead, [.. participants.Where(departments.Contains)], scope,
                    places, Math.Max(opened, cases.Count), goods, value, results, cases, BureauActor, Clamp(Morning(date.AddDays(1)).AddHours(2))));
            }
        }
    }

    private List<string> Active(string[] wanted)
    {
        var active = wanted.Where(departments.Contains).ToList();
        return active.Count > 0 ? active : [departments.Contains(DemoDepartment) ? DemoDepartment : departments[0]];
    }

    /// <summary>Office-hours times for the step days, in order, never after now.</summary>
    private DateTime[] Times(DateOnly[] days)
    {
        var times = new DateTime[days.Length];
        for (var i = 0; i < days.Length; i++)
        {
            var at = Morning(days[i]).AddMinutes(random.Next(0, 480));
            if (i > 0 && at <= times[i - 1])
            {
                at = times[i - 1].AddMinutes(random.Next(5, 90));
            }

            // Steps taken today happened before now, still in order.
            var latest = utcNow.AddMinutes(-(days.Length - i));
            times[i] = at > latest ? latest : at;
        }

        return times;
    }

    /// <summary>09:00 in Shanghai on <paramref name="day"/>, as UTC.</summary>
    private static DateTime Morning(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Unspecified), TimeDisplay.Shanghai);

    private DateTime Clamp(DateTime utc) => utc > utcNow ? utcNow : utc;

    private DateOnly WorkingDayOnOrBefore(DateOnly day)
    {
        for (var i = 0; i < 30 && !policy.IsWorkingDay(day); i++)
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
