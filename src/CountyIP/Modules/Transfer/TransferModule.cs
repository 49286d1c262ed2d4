using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Transfer.Api;
using CountyIP.Modules.Transfer.Calculators;
using CountyIP.Modules.Transfer.Demo;
using CountyIP.Modules.Transfer.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Modules;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Ui;

namespace CountyIP.Modules.Transfer;

/// <summary>
/// Front door of the IP use and finance module (issue 16, ADR 0031): industrialisation projects, licence-contract filing,
/// pledge financing and assignments, each checked against the ledger (<c>Registry.Contracts.IRightsLedger</c>); the
/// calculators of the two project targets of 二(二)5. Program lists it; the platform calls these members and knows
/// nothing else about it.
/// </summary>
public sealed class TransferModule : IModule
{
    public IReadOnlyDictionary<string, string[]> Policies => TransferPolicies.All;

    public IEnumerable<MenuEntry> MenuEntries { get; } =
    [
        new("Menu_Group_Transfer", "Menu_Projects", typeof(TransferText), "/transfer/projects", "bi-gear-wide-connected", TransferPolicies.ReadProjects, Order: 670),
        new("Menu_Group_Transfer", "Menu_Licences", typeof(TransferText), "/transfer/licences", "bi-file-earmark-text", TransferPolicies.Read, Order: 671),
        new("Menu_Group_Transfer", "Menu_Pledges", typeof(TransferText), "/transfer/pledges", "bi-bank", TransferPolicies.Read, Order: 672),
        new("Menu_Group_Transfer", "Menu_Assignments", typeof(TransferText), "/transfer/assignments", "bi-arrow-left-right", TransferPolicies.Read, Order: 673),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TransferScope>();
        services.AddScoped<RightChecks>();
        services.AddScoped<IRightOwnership, AssignmentOwnership>();
        services.AddScoped<BankDirectory>();
        services.AddScoped<LicenceHandler>();
        services.AddScoped<PledgeHandler>();
        services.AddScoped<PledgeFiguresHandler>();
        services.AddScoped<RightNumbers>();
        services.AddScoped<TransferExports>();
        services.AddScoped<AssignmentHandler>();
        services.AddScoped<ProjectHandler>();
        services.AddScoped<StatusWatch>();
        services.AddRecurringJob<StatusWatchJob>(StatusWatchJob.KindName, StatusWatchJob.Interval);
        services.AddScoped<IWorkbenchSource, TransferWorkbench>();
        foreach (var kind in TransferNotifications.All)
        {
            services.AddNotificationKind(kind);
        }

        services.AddIndicatorCalculator<SupportedProjectsCalculator>();
        services.AddIndicatorCalculator<IntroducedProjectsCalculator>();

        // Demo rows in Development (or with CountyIP:DemoData): one seeder, also reporting to `seed-demo`.
        services.AddScoped<TransferDemoSeeder>();
        services.AddScoped<IDataSeeder>(sp => sp.GetRequiredService<TransferDemoSeeder>());
        services.AddScoped<IDemoDataReport>(sp => sp.GetRequiredService<TransferDemoSeeder>());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapTransferEndpoints();
}
