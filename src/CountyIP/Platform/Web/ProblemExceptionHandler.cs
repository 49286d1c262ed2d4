using System.Diagnostics;
using System.Globalization;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Web.Validation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Web;

/// <summary>
/// Turns exceptions escaping an API endpoint into ProblemDetails: field errors → 400 ValidationProblem; business rules → 409 with their code;
/// anything else → 500 with a trace id only (users never see a stack trace). Pages are re-executed to /error.
/// </summary>
internal sealed class ProblemExceptionHandler(
    IProblemDetailsService problemDetails,
    IStringLocalizer<SharedResource> localizer,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
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

        // A person who followed a link (an export button) to the API gets the localized /error page, not JSON:
        // the browser asks for text/html first; API clients ask for JSON or nothing in particular.
        if (exception is BadHttpRequestException && PrefersHtml(httpContext.Request))
        {
            return false;
        }

        var traceId = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        ProblemDetails problem;
        if (exception is InputValidationException invalid)
        {
            // Field errors a handler found with the database (ADR 0018): the same 400 shape as the attribute checks.
            problem = new HttpValidationProblemDetails(InputValidationFilter.ToApi(invalid.Errors)) { Status = StatusCodes.Status400BadRequest };
        }
        else if (exception is BusinessRuleException rule)
        {
            problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = rule.Message, Type = $"urn:countyip:rule:{rule.Code}" };
            problem.Extensions["code"] = rule.Code;
        }
        else if (exception is BadHttpRequestException bad)
        {
            // The exception left the request-localization middleware's scope; the request's culture is on its feature.
            if (httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture is { } culture)
            {
                CultureInfo.CurrentUICulture = culture;
            }

            problem = bad.InnerException is System.Text.Json.JsonException json
                // A value of the wrong type (text for a number, an unknown enum name): a field error like any other (ADR 0018).
                ? new HttpValidationProblemDetails(InputValidation.FromJson(json))
                {
                    Status = bad.StatusCode, Title = localizer["BadRequest_Title"],
                }
                : InputValidation.FromBinding(bad.Message, EndpointType(httpContext)) is { } fields
                    // A query or form value of the wrong type, or a missing form field: a field error as well.
                    ? new HttpValidationProblemDetails(fields) { Status = bad.StatusCode, Title = localizer["BadRequest_Title"] }
                    : new ProblemDetails { Status = bad.StatusCode, Title = localizer["BadRequest_Title"], Detail = bad.Message };
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

    /// <summary>The type that declared the failing endpoint's handler (its module names the fields), when known.</summary>
    private static Type? EndpointType(HttpContext httpContext) =>
        (httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint())?.Metadata.GetMetadata<System.Reflection.MethodInfo>()?.DeclaringType;

    private static bool PrefersHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        var first = accept.OrderByDescending(a => a.Quality ?? 1).FirstOrDefault();
        return first?.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) == true;
    }
}
