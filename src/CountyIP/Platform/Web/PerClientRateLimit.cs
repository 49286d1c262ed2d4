using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CountyIP.Platform.Web;

/// <summary>
/// A fixed window of <paramref name="permitsPerMinute"/> requests per client address for an anonymous public form; a
/// refusal answers 429 with Retry-After and the localised <paramref name="message"/> (seconds to wait as its argument).
/// </summary>
public sealed class PerClientRateLimit(string name, int permitsPerMinute, Func<HttpContext, int, string> message, string problemType) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, cancellationToken) =>
        TooManyRequests.WriteAsync(context, seconds => message(context.HttpContext, seconds), problemType, cancellationToken);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(
            $"{name}:{httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown"}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permitsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
