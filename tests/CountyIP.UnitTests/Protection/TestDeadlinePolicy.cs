using CountyIP.Modules.Protection.Domain;

namespace CountyIP.UnitTests.Protection;

/// <summary>A holiday calendar for tests: weekends rest, listed holidays rest, listed make-up days work.</summary>
internal sealed class TestDeadlinePolicy(IEnumerable<DateOnly>? holidays = null, IEnumerable<DateOnly>? makeUpWorkingDays = null) : IDeadlinePolicy
{
    private readonly HashSet<DateOnly> holidays = [.. holidays ?? []];
    private readonly HashSet<DateOnly> makeUp = [.. makeUpWorkingDays ?? []];

    public static readonly IReadOnlyList<DeadlineRule> Rules =
    [
        .. Enum.GetValues<CaseKind>().SelectMany(k => new[]
        {
            new DeadlineRule(k, DeadlineStage.InitialReview, 5, DeadlineUnit.WorkingDays, 0, "test"),
            new DeadlineRule(k, DeadlineStage.Handover, 5, DeadlineUnit.WorkingDays, 0, "test"),
            new DeadlineRule(k, DeadlineStage.DepartmentAcceptance, 15, DeadlineUnit.WorkingDays, 15, "test"),
            new DeadlineRule(k, DeadlineStage.Conclusion, 90, DeadlineUnit.CalendarDays, 30, "test"),
            new DeadlineRule(k, DeadlineStage.InformComplainant, 5, DeadlineUnit.WorkingDays, 0, "test"),
            new DeadlineRule(k, DeadlineStage.OnSiteHandling, 0, DeadlineUnit.WorkingDays, 0, "test"),
        }),
    ];

    public DeadlineRule? RuleFor(CaseKind kind, DeadlineStage stage) => Rules.FirstOrDefault(r => r.Kind == kind && r.Stage == stage);

    public bool IsWorkingDay(DateOnly date) =>
        makeUp.Contains(date) || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(date));
}
