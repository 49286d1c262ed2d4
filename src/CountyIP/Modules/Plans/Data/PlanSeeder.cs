using CountyIP.Modules.Plans.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Plans.Data;

/// <summary>
/// Loads the plan files shipped in <c>plans/</c> on start: a plan whose id is not stored yet is added; stored plans
/// are never changed. When no plan is active, <see cref="DefaultPlanId"/> (the 2013 Cangshan plan) becomes active.
/// </summary>
internal sealed class PlanSeeder(CountyIpDbContext db, TimeProvider clock, ILogger<PlanSeeder> logger) : IDataSeeder
{
    public const string DefaultPlanId = "cangshan-2013";

    public int Order => 200;

    public bool IsDemoData => false;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "plans");

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Set<StoredPlan>().ToListAsync(cancellationToken);
        IEnumerable<string> files = Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal) : [];
        foreach (var path in files)
        {
            var content = await File.ReadAllTextAsync(path, cancellationToken);
            var (plan, errors) = PlanFile.Parse(content);
            if (plan is null)
            {
                logger.LogError("Plan file {Path} is refused: {Errors}", path, string.Join("; ", errors));
                continue;
            }

            if (stored.All(p => p.Id != plan.Id))
            {
                var row = new StoredPlan(plan.Id, plan.Title.Zh, plan.Title.En, content, clock.GetUtcNow().UtcDateTime);
                db.Add(row);
                stored.Add(row);
                logger.LogInformation("Plan {PlanId} loaded from {Path}", plan.Id, path);
            }
        }

        if (!stored.Any(p => p.IsActive))
        {
            (stored.FirstOrDefault(p => p.Id == DefaultPlanId) ?? stored.OrderBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault())?.Activate();
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
