using Microsoft.AspNetCore.Http.Extensions;

namespace CountyIP.Platform.Web;

/// <summary>
/// A list's search form is a GET form: a filter left at 全部 is submitted as <c>type=</c>. Minimal-API
/// <c>[AsParameters]</c> binding refuses an empty string for a nullable enum, number, date or Guid (400 "Failed to bind
/// parameter"), and the page's export link carries the same query on. An empty value means "no filter" everywhere in
/// this application, so the one rule lives here: query keys whose every value is empty or blank are removed before
/// anything binds — API endpoints of every module and pages' <c>[SupplyParameterFromQuery]</c> alike (issue 9).
/// </summary>
internal sealed class EmptyQueryValuesMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.QueryString.HasValue && HasEmptyValue(request.Query))
        {
            var kept = new QueryBuilder();
            foreach (var (key, values) in request.Query)
            {
                foreach (var value in values)
                {
                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        kept.Add(key, value);
                    }
                }
            }

            // Setting QueryString resets the parsed Query collection, so binders and NavigationManager see the same.
            request.QueryString = kept.ToQueryString();
        }

        return next(context);
    }

    internal static bool HasEmptyValue(IQueryCollection query) =>
        query.Any(pair => pair.Value.Any(string.IsNullOrWhiteSpace));
}
