using CountyIP.Modules.Plans.Api;
using CountyIP.Modules.Plans.Contracts;
using CountyIP.Modules.Plans.Data;
using CountyIP.Modules.Plans.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Modules;
using CountyIP.Platform.Security;
using CountyIP.Platform.Ui;

namespace CountyIP.Modules.Plans;

/// <summary>Work plans as data (issue 2 §7): the 2013 Cangshan plan and any plan the bureau imports; one is active.</summary>
public sealed class PlansModule : IModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ListPlansHandler>();
        services.AddScoped<GetPlanHandler>();
        services.AddScoped<ImportPlanHandler>();
        services.AddScoped<ActivatePlanHandler>();
        services.AddScoped<IPlanCatalog, PlanCatalog>();
        services.AddScoped<IDataSeeder, PlanSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPlansEndpoints();

    public IReadOnlyDictionary<string, string[]> Policies { get; } = new Dictionary<string, string[]>();

    public IEnumerable<MenuEntry> MenuEntries { get; } =
    [
        new("Menu_Group_Plan", "Menu_Plans", typeof(PlansText), "/plans", "bi-journal-text", Platform.Security.Policies.InternalUser, 200),
    ];
}
