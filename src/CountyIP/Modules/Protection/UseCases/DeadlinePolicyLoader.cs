using CountyIP.Modules.Protection.Domain;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>Deadline rules from the database over the district's working-day calendar.</summary>
internal sealed class DeadlinePolicyLoader(CountyIpDbContext db, IWorkingDayCalendar calendar)
{
    public async Task<IDeadlinePolicy> LoadAsync(CancellationToken cancellationToken)
    {
        var rules = await db.Set<DeadlineRule>().AsNoTracking().ToListAsync(cancellationToken);
        return new Policy(rules, calendar);
    }

    private sealed class Policy(List<DeadlineRule> rules, IWorkingDayCalendar calendar) : IDeadlinePolicy
    {
        public DeadlineRule? RuleFor(CaseKind kind, DeadlineStage stage) => rules.FirstOrDefault(r => r.Kind == kind && r.Stage == stage);

        public bool IsWorkingDay(DateOnly date) => calendar.IsWorkingDay(date);
    }
}
