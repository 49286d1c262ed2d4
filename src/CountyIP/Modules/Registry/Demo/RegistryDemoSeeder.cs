using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Modules.Registry.Data;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CountyIP.Modules.Registry.Demo;

/// <summary>Row counts of the registry after seeding, printed by <c>seed-demo</c>.</summary>
public sealed record RegistryDemoCounts(int Enterprises, int Patents, int Trademarks, int Copyrights, int Standards, int Agencies);

/// <summary>
/// Loads the generated demo district when demo data is on and the registry has no enterprise yet (a bureau's own data
/// is never mixed with invented records). All rows go in one transaction, so a killed run leaves nothing and the next
/// start tries again.
/// </summary>
internal sealed class RegistryDemoSeeder(
    CountyIpDbContext db,
    IReferenceDirectory reference,
    IOptions<RegistryOptions> options,
    TimeProvider clock,
    RegistryDemoRun run,
    EntityBulkWriterFactory writers,
    IRoleMembers members,
    WatchRuleRunner watchRules,
    ILogger<RegistryDemoSeeder> logger) : IDataSeeder
{
    public int Order => 900;

    public bool IsDemoData => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Enterprise>().AnyAsync(cancellationToken))
        {
            logger.LogInformation("Registry demo data skipped: the registry already has enterprises.");
            return;
        }

        var units = (await reference.ListUnitsAsync(null, cancellationToken))
            .Where(u => u.Kind is "SubDistrict" or "Town")
            .Select(u => new DemoUnit(u.Code, u.NameZh))
            .ToList();
        var settings = options.Value;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var set = DemoDataGenerator.Generate(settings.DemoSeed, settings.DemoScale, units, clock.GetUtcNow().UtcDateTime, Guid.Parse(DemoAccounts.EnterpriseScopeId));

        var generated = System.Diagnostics.Stopwatch.GetElapsedTime(started);

        // Through the import's bulk writer (one prepared INSERT per table, no change tracker) in one bulk transaction:
        // SaveChanges in batches took 8.7 s for the default district, most of a first start (issue 11 §4).
        await using (var load = await BulkLoad.BeginAsync(db, cancellationToken))
        {
            using (var writer = writers.Create())
            {
                writer.InsertAll(set.Agencies);
                writer.InsertAll(set.Enterprises);
                writer.InsertAll(set.Patents);
                writer.InsertAll(set.Trademarks);
                writer.InsertAll(set.Copyrights);
                writer.InsertAll(set.Standards);
            }

            // The bulk writer skips the change tracker, so the full-text index is written beside it (ADR 0027).
            using (var search = PatentSearchWriter.Create(db))
            {
                foreach (var patent in set.Patents)
                {
                    search.Put(patent);
                }
            }

            await load.CommitAsync(cancellationToken);
        }

        await AddWatchRulesAsync(set, cancellationToken);
        run.Generated = true;
        logger.LogInformation(
            "Registry demo data: {Enterprises} enterprises, {Patents} patents, {Trademarks} trademarks, {Copyrights} copyrights, {Standards} standards projects, {Agencies} agencies (seed {Seed}, scale {Scale}; generated in {Generate} s, inserted in {Insert} s).",
            set.Enterprises.Count, set.Patents.Count, set.Trademarks.Count, set.Copyrights.Count, set.Standards.Count, set.Agencies.Count, settings.DemoSeed, settings.DemoScale,
            Math.Round(generated.TotalSeconds, 1), Math.Round((System.Diagnostics.Stopwatch.GetElapsedTime(started) - generated).TotalSeconds, 1));
    }

    /// <summary>
    /// The demo enterprise watches its largest competitor (as applicant) and a technology field; both rules are run once
    /// over the district, so its inbox and rules page show what a watch rule brings (issue 13 §3).
    /// </summary>
    private async Task AddWatchRulesAsync(DemoDataSet set, CancellationToken cancellationToken)
    {
        var own = Guid.Parse(DemoAccounts.EnterpriseScopeId);
        var accounts = await members.FindAsync(Roles.Enterprise, DemoAccounts.EnterpriseScopeId, cancellationToken);
        var account = accounts.Count > 0 ? accounts[0] : null;
        var competitor = set.Patents.Where(p => p.EnterpriseId is { } e && e != own).GroupBy(p => p.EnterpriseId!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => set.Enterprises.Single(e => e.Id == g.Key).Name).FirstOrDefault();
        if (account is null || competitor is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.AddRange(
            new WatchRule { OwnerUserId = account.UserId, Name = "竞争对手动向：" + competitor, Query = "pa:" + competitor, CreatedUtc = now },
            new WatchRule { OwnerUserId = account.UserId, Name = "锂离子电池技术动态", Query = "锂离子电池 ipc:H01M", CreatedUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        await watchRules.RunAsync(DateTime.MinValue, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<RegistryDemoCounts> CountAsync(CancellationToken cancellationToken) => new(
        await db.Set<Enterprise>().CountAsync(cancellationToken),
        await db.Set<Patent>().CountAsync(cancellationToken),
        await db.Set<Trademark>().CountAsync(cancellationToken),
        await db.Set<CopyrightRegistration>().CountAsync(cancellationToken),
        await db.Set<StandardsProject>().CountAsync(cancellationToken),
        await db.Set<ServiceAgency>().CountAsync(cancellationToken));
}
