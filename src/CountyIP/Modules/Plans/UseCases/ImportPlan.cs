using CountyIP.Modules.Plans.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Plans.UseCases;

/// <summary>A plan file's text to validate and store; <paramref name="Activate"/> also makes it the active plan.</summary>
public sealed record ImportPlanCommand(string Content, bool Activate = false);

/// <summary>The stored plan, or the problems that made the file be refused.</summary>
public sealed record ImportPlanResult(PlanSummary? Plan, IReadOnlyList<PlanFileError> Errors);

internal sealed class ImportPlanHandler(CountyIpDbContext db, TimeProvider clock, IStringLocalizer<PlansText> t)
{
    public async Task<ImportPlanResult> HandleAsync(ImportPlanCommand command, CancellationToken cancellationToken)
    {
        var (plan, errors) = PlanFile.Parse(command.Content);
        if (plan is null)
        {
            return new ImportPlanResult(null, errors);
        }

        // A plan is the basis of indicators already reported: it is never overwritten; a revised plan gets a new id.
        if (await db.Set<StoredPlan>().AnyAsync(p => p.Id == plan.Id, cancellationToken))
        {
            throw new BusinessRuleException("plan-exists", t["Rule_PlanExists", plan.Id]);
        }

        var stored = new StoredPlan(plan.Id, plan.Title.Zh, plan.Title.En, command.Content, clock.GetUtcNow().UtcDateTime);
        db.Add(stored);
        if (command.Activate || !await db.Set<StoredPlan>().AnyAsync(p => p.IsActive, cancellationToken))
        {
            await foreach (var other in db.Set<StoredPlan>().Where(p => p.IsActive).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                other.Deactivate();
            }

            stored.Activate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportPlanResult(PlanSummary.From(stored, plan), []);
    }
}
