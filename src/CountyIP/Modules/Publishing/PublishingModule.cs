using CountyIP.Modules.Publishing.Api;
using CountyIP.Modules.Publishing.Demo;
using CountyIP.Modules.Publishing.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Modules;
using CountyIP.Platform.Ui;

namespace CountyIP.Modules.Publishing;

/// <summary>
/// Front door of the portal publishing module (issue 13 §4; source 四(三)4 "公共信息服务平台"): the bureau's notices,
/// policies and news with their attachments, the event calendar, and the public portal's home page, lists, feed and site
/// map. Staff write under /publishing; the public reads under /portal without signing in.
/// </summary>
public sealed class PublishingModule : IModule
{
    public IReadOnlyDictionary<string, string[]> Policies => PublishingPolicies.All;

    public IEnumerable<MenuEntry> MenuEntries { get; } =
    [
        // After the fund (500s) and before administration: the bureau's public face.
        new("Menu_Group_Publishing", "Menu_Articles", typeof(PublishingText), "/publishing/articles", "bi-newspaper", PublishingPolicies.Manage, Order: 700),
        new("Menu_Group_Publishing", "Menu_Events", typeof(PublishingText), "/publishing/events", "bi-calendar-event", PublishingPolicies.Manage, Order: 701),
    ];

    /// <summary>The portal's own pages: home first (the brand links to it), then the channels and the calendar; site map and feed at the foot.</summary>
    public IEnumerable<PortalLink> PortalLinks { get; } =
    [
        new("Portal_Home", typeof(PublishingText), "/portal", "bi-house", Order: 0),
        new("Portal_Notices", typeof(PublishingText), "/portal/notices", "bi-megaphone-fill", Order: 10),
        new("Portal_Policies", typeof(PublishingText), "/portal/policies", "bi-journal-text", Order: 20),
        new("Portal_News", typeof(PublishingText), "/portal/news", "bi-newspaper", Order: 30),
        new("Portal_Events", typeof(PublishingText), "/portal/events", "bi-calendar-event", Order: 40),
        new("Portal_Sitemap", typeof(PublishingText), "/portal/sitemap", "bi-diagram-3", Order: 100, InFooter: true),
        new("Portal_Rss", typeof(PublishingText), "/portal/rss.xml", "bi-rss", Order: 110, InFooter: true),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ListArticlesHandler>();
        services.AddScoped<GetArticleHandler>();
        services.AddScoped<CreateArticleHandler>();
        services.AddScoped<UpdateArticleHandler>();
        services.AddScoped<ArticleActionHandler>();
        services.AddScoped<AttachArticleFileHandler>();
        services.AddScoped<RemoveArticleFileHandler>();
        services.AddScoped<OpenArticleFileHandler>();
        services.AddScoped<ListEventsHandler>();
        services.AddScoped<GetEventHandler>();
        services.AddScoped<CreateEventHandler>();
        services.AddScoped<UpdateEventHandler>();
        services.AddScoped<EventActionHandler>();
        services.AddScoped<PortalReader>();
        services.AddScoped<PortalFeeds>();

        // Demo notices, policies, news and events in Development (or with CountyIP:DemoData), also reported by `seed-demo`.
        services.AddScoped<PublishingDemoSeeder>();
        services.AddScoped<IDataSeeder>(sp => sp.GetRequiredService<PublishingDemoSeeder>());
        services.AddScoped<IDemoDataReport>(sp => sp.GetRequiredService<PublishingDemoSeeder>());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPublishingEndpoints();
}
