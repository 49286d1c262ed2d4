using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CountyIP.Platform.Web;

/// <summary>
/// The one way a rate-limit refusal is answered: 429 with <c>Retry-After</c>, and the caller's localised message as
/// ProblemDetails under <c>/api</c> or plain text for pages.
/// </summary>
public static class TooManyRequests
{
    /// <param name="message">The localised message for a wait of the given number of seconds.</param>
    /// <param name="problemType">The ProblemDetails type URN, e.g. <c>urn:countyip:auth:rate-limited</c>.</param>
    public static async ValueTask WriteAsync(OnRejectedContext context, Func<int, string> message, string problemType, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var text = message(seconds);
        if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
        {
            await response.WriteAsJsonAsync(
                new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = text, Type = problemType },
                options: null, contentType: "application/problem+json", cancellationToken: cancellationToken);
        }
        else
        {
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(text, cancellationToken);
        }
    }
}
