using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Infrastructure.RoleMatrix;

/// <summary>One (method, route) the running app serves, with a URL that reaches it.</summary>
/// <remarks><paramref name="ContentTypes"/>: the request bodies the endpoint accepts (empty: any or none), so the empty body
/// sent to it matches and routing selects it.</remarks>
public sealed record AppEndpoint(string Method, string Route, string Url, bool IsPage, string? Policy, bool AllowsAnonymous, IReadOnlyList<string> ContentTypes)
{
    public string Key => $"{Method} {Route}";
}

/// <summary>Enumerates the running app's endpoints (API routes, Blazor pages, framework and static assets) at run time.</summary>
public static class AppEndpoints
{
    public static IReadOnlyList<AppEndpoint> Of(IServiceProvider services)
    {
        var result = new Dictionary<string, AppEndpoint>(StringComparer.Ordinal);
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var raw = endpoint.RoutePattern.RawText ?? string.Empty;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
            var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            var policy = authorize.Select(a => a.Policy).FirstOrDefault(p => p is not null);
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var isPage = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            IReadOnlyList<string> contentTypes = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [];
            foreach (var method in methods)
            {
                // HEAD is answered by the GET handler; checking GET covers it.
                if (method == HttpMethods.Head && methods.Contains(HttpMethods.Get))
                {
                    continue;
                }

                var route = endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is null ? raw : MatrixEntry.StaticAssetsRoute;
                var url = route == MatrixEntry.StaticAssetsRoute ? "/" + raw.TrimStart('/') : SampleUrl(endpoint.RoutePattern);
                // Static assets collapse into one entry but every asset URL is kept for the check (see the test).
                var key = route == MatrixEntry.StaticAssetsRoute ? $"{method} {route} {raw}" : $"{method} {route}";
                result.TryAdd(key, new AppEndpoint(method, route, url, isPage, policy, anonymous, contentTypes));
            }
        }

        return [.. result.Values.OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).ThenBy(e => e.Url, StringComparer.Ordinal)];
    }

    /// <summary>A URL for the pattern with dummy values that satisfy common constraints (guid, int, file…).</summary>
    public static string SampleUrl(RoutePattern pattern)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart parameter => DummyValue(parameter),
                _ => string.Empty,
            }));
            segments.Add(text);
        }

        return "/" + string.Join('/', segments);
    }

    private static string DummyValue(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? string.Empty).ToList();
        if (parameter.Default is { } value)
        {
            return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "x";
        }

        string[] known = ["guid", "int", "long", "decimal", "double", "float", "bool", "datetime", "file"];
        return constraints.FirstOrDefault(c => known.Contains(c, StringComparer.Ordinal)) switch
        {
            "guid" => Guid.NewGuid().ToString(),
            "int" or "long" or "decimal" or "double" or "float" => "1",
            "bool" => "true",
            "datetime" => "2026-01-01",
            "file" => "x.txt",
            _ => "x",
        };
    }
}
