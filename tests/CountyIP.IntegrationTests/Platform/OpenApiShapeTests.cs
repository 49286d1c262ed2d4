using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;

namespace CountyIP.IntegrationTests.Platform;

/// <summary>
/// One JSON shape for the API (issue 10 item 6): every GET route of the served OpenAPI document is walked and its
/// response schema checked — enums are strings, never integers; money (a non-integer number named like an amount, a fine,
/// a fee…) is a number with two decimals (<c>[Money]</c>: format decimal, multipleOf 0.01); lists answer the paged shape
/// <c>{"items","total","page","pageSize"}</c> unless allow-listed below with the reason.
/// </summary>
public sealed class OpenApiShapeTests(CountyIpAppFactory factory) : IClassFixture<CountyIpAppFactory>
{
    /// <summary>
    /// GET routes that may answer a bare array: small, bounded lookups a client loads whole (changing their shape
    /// would break the clients that read them; issue 10 item 6 keeps field names and shapes of existing lookups).
    /// </summary>
    private static readonly HashSet<string> BareListAllowed = new(StringComparer.Ordinal)
    {
        "/api/reference/units", // the district's towns and units: some dozens, picked from a list
        "/api/reference/departments", // the joint-meeting member departments: a fixed handful
        "/api/reference/dictionaries", // the kinds of code list: fixed by the code
        "/api/reference/dictionaries/{kind}", // one code list: tens of codes
        "/api/reference/holidays", // the public holidays and make-up working days of one year
        "/api/plans", // the loaded work plans: one per plan file
        "/api/indicators/{id}/breakdown", // one indicator split by unit or kind: bounded by the units
        "/api/funding/recovery/at-risk", // rewarded patents whose fee is overdue today: a handful, all on the recovery page at once
    };

    /// <summary>
    /// GET routes whose object answer has <c>items</c> but is a board or a record, not a page: the targets of one plan
    /// (a fixed set of about thirty), all shown at once; a reward policy's items (its own parts, at most 100, named
    /// <c>items</c> as in the body that drafts or revises it).
    /// </summary>
    private static readonly HashSet<string> BoardAllowed = new(StringComparer.Ordinal) { "/api/indicators", "/api/indicators/monitoring", "/api/funding/policies/{id}" };

    /// <summary>Words that make a numeric field money (camelCase parts of its name).</summary>
    private static readonly HashSet<string> MoneyWords = new(StringComparer.OrdinalIgnoreCase) { "amount", "fine", "fee", "fees", "penalty", "price", "cost", "pledge", "yuan" };

    /// <summary>Money whose name has none of <see cref="MoneyWords"/>: the value of seized goods (货值, yuan).</summary>
    private static readonly HashSet<string> MoneyFields = new(StringComparer.Ordinal) { "goodsValue" };

    [Fact]
    public async Task OpenApi_EveryGetRoute_StringEnumsAndPagedLists()
    {
        using var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken));
        var root = document.RootElement;
        var problems = new List<string>();
        var getRoutes = 0;

        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get) || !get.TryGetProperty("responses", out var responses))
            {
                continue;
            }

            getRoutes++;
            foreach (var response in responses.EnumerateObject())
            {
                if (!response.Value.TryGetProperty("content", out var content) || !content.TryGetProperty("application/json", out var json)
                    || !json.TryGetProperty("schema", out var schema))
                {
                    continue;
                }

                var resolved = Resolve(root, schema);
                if (Type(resolved) == "array" && !BareListAllowed.Contains(path.Name))
                {
                    problems.Add($"GET {path.Name}: answers a bare array, not the paged shape {{items,total,page,pageSize}}");
                }

                if (!BoardAllowed.Contains(path.Name) && resolved.TryGetProperty("properties", out var properties) && properties.TryGetProperty("items", out _)
                    && !(properties.TryGetProperty("total", out _) && properties.TryGetProperty("page", out _) && properties.TryGetProperty("pageSize", out _)))
                {
                    problems.Add($"GET {path.Name}: a list of items without total/page/pageSize");
                }

                Walk(root, schema, $"GET {path.Name}", problems, []);
            }
        }

        getRoutes.ShouldBeGreaterThan(10);
        problems.Distinct().ShouldBeEmpty();
    }

    private static void Walk(JsonElement root, JsonElement schema, string where, List<string> problems, HashSet<string> seen)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            if (!seen.Add(reference.GetString()!))
            {
                return;
            }

            Walk(root, Resolve(root, schema), $"{where} → {reference.GetString()}", problems, seen);
            return;
        }

        if (schema.TryGetProperty("enum", out var values) && values.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Number))
        {
            problems.Add($"{where}: integer enum");
        }

        if (schema.TryGetProperty("format", out var format) && format.GetString() is "date" or "date-time" && Type(schema) is { } type && type != "string")
        {
            problems.Add($"{where}: a date that is not a string");
        }

        foreach (var child in new[] { "items", "additionalProperties" })
        {
            if (schema.TryGetProperty(child, out var inner))
            {
                Walk(root, inner, where, problems, seen);
            }
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var resolved = Resolve(root, property.Value);
                // Integers are counts (a deadline's amount of days), not money in yuan and fen.
                if (IsMoneyName(property.Name) && Type(resolved) == "number" && !IsMoney(resolved))
                {
                    problems.Add($"{where}.{property.Name}: money that is not a number with two decimals ([Money])");
                }

                Walk(root, property.Value, $"{where}.{property.Name}", problems, seen);
            }
        }

        foreach (var combinator in new[] { "allOf", "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(combinator, out var parts))
            {
                foreach (var part in parts.EnumerateArray())
                {
                    Walk(root, part, where, problems, seen);
                }
            }
        }
    }

    [Theory]
    [InlineData("fineAmount", true)]
    [InlineData("feeYuan", true)]
    [InlineData("amount", true)]
    [InlineData("goodsValue", true)]
    [InlineData("defined", false)]
    [InlineData("finishedCount", false)]
    public void MoneyName_CamelCaseWords(string name, bool money) => IsMoneyName(name).ShouldBe(money);

    [Fact]
    public void Money_DecimalWithoutMarker_IsNotMoney()
    {
        using var plain = JsonDocument.Parse("""{"type":["null","number"],"format":"double"}""");
        using var marked = JsonDocument.Parse("""{"type":["null","number"],"format":"decimal","multipleOf":0.01}""");

        IsMoney(plain.RootElement).ShouldBeFalse();
        IsMoney(marked.RootElement).ShouldBeTrue();
    }

    private static bool IsMoneyName(string name) =>
        MoneyFields.Contains(name) || System.Text.RegularExpressions.Regex.Split(name, "(?<=[a-z0-9])(?=[A-Z])").Any(MoneyWords.Contains);

    private static bool IsMoney(JsonElement schema) =>
        schema.TryGetProperty("format", out var format) && format.GetString() == "decimal"
        && schema.TryGetProperty("multipleOf", out var step) && step.GetDecimal() == 0.01m;

    private static JsonElement Resolve(JsonElement root, JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out var reference))
        {
            return schema;
        }

        // "#/components/schemas/Name"
        var name = reference.GetString()!.Split('/')[^1];
        return root.GetProperty("components").GetProperty("schemas").GetProperty(name);
    }

    /// <summary>The schema's type; OpenAPI 3.1 may write it as an array such as ["null", "string"].</summary>
    private static string? Type(JsonElement schema) => !schema.TryGetProperty("type", out var type)
        ? null
        : type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
            : type.GetString();
}
