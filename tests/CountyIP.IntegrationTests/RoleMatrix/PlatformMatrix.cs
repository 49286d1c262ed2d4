using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>Who may reach the platform's own endpoints and pages (DESIGN.md "Users and what they may touch").</summary>
public sealed class PlatformMatrix : IRoleMatrix
{
    public IEnumerable<MatrixEntry> Entries =>
    [
        // Files under wwwroot and the framework's scripts: the sign-in page needs them before anyone signs in.
        MatrixEntry.StaticAssets(Who.Everyone),
        // MapStaticAssets adds this fallback when it runs from a build (not a publish) manifest, to serve files added
        // after start-up (wwwroot is public, like the static assets); routing does not select it for a missing file,
        // which is then a plain 404 for everyone.
        new("GET", "{**path:file}", Who.Everyone, SampleUrl: "/no-such-file.txt", NotRouted: true),
        // Blazor's redirect helper for enhanced navigation is not used by static SSR forms here; closed by default.
        new("GET", "/_framework/opaque-redirect", Who.Nobody),

        new("*", "/healthz", Who.Everyone),
        new("GET", "/culture", Who.Everyone),
        new("GET", "/openapi/{documentName}.json", Who.Everyone),
        new("GET", "/scalar/{documentName?}", Who.Everyone),
        new("GET", "/scalar/scalar.js", Who.Everyone),
        new("GET", "/scalar/scalar.aspnetcore.js", Who.Everyone),
        new("GET", "/scalar/favicon.svg", Who.Everyone),

        new("GET", "/", Who.SignedIn),
        new("POST", "/", Who.SignedIn),
        new("GET", "/error", Who.Everyone),
        new("POST", "/error", Who.Everyone),
        new("GET", "/not-found", Who.Everyone),
        new("POST", "/not-found", Who.Everyone),
        new("GET", "/account/access-denied", Who.Everyone),
        new("POST", "/account/access-denied", Who.Everyone),

        // Background jobs: every signed-in account sees only its own jobs (filtered in the query).
        new("GET", "/api/jobs/", Who.SignedIn),
        new("GET", "/api/jobs/{id:guid}", Who.SignedIn),
        new("GET", "/api/jobs/{id:guid}/file", Who.SignedIn),
        // Notifications: every signed-in account reads and marks only its own (filtered in the query; another's id is 404).
        new("GET", "/api/notifications/", Who.SignedIn),
        new("GET", "/api/notifications/unread-count", Who.SignedIn),
        new("POST", "/api/notifications/{id:guid}/read", Who.SignedIn),
        new("POST", "/api/notifications/read-all", Who.SignedIn),
        new("GET", "/notifications", Who.SignedIn),
        new("POST", "/notifications", Who.SignedIn),
        new("GET", "/jobs", Who.SignedIn),
        new("POST", "/jobs", Who.SignedIn),
        new("GET", "/jobs/{Id:guid}", Who.SignedIn),
        new("POST", "/jobs/{Id:guid}", Who.SignedIn),
    ];
}
