using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace CountyIP.IntegrationTests.Infrastructure.RoleMatrix;

/// <summary>
/// Tells the test which endpoint routing picked for a request (response header <see cref="HeaderName"/>), so a
/// check cannot pass by accident when dummy route values miss the endpoint. Keeps the first endpoint chosen, because
/// the status-code and exception pages re-execute the request on another endpoint.
/// </summary>
internal sealed class EndpointProbe : IStartupFilter
{
    public const string HeaderName = "X-Test-Endpoint";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            var feature = new RecordingEndpointFeature();
            context.Features.Set<IEndpointFeature>(feature);
            context.Features.Set<IRouteValuesFeature>(feature);
            context.Response.OnStarting(() =>
            {
                if (feature.First is RouteEndpoint endpoint)
                {
                    context.Response.Headers[HeaderName] = Uri.EscapeDataString(endpoint.RoutePattern.RawText ?? string.Empty);
                }

                return Task.CompletedTask;
            });
            await proceed(context);
        });
        next(app);
    };

    private sealed class RecordingEndpointFeature : IEndpointFeature, IRouteValuesFeature
    {
        private Endpoint? endpoint;

        public Endpoint? First { get; private set; }

        public Endpoint? Endpoint
        {
            get => endpoint;
            set
            {
                endpoint = value;
                First ??= value;
            }
        }

        private RouteValueDictionary routeValues = [];

        // Like the framework's feature: setting null (the re-execute middleware does) means "no values".
        public RouteValueDictionary RouteValues
        {
            get => routeValues;
            set => routeValues = value ?? [];
        }
    }
}
