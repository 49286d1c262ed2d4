using System.Net;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Configuration;
using CountyIP.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Platform;

/// <summary>X-Forwarded-Proto/-For are believed from loopback and the configured proxies only.</summary>
public sealed class ReverseProxyTests
{
    [Theory]
    [InlineData("127.0.0.1", null, "https|203.0.113.77")]
    [InlineData("10.1.2.3", "10.0.0.0/8", "https|203.0.113.77")]
    [InlineData("192.0.2.10", "192.0.2.10", "https|203.0.113.77")]
    [InlineData("198.51.100.7", "10.0.0.0/8", "http|198.51.100.7")]
    public async Task Request_ForwardedHeaders_BelievedOnlyFromTrustedProxies(string peer, string? trusted, string expected)
    {
        await using var factory = new ProxyFactory(IPAddress.Parse(peer), trusted);
        await factory.InitializeAsync();
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/__test/peer");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.77");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe(expected);
    }

    [Fact]
    public void Parse_NotAnAddressOrNetwork_StopsStartUpNamingTheSetting()
    {
        var error = Should.Throw<StartupConfigurationException>(() => ReverseProxy.Parse("10.0.0.0/8, proxy.local"));

        error.SettingName.ShouldBe(ReverseProxy.SettingName);
        error.Message.ShouldContain("proxy.local");
    }

    /// <summary>The app with a fixed peer address, and a last middleware that reports what the app believes.</summary>
    private sealed class ProxyFactory(IPAddress peer, string? trusted) : CountyIpAppFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["CountyIP:TrustedProxies"] = trusted };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddTransient<IStartupFilter>(_ => new PeerFilter(peer)));
        }
    }

    private sealed class PeerFilter(IPAddress peer) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = peer;
                return context.Request.Path.StartsWithSegments("/__test/peer")
                    ? Report(context, following)
                    : following(context);
            });
            next(app);
        };

        private static async Task Report(HttpContext context, RequestDelegate following)
        {
            // Run the app's forwarded-headers step by hand, as the real pipeline does first.
            var middleware = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>();
            new Microsoft.AspNetCore.HttpOverrides.ForwardedHeadersMiddleware(_ => Task.CompletedTask, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, middleware)
                .ApplyForwarders(context);
            await context.Response.WriteAsync($"{context.Request.Scheme}|{context.Connection.RemoteIpAddress}");
        }
    }
}
