using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CountyIP.Platform.Web;

/// <summary>
/// Turns exceptions escaping an API endpoint into ProblemDetails: business rules → 409 with their code;
/// anything else → 500 with a trace id only (users never see a stack trace). Pages are re-executed to /error.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already rewritten Request.Path to the error path (/error) when handlers run; the path
        // the caller asked for is in the path feature.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var traceId = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        ProblemDetails problem;
        if (exception is BusinessRuleException rule)
        {
            problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = rule.Message, Type = $"urn:countyip:rule:{rule.Code}" };
            problem.Extensions["code"] = rule.Code;
        }
        else if (exception is BadHttpRequestException bad)
        {
            problem = new ProblemDetails { Status = bad.StatusCode, Title = "Bad request" };
        }
        else
        {
            logger.LogError(exception, "Unhandled exception on {Path}", httpContext.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." };
        }

        problem.Extensions["traceId"] = traceId;
        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
