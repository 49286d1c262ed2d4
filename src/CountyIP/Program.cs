using CountyIP.Modules.Funding;
using CountyIP.Modules.Governance;
using CountyIP.Modules.Import;
using CountyIP.Modules.Indicators;
using CountyIP.Modules.Outreach;
using CountyIP.Modules.Plans;
using CountyIP.Modules.Protection;
using CountyIP.Modules.Publishing;
using CountyIP.Modules.ReferenceData;
using CountyIP.Modules.Registry;
using CountyIP.Modules.Registry.Demo;
using CountyIP.Modules.Registry.UseCases;
using CountyIP.Modules.Transfer;
using CountyIP.Platform;
using CountyIP.Platform.Configuration;
using CountyIP.Platform.Data.Backup;
using CountyIP.Platform.Modules;

// Composition root: the platform first, then each module's front door (DESIGN.md).
IReadOnlyList<IModule> modules =
[
    new ReferenceDataModule(),
    new PlansModule(),
    new RegistryModule(),
    new ImportModule(),
    new IndicatorsModule(),
    new ProtectionModule(),
    new FundingModule(),
    new PublishingModule(),
    new GovernanceModule(),
    new OutreachModule(),
    new TransferModule(),
    // tools/new-module.sh adds new modules above this line (and their using above).
];

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Resolve(args) });
// Issue 10 item 3: dependencies are explicit, so the container is checked when it is built in every environment
// (not only Development): a missing registration or a scoped service captured by a singleton fails at start.
builder.Host.UseDefaultServiceProvider(options =>
{
    options.ValidateScopes = true;
    options.ValidateOnBuild = true;
});
var seedDemo = SeedDemoCommand.TryParse(args, out var seedDemoSettings, out var seedDemoError);
if (seedDemoError is not null)
{
    await Console.Error.WriteLineAsync($"seed-demo: {seedDemoError}");
    return 2;
}

var backupCommand = BackupCommand.TryParse(args, out var backupError);
if (backupError is not null)
{
    await Console.Error.WriteLineAsync(backupError);
    return 2;
}

// seed-demo turns demo data on for this run; the start-up initialisation below then seeds it.
builder.Configuration.AddInMemoryCollection(seedDemoSettings);
WebApplication app;
try
{
    builder.AddCountyIpPlatform(modules);
    app = builder.Build();
    app.UseCountyIpPlatform(modules);
    if (backupCommand is { Verb: BackupCommand.Verify })
    {
        return await backupCommand.RunAsync(app.Services, Console.Out, Console.Error, CancellationToken.None);
    }

    if (backupCommand is { Verb: BackupCommand.Restore }
        && await backupCommand.RunAsync(app.Services, Console.Out, Console.Error, CancellationToken.None) is not 0 and var refused)
    {
        return refused;
    }

    // Migrations and seeders; after a restore they bring the restored database up to this version.
    await app.InitializeDatabaseAsync();
}
catch (StartupConfigurationException ex)
{
    // One clear line naming the setting; no stack trace (issue 2, §2).
    await Console.Error.WriteLineAsync($"CountyIP cannot start. {ex.Message}");
    return 1;
}

if (backupCommand is { Verb: BackupCommand.Restore })
{
    return 0;
}

if (backupCommand is { Verb: BackupCommand.Backup })
{
    return await backupCommand.RunAsync(app.Services, Console.Out, Console.Error, CancellationToken.None);
}

if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
{
    await Console.Out.WriteLineAsync("Migrations applied and reference data loaded.");
    return 0;
}

if (args.Contains(PatentSearchRebuild.Verb, StringComparer.OrdinalIgnoreCase))
{
    // Migrated and seeded above; this rebuilds the full-text index whether or not it looks behind (ADR 0027).
    await using var rebuildScope = app.Services.CreateAsyncScope();
    var rebuild = rebuildScope.ServiceProvider.GetRequiredService<PatentSearchRebuild>();
    var indexed = await rebuild.RebuildAsync(CancellationToken.None);
    var records = await rebuild.RebuildRecordsAsync(CancellationToken.None);
    await Console.Out.WriteLineAsync($"Full-text index rebuilt: {indexed} patents, {records} trademarks, copyrights and enterprises.");
    return 0;
}

if (seedDemo)
{
    await using var seedDemoScope = app.Services.CreateAsyncScope();
    return await seedDemoScope.ServiceProvider.GetRequiredService<SeedDemoReport>().WriteAsync(Console.Out, CancellationToken.None);
}

await app.RunAsync();
return 0;

/// <summary>Entry point type, public so tests can start the app with WebApplicationFactory.</summary>
public partial class Program;
