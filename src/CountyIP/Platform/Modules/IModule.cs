using CountyIP.Platform.Ui;

namespace CountyIP.Platform.Modules;

/// <summary>
/// A business module's front door (DESIGN.md layout: <c>&lt;Module&gt;Module.cs</c>). Program lists the modules;
/// the platform calls these members and otherwise knows nothing about them.
/// </summary>
public interface IModule
{
    /// <summary>Registers the module's services (handlers, seeders, contracts).</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's API routes.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>Policies the module's endpoints and pages use: policy name → roles.</summary>
    IReadOnlyDictionary<string, string[]> Policies { get; }

    /// <summary>Menu entries, each guarded by a policy; the menu shows only what the user may open.</summary>
    IEnumerable<MenuEntry> MenuEntries { get; }

    /// <summary>
    /// Public pages (anonymous, no personal data) the portal's navigation and site map list; most modules have none.
    /// </summary>
    IEnumerable<PortalLink> PortalLinks => [];
}
