using System.Net;
using System.Text.Json;

namespace CountyIP.IntegrationTests.Governance;

/// <summary>Reading the governance API's answers in the tests: the status expected (the body in the message when not), then the JSON.</summary>
internal static class GovernanceHttp
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var ct = TestContext.Current.CancellationToken;
        var body = await response.Content.ReadAsStringAsync(ct);
        response.StatusCode.ShouldBe(expected, body);
        return body.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(body);
    }
}
