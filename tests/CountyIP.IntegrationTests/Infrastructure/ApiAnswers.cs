using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CountyIP.IntegrationTests.Infrastructure;

/// <summary>
/// What the API answered, read the way every module's tests read it: the id of a created record, a 400 with an error
/// under a field, a 409 naming a rule, a target's value on the indicator board. Failures show the body.
/// </summary>
internal static class ApiAnswers
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The <c>id</c> of a successful answer.</summary>
    public static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>A 400 with an error under <paramref name="field"/> (the JSON name).</summary>
    public static async Task ShouldFailUnderAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(body);
    }

    /// <summary>A 409 ProblemDetails whose <c>code</c> names the broken rule.</summary>
    public static async Task ShouldBreakAsync(HttpResponseMessage response, string code)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict, body);
        JsonDocument.Parse(body).RootElement.GetProperty("code").GetString().ShouldBe(code, body);
    }

    /// <summary>A target's value on the board of the real plan for <paramref name="year"/>; null when not tracked.</summary>
    public static async Task<decimal?> IndicatorAsync(HttpClient client, string id, int year)
    {
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/indicators?plan=cangshan-2013&year={year}", Ct);
        var item = body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
        return item.GetProperty("actual").ValueKind == JsonValueKind.Null ? null : item.GetProperty("actual").GetDecimal();
    }
}
