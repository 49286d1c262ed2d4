using System.Net;
using CountyIP.Platform.Configuration;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace CountyIP.Platform.Web;

/// <summary>
/// The app runs behind a TLS-terminating reverse proxy (README "Deploy"). The proxy's <c>X-Forwarded-Proto</c> tells
/// the app the request was HTTPS, so the Secure session and antiforgery cookies are issued; <c>X-Forwarded-For</c> gives
/// the client's address, which the per-client rate limits of sign-in and the public complaint portal key on (without it
/// every member of the public would share the proxy's quota). Only trusted proxies are believed: loopback always, plus
/// the addresses and networks in <c>CountyIP:TrustedProxies</c>; anyone else could forge the headers.
/// </summary>
public static class ReverseProxy
{
    public const string SettingName = "CountyIP__TrustedProxies";

    public static IServiceCollection AddCountyIpForwardedHeaders(this IServiceCollection services, string? trustedProxies)
    {
        var (addresses, networks) = Parse(trustedProxies);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in addresses)
            {
                o.KnownProxies.Add(address);
            }

            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    /// <summary>Comma- or semicolon-separated IP addresses and CIDR networks; anything else stops start-up with the setting's name.</summary>
    internal static (IReadOnlyList<IPAddress> Addresses, IReadOnlyList<IPNetwork> Networks) Parse(string? value)
    {
        var addresses = new List<IPAddress>();
        var networks = new List<IPNetwork>();
        foreach (var item in (value ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (item.Contains('/', StringComparison.Ordinal) && IPNetwork.TryParse(item, out var network))
            {
                networks.Add(network);
            }
            else if (!item.Contains('/', StringComparison.Ordinal) && IPAddress.TryParse(item, out var address))
            {
                addresses.Add(address);
            }
            else
            {
                throw new StartupConfigurationException(SettingName, $"'{item}' is neither an IP address nor a network such as 10.0.0.0/8.");
            }
        }

        return (addresses, networks);
    }
}
