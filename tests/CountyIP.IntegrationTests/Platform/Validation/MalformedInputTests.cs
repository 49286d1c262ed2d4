using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web.Validation;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Platform.Validation;

/// <summary>The app with the sign-in and portal rate limits lifted: the walk signs in as every role and posts many bodies.</summary>
public sealed class MalformedInputFactory : CountyIpAppFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Security:SignInAttemptsPerMinute"] = "100000",
        ["Protection:RateLimits:SubmissionsPerMinute"] = "100000",
    };
}

/// <summary>
/// Issue 10 item 1, ADR 0018: every public command/request type an endpoint takes in its body, found from the endpoint
/// metadata at run time (a new one is covered without touching this test), answers a malformed body — required fields
/// missing, strings over their limit, a value of the wrong type — with 400 and the field names in <c>errors</c>, never
/// 409 or 500, in the caller's language.
/// </summary>
public sealed class MalformedInputTests(MalformedInputFactory factory) : IClassFixture<MalformedInputFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Walk_FindsTheBodyInputsOfTheApi()
    {
        var targets = Targets();
        // The walk must see the hand-read portal complaint (through its Accepts metadata) and ordinary bound commands.
        targets.ShouldContain(t => t.Input.Name == "PortalComplaintRequest");
        targets.ShouldContain(t => t.Input.Name == "StaffCaseRequest");
        targets.Count.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task MissingRequiredFields_Answer400WithTheFieldNames_InChinese()
    {
        var failures = new List<string>();
        foreach (var target in Targets().Where(t => RequiredProperties(t.Input).Count > 0))
        {
            var (status, errors, answer) = await SendAsync(target, new JsonObject(), "zh-CN");
            Check(failures, target, "missing required fields", status, errors, answer, RequiredProperties(target.Input), chinese: true);
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task OverLongStrings_Answer400WithTheFieldNames()
    {
        var failures = new List<string>();
        var checkedTypes = 0;
        foreach (var target in Targets())
        {
            var limited = LengthLimits(target.Input);
            if (limited.Count == 0)
            {
                continue;
            }

            var body = new JsonObject();
            foreach (var (property, max) in limited)
            {
                body[JsonName(property)] = new string('x', max + 1);
            }

            checkedTypes++;
            var (status, errors, answer) = await SendAsync(target, body, "zh-CN");
            Check(failures, target, "over-long strings", status, errors, answer, limited.Select(l => l.Property).ToList(), chinese: true);
        }

        checkedTypes.ShouldBeGreaterThan(5);
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task WrongTypes_Answer400WithTheFieldName()
    {
        var failures = new List<string>();
        // Every body type of the app, rules or not: a value the JSON reader refuses never reaches a handler.
        foreach (var target in Targets(withRulesOnly: false))
        {
            // An object where a scalar (text, number, date, enum, id) belongs cannot be read by any converter.
            var scalar = Properties(target.Input).FirstOrDefault(p => IsScalar(p.PropertyType));
            if (scalar is null)
            {
                continue;
            }

            var body = new JsonObject { [JsonName(scalar)] = new JsonObject { ["wrong"] = true } };
            var (status, errors, answer) = await SendAsync(target, body, "zh-CN");
            Check(failures, target, "wrong type", status, errors, answer, [scalar], chinese: true);
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task QueryParameters_WrongTypes_Answer400WithTheFieldName()
    {
        // [AsParameters] lists and exports (issue 10 item 1d): a filter the binder refuses is a field error too.
        var failures = new List<string>();
        var targets = QueryTargets();
        targets.Count.ShouldBeGreaterThan(5);
        foreach (var (route, url, input) in targets)
        {
            foreach (var property in Properties(input).Where(p => IsScalar(p.PropertyType) && p.PropertyType != typeof(string)))
            {
                var target = new Target("GET", route, $"{url}?{JsonName(property)}=x%21", input);
                var (status, errors, answer) = await SendAsync(target, body: null, "zh-CN");
                Check(failures, target, $"wrong type of '{JsonName(property)}'", status, errors, answer, [property], chinese: true);
                // The field is named in Chinese too (Field_<Name> in the module's text or the Platform's), not by its query key.
                if (errors?.GetValueOrDefault(JsonName(property)) is { } messages
                    && messages.FirstOrDefault(m => m.Contains(property.Name, StringComparison.OrdinalIgnoreCase)) is { } english)
                {
                    failures.Add($"GET {route} ({input.Name}), '{JsonName(property)}' named in English: {english}");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task EmptyForms_Answer400WithFieldErrors_InChinese()
    {
        // Endpoints that take a form (multipart with files): an empty form names the missing fields (issue 10 item 1d).
        var failures = new List<string>();
        var targets = FormTargets();
        targets.ShouldContain(t => t.Route.Contains("figures", StringComparison.Ordinal));
        foreach (var target in targets)
        {
            var (status, errors, answer) = await SendAsync(target, body: null, "zh-CN", form: true);
            Check(failures, target, "empty form", status, errors, answer, [], chinese: true);
            if (errors is { Count: 0 })
            {
                failures.Add($"{target.Method} {target.Route}: 400 without a field: {answer}");
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Messages_FollowTheCallersLanguage()
    {
        var target = Targets().First(t => t.Input.Name == "PortalComplaintRequest");
        var (zhStatus, zh, _) = await SendAsync(target, new JsonObject(), "zh-CN");
        var (enStatus, en, _) = await SendAsync(target, new JsonObject(), "en-US");

        zhStatus.ShouldBe(400);
        enStatus.ShouldBe(400);
        zh!["respondent"][0].ShouldBe("请填写被投诉方。");
        en!["respondent"][0].ShouldBe("Respondent (who infringes) is required.");
    }

    private static void Check(
        List<string> failures, Target target, string what, int status, Dictionary<string, string[]>? errors, string answer, IReadOnlyList<PropertyInfo> expected, bool chinese)
    {
        var name = $"{target.Method} {target.Route} ({target.Input.Name}), {what}";
        if (status != 400 || errors is null)
        {
            failures.Add($"{name}: answered {status} {answer}");
            return;
        }

        foreach (var property in expected)
        {
            if (!errors.ContainsKey(JsonName(property)))
            {
                failures.Add($"{name}: no error for '{JsonName(property)}' in {answer}");
            }
        }

        if (chinese && errors.Values.SelectMany(m => m).FirstOrDefault(m => !m.Any(c => c is >= '\u4e00' and <= '\u9fff')) is { } latin)
        {
            failures.Add($"{name}: message not in Chinese: {latin}");
        }
    }

    private readonly Dictionary<string, TestClient> clients = new(StringComparer.Ordinal);

    /// <summary>Posts as the first caller the endpoint lets through (anonymous, then each role): validation comes after authorization.</summary>
    private async Task<(int Status, Dictionary<string, string[]>? Errors, string Answer)> SendAsync(Target target, JsonObject? body, string culture, bool form = false)
    {
        string last = string.Empty;
        foreach (var role in (string?[])[null, Roles.BureauAdmin, Roles.BureauStaff, Roles.Enterprise, Roles.DepartmentLiaison, Roles.TownLiaison, Roles.Leadership, Roles.Auditor])
        {
            var client = await ClientAsync(role);
            using var request = new HttpRequestMessage(new HttpMethod(target.Method), new Uri(target.Url, UriKind.Relative))
            {
                Content = form ? new MultipartFormDataContent { { new StringContent(string.Empty), "unused" } }
                    : body is null ? null : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.AcceptLanguage.ParseAdd(culture);
            using var response = await client.Http.SendAsync(request, Ct);
            var text = await response.Content.ReadAsStringAsync(Ct);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || (int)response.StatusCode is >= 300 and < 400)
            {
                last = $"{(int)response.StatusCode} as {role ?? "anonymous"}";
                continue;
            }

            Dictionary<string, string[]>? errors = null;
            if (response.StatusCode == HttpStatusCode.BadRequest && JsonNode.Parse(text)?["errors"] is JsonObject found)
            {
                errors = found.ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(m => m!.GetValue<string>()).ToArray(), StringComparer.Ordinal);
            }

            return ((int)response.StatusCode, errors, text);
        }

        return (0, null, $"no caller reaches it (last: {last})");
    }

    private async Task<TestClient> ClientAsync(string? role)
    {
        var key = role ?? "anonymous";
        if (!clients.TryGetValue(key, out var client))
        {
            client = role is null ? new TestClient(factory) : await TestClient.SignedInAsync(factory, role);
            clients[key] = client;
        }

        return client;
    }

    private sealed record Target(string Method, string Route, string Url, Type Input);

    /// <summary>Every (unsafe method, route, body type) the running app serves whose body is a command/request type with rules.</summary>
    private List<Target> Targets(bool withRulesOnly = true)
    {
        var result = new List<Target>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            var accepts = endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>();
            if (accepts.Count > 0 && !accepts.Any(a => a.ContentTypes.Any(c => c.Contains("json", StringComparison.OrdinalIgnoreCase))))
            {
                continue;
            }

            var bodyTypes = (endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [])
                .Where(p => !p.IsDefined(typeof(AsParametersAttribute)))
                .Select(p => p.ParameterType)
                .Concat(accepts.Select(a => a.RequestType).OfType<Type>())
                .Where(t => withRulesOnly ? InputValidationFilter.IsInput(t) : t is { IsPublic: true, IsClass: true } && t.Namespace?.StartsWith("CountyIP.", StringComparison.Ordinal) == true)
                .Distinct();
            foreach (var type in bodyTypes)
            {
                foreach (var method in methods.Where(m => m is "POST" or "PUT" or "PATCH"))
                {
                    result.Add(new Target(method, endpoint.RoutePattern.RawText ?? string.Empty, SampleUrl(endpoint), type));
                }
            }
        }

        return result;
    }

    /// <summary>Every GET route that binds an app type from the query string ([AsParameters]).</summary>
    private List<(string Route, string Url, Type Input)> QueryTargets() =>
        [.. Endpoints()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [])
                .Where(p => p.IsDefined(typeof(AsParametersAttribute)))
                .Select(p => (e.RoutePattern.RawText ?? string.Empty, SampleUrl(e), p.ParameterType)))];

    /// <summary>Every unsafe route that accepts a form (multipart or url-encoded), hand-read or bound with [FromForm].</summary>
    private List<Target> FormTargets() =>
        [.. Endpoints()
            .Where(e => e.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Any(a => a.ContentTypes.Any(c => c.Contains("form", StringComparison.OrdinalIgnoreCase))))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m is "POST" or "PUT" or "PATCH")
                .Select(m => new Target(m, e.RoutePattern.RawText ?? string.Empty, SampleUrl(e, FormRouteValues), typeof(IFormCollection))))];

    /// <summary>Route values that must name something real for the form to be read at all (an import's kind).</summary>
    private static readonly Dictionary<string, string> FormRouteValues = new(StringComparer.OrdinalIgnoreCase) { ["kind"] = "patents" };

    /// <summary>The API's endpoints (pages left out: they answer forms with HTML).</summary>
    private IEnumerable<RouteEndpoint> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null);

    /// <summary>A URL whose route values bind (a date, an enum name, an id), so the request reaches the body check.</summary>
    private static string SampleUrl(RouteEndpoint endpoint, IReadOnlyDictionary<string, string>? known = null)
    {
        var parameters = endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [];
        var segments = endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter when known?.GetValueOrDefault(parameter.Name) is { } value => value,
            RoutePatternParameterPart parameter => SampleValue(parameters.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase))?.ParameterType),
            _ => string.Empty,
        })));
        return "/" + string.Join('/', segments);
    }

    private static string SampleValue(Type? type)
    {
        var t = type is null ? typeof(string) : Nullable.GetUnderlyingType(type) ?? type;
        return t switch
        {
            _ when t == typeof(Guid) => Guid.NewGuid().ToString(),
            _ when t == typeof(DateOnly) => "2026-01-05",
            _ when t.IsEnum => Enum.GetNames(t)[0],
            _ when t == typeof(int) || t == typeof(long) => "1",
            _ => "x",
        };
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || IsPositional(type, p));

    private static bool IsPositional(Type type, PropertyInfo property) =>
        type.GetConstructors().Any(c => c.GetParameters().Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase)));

    private static List<PropertyInfo> RequiredProperties(Type type) => [.. Properties(type).Where(p => p.IsDefined(typeof(RequiredAttribute), inherit: true))];

    private static List<(PropertyInfo Property, int Max)> LengthLimits(Type type) =>
        [.. Properties(type)
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (Property: p, Max: p.GetCustomAttribute<MaxLengthAttribute>()?.Length ?? p.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength ?? 0))
            .Where(l => l.Max > 0)];

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) || t.IsPrimitive || t.IsEnum || t == typeof(decimal) || t == typeof(Guid) || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset);
    }

    private static string JsonName(PropertyInfo property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);
}
