using System.Globalization;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Modules.Protection.UseCases;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Protection.Demo;

/// <summary>
/// Loads the protection side of the demo district (cases in every state, trade fairs, joint enforcement actions) when
/// demo data is on and the module holds no case, fair or joint action yet: the bureau's own records are never mixed with
/// invented ones, and a second start adds nothing. It follows the registry's demo seed and scale
/// (<c>seed-demo --seed S --scale N</c>, <c>Registry__DemoSeed</c>, <c>Registry__DemoScale</c>): one demo district.
/// All rows go in one transaction; the notices' files written before a failed save are deleted again.
/// </summary>
internal sealed class ProtectionDemoSeeder(
    CountyIpDbContext db,
    IReferenceDirectory reference,
    DeadlinePolicyLoader policies,
    IdentityProtector identities,
    IFileStore files,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<ProtectionDemoSeeder> logger) : IDataSeeder, IDemoDataReport
{
    private const int BatchSize = 500;

    /// <summary>After the registry's demo district (900).</summary>
    public int Order => 950;

    public bool IsDemoData => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<ProtectionCase>().AnyAsync(cancellationToken) || await db.Set<TradeFair>().AnyAsync(cancellationToken)
            || await db.Set<JointEnforcementAction>().AnyAsync(cancellationToken))
        {
            logger.LogInformation("Protection demo data skipped: the module already has cases, trade fairs or joint actions.");
            return;
        }

        var departments = (await reference.ListDepartmentsAsync(activeOnly: true, cancellationToken)).Select(d => d.Code).ToList();
        if (departments.Count == 0)
        {
            logger.LogWarning("Protection demo data skipped: the reference data has no active department to hand cases to.");
            return;
        }

        var seed = configuration.GetValue("Registry:DemoSeed", 2013);
        var scale = Math.Clamp(configuration.GetValue("Registry:DemoScale", 1), 1, 1000);
        var policy = await policies.LoadAsync(cancellationToken);
        var set = ProtectionDemoGenerator.Generate(seed, scale, clock.GetUtcNow().UtcDateTime, policy, departments, identities.Protect);

        var written = new List<string>();
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // Same writer as the workflow's own notices (告知书: case number and public outcome, never the complainant).
            foreach (var notice in set.Notices)
            {
                using var content = new MemoryStream(NoticeWriter.Write(notice.Case, notice.Kind, notice.On));
                var key = await files.SaveAsync("protection-notices", content, cancellationToken);
                written.Add(key);
                notice.Case.RecordNoticeSent(notice.Kind, key, notice.Actor, notice.AtUtc);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.InsertInBatchesAsync(set.Fairs, BatchSize, cancellationToken);
            await db.InsertInBatchesAsync(set.Cases, BatchSize, cancellationToken);
            await db.InsertInBatchesAsync(set.JointActions, BatchSize, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            written.ForEach(files.Delete);
            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }

        logger.LogInformation(
            "Protection demo data: {Cases} cases, {Fairs} trade fairs, {JointActions} joint enforcement actions, {Notices} notices (seed {Seed}, scale {Scale}).",
            set.Cases.Count, set.Fairs.Count, set.JointActions.Count, set.Notices.Count, seed, scale);
    }

    public async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        var states = await db.Set<ProtectionCase>().GroupBy(c => c.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byState = string.Join(", ", Enum.GetValues<CaseState>().Select(s => $"{s} {states.FirstOrDefault(x => x.State == s)?.Count ?? 0}"));
        var fairs = await db.Set<TradeFair>().CountAsync(cancellationToken);
        var declarations = await db.Set<ExhibitorDeclaration>().CountAsync(cancellationToken);
        var onSite = await db.Set<ProtectionCase>().CountAsync(c => c.FairId != null, cancellationToken);
        var jointActions = await db.Set<JointEnforcementAction>().CountAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture,
            $"protection cases {states.Sum(s => s.Count)} ({byState}), trade fairs {fairs}, exhibitor declarations {declarations}, on-site complaints {onSite}, joint enforcement actions {jointActions}");
    }
}
