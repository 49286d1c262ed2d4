using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;
using CountyIP.Modules.Publishing;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>
/// The portal publishing module: writing, publishing, pinning and withdrawing need <see cref="PublishingPolicies.Manage"/>
/// (bureau staff); the portal's pages, its read API, the feed and the site map are everyone's (published items only).
/// Keep this table in step with PublishingPolicies: the role-matrix test calls every endpoint as every role.
/// </summary>
public sealed class PublishingMatrix : IRoleMatrix
{
    private static readonly IReadOnlyCollection<string> Manage = Who.Only(PublishingPolicies.All[PublishingPolicies.Manage]);

    public IEnumerable<MatrixEntry> Entries =>
    [
        new("GET", "/api/publishing/articles/", Manage),
        new("POST", "/api/publishing/articles/", Manage),
        new("GET", "/api/publishing/articles/{id:guid}", Manage),
        new("PUT", "/api/publishing/articles/{id:guid}", Manage),
        new("POST", "/api/publishing/articles/{id:guid}/actions", Manage),
        new("POST", "/api/publishing/articles/{id:guid}/attachments", Manage),
        new("GET", "/api/publishing/articles/{id:guid}/attachments/{attachmentId:guid}", Manage),
        new("DELETE", "/api/publishing/articles/{id:guid}/attachments/{attachmentId:guid}", Manage),
        new("GET", "/api/publishing/events/", Manage),
        new("POST", "/api/publishing/events/", Manage),
        new("GET", "/api/publishing/events/{id:guid}", Manage),
        new("PUT", "/api/publishing/events/{id:guid}", Manage),
        new("POST", "/api/publishing/events/{id:guid}/actions", Manage),

        new("GET", "/api/portal/articles", Who.Everyone),
        new("GET", "/api/portal/articles/{id:guid}", Who.Everyone),
        new("GET", "/api/portal/articles/{id:guid}/attachments/{attachmentId:guid}", Who.Everyone),
        new("GET", "/api/portal/events", Who.Everyone),
        new("GET", "/portal/rss.xml", Who.Everyone),
        new("GET", "/sitemap.xml", Who.Everyone),
        new("GET", "/portal/events.ics", Who.Everyone),

        new("GET", "/publishing/articles", Manage),
        new("POST", "/publishing/articles", Manage),
        new("GET", "/publishing/articles/new", Manage),
        new("POST", "/publishing/articles/new", Manage),
        new("GET", "/publishing/articles/{Id:guid}", Manage),
        new("POST", "/publishing/articles/{Id:guid}", Manage),
        new("GET", "/publishing/articles/{Id:guid}/edit", Manage),
        new("POST", "/publishing/articles/{Id:guid}/edit", Manage),
        new("GET", "/publishing/events", Manage),
        new("POST", "/publishing/events", Manage),
        new("GET", "/publishing/events/new", Manage),
        new("POST", "/publishing/events/new", Manage),
        new("GET", "/publishing/events/{Id:guid}/edit", Manage),
        new("POST", "/publishing/events/{Id:guid}/edit", Manage),

        new("GET", "/portal", Who.Everyone),
        new("POST", "/portal", Who.Everyone),
        new("GET", "/portal/notices", Who.Everyone),
        new("POST", "/portal/notices", Who.Everyone),
        new("GET", "/portal/policies", Who.Everyone),
        new("POST", "/portal/policies", Who.Everyone),
        new("GET", "/portal/news", Who.Everyone),
        new("POST", "/portal/news", Who.Everyone),
        new("GET", "/portal/articles/{Id:guid}", Who.Everyone),
        new("POST", "/portal/articles/{Id:guid}", Who.Everyone),
        new("GET", "/portal/events", Who.Everyone),
        new("POST", "/portal/events", Who.Everyone),
        new("GET", "/portal/sitemap", Who.Everyone),
        new("POST", "/portal/sitemap", Who.Everyone),
    ];
}
