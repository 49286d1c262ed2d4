using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;

namespace CountyIP.Platform.Web.Validation;

/// <summary>
/// Runs <see cref="InputValidation"/> on every public command/request argument of an API endpoint before its handler:
/// 400 ValidationProblem with camelCase field names (as in the JSON body) and messages in the request's language.
/// Added to every API route by <c>PlatformSetup</c>, so an endpoint cannot bypass it.
/// </summary>
internal static class InputValidationFilter
{
    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var checkedArguments = context.MethodInfo.GetParameters()
            .Select((p, i) => (p.ParameterType, Index: i))
            .Where(p => IsInput(p.ParameterType))
            .Select(p => p.Index)
            .ToArray();
        if (checkedArguments.Length == 0)
        {
            return next;
        }

        return async invocation =>
        {
            foreach (var index in checkedArguments)
            {
                if (invocation.Arguments[index] is { } argument && InputValidation.Validate(argument, invocation.HttpContext.RequestServices) is { Count: > 0 } errors)
                {
                    return TypedResults.ValidationProblem(ToApi(errors));
                }
            }

            return await next(invocation);
        };
    }

    /// <summary>Field names as the API caller wrote them (camelCase JSON, each part of a path: <c>designations[0].title</c>).</summary>
    public static Dictionary<string, string[]> ToApi(IReadOnlyDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => string.Join('.', e.Key.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName)), e => e.Value, StringComparer.Ordinal);

    /// <summary>A public command/request type of the app that declares rules (handlers and services are internal).</summary>
    public static bool IsInput(Type type) =>
        type is { IsPublic: true, IsClass: true, IsAbstract: false }
        && type.Namespace?.StartsWith("CountyIP.", StringComparison.Ordinal) == true
        && (typeof(IValidatableObject).IsAssignableFrom(type)
            || type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.IsDefined(typeof(ValidationAttribute), inherit: true)));
}
