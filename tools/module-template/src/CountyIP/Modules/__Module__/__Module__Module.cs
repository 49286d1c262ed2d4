using CountyIP.Modules.__Module__.Api;
using CountyIP.Modules.__Module__.Demo;
using CountyIP.Modules.__Module__.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Modules;
using CountyIP.Platform.Ui;

namespace CountyIP.Modules.__Module__;

/// <summary>
/// Front door of the __ModuleEn__ module (docs/architecture.md "module anatomy"): its services, API routes, policies
/// and menu entries. Program lists it; the platform calls these members and knows nothing else about it.
/// </summary>
public sealed class __Module__Module : IModule
{
    public IReadOnlyDictionary<string, string[]> Policies => __Module__Policies.All;

    public IEnumerable<MenuEntry> MenuEntries { get; } =
    [
        // Order places the entry in the menu (100s reference data … 400s protection): move it to where the module belongs.
        new("Menu_Group___Module__", "Menu___Module__Items", typeof(__Module__Text), "/__module__/items", "bi-card-list", __Module__Policies.Manage, Order: 900),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<List__Module__ItemsHandler>();
        services.AddScoped<Create__Module__ItemHandler>();

        // Demo rows in Development (or with CountyIP:DemoData): one seeder, also reporting to `seed-demo`.
        services.AddScoped<__Module__DemoSeeder>();
        services.AddScoped<IDataSeeder>(sp => sp.GetRequiredService<__Module__DemoSeeder>());
        services.AddScoped<IDemoDataReport>(sp => sp.GetRequiredService<__Module__DemoSeeder>());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.Map__Module__Endpoints();
}
