using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Infrastructure.RoleMatrix;

/// <summary>
/// One area's part of the declared access matrix (issue 2: every endpoint and page, every role, anonymous included).
/// Each team keeps its own file under tests/CountyIP.IntegrationTests/RoleMatrix/ (e.g. <c>ReferenceDataMatrix.cs</c>);
/// the role matrix test finds every implementation by reflection, so adding a file needs no shared edit.
/// </summary>
public interface IRoleMatrix
{
    IEnumerable<MatrixEntry> Entries { get; }
}

/// <summary>
/// Who may call <paramref name="Method"/> <paramref name="Route"/> (the route pattern exactly as mapped, e.g.
/// <c>/api/jobs/{id:guid}</c>; <c>*</c> for an endpoint that accepts every method). <paramref name="SampleUrl"/> is
/// only needed when dummy route values (a Guid, 1, "x") cannot reach the endpoint. <paramref name="NotRouted"/> marks
/// an endpoint that exists but that routing never selects (say why in a comment): its request is still checked
/// against <paramref name="Allowed"/>, only the "reached the endpoint" check is waived.
/// </summary>
public sealed record MatrixEntry(string Method, string Route, IReadOnlyCollection<string> Allowed, string? SampleUrl = null, bool NotRouted = false)
{
    /// <summary>Route of the one entry that covers every static asset (files under wwwroot and the framework's scripts).</summary>
    public const string StaticAssetsRoute = "[static assets]";

    public static MatrixEntry StaticAssets(IReadOnlyCollection<string> allowed) => new("GET", StaticAssetsRoute, allowed);

    public string Key => $"{Method} {Route}";
}

/// <summary>The callers a matrix entry names: the roles of <see cref="Roles"/> plus <see cref="Anonymous"/>.</summary>
public static class Who
{
    public const string Anonymous = nameof(Anonymous);

    /// <summary>Anyone, signed in or not.</summary>
    public static readonly IReadOnlyCollection<string> Everyone = [Anonymous, .. Roles.All];

    /// <summary>Every role; anonymous refused.</summary>
    public static readonly IReadOnlyCollection<string> SignedIn = [.. Roles.All];

    /// <summary>Refused to everyone (framework endpoints the deny-by-default fallback policy closes).</summary>
    public static readonly IReadOnlyCollection<string> Nobody = [];

    /// <summary>Every internal role (<see cref="Policies.InternalUser"/>): all but Enterprise; anonymous refused.</summary>
    public static readonly IReadOnlyCollection<string> Internal = [.. Roles.All.Where(r => r != Roles.Enterprise)];

    public static IReadOnlyCollection<string> Only(params string[] roles) => roles;

    /// <summary>The callers a matrix is checked against, in the order the test runs them.</summary>
    public static readonly IReadOnlyList<string> AllCallers = [Anonymous, .. Roles.All];
}
