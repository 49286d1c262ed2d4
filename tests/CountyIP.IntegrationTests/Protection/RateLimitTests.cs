using System.Net;
using System.Net.Http.Json;
using CountyIP.Modules.Protection.Domain;

namespace CountyIP.IntegrationTests.Protection;

public sealed class TightLimitsAppFactory : ProtectionAppFactory
{
    protected override int SubmissionsPerMinute => 2;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(base.ExtraSettings)
    {
        ["Protection:RateLimits:LookupsPerMinute"] = "3",
    };
}

/// <summary>Submissions and lookups are limited per client (issue 5 §1): 429 with Retry-After.</summary>
public sealed class RateLimitTests(TightLimitsAppFactory factory) : IClassFixture<TightLimitsAppFactory>
{
    [Fact]
    public async Task Submit_OverLimit_429WithRetryAfter()
    {
        using var client = factory.ClientAs(null);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await client.PostAsJsonAsync("/api/portal/complaints", ProtectionApi.Complaint("限流" + i), TestContext.Current.CancellationToken);
            statuses.Add(last.StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        last!.Headers.RetryAfter.ShouldNotBeNull();
        last.Dispose();
    }

    [Fact]
    public async Task Track_OverLimit_429()
    {
        using var client = factory.ClientAs(null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/portal/complaints/" + TrackingCode.New(), UriKind.Relative), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        statuses[^1].ShouldBe(HttpStatusCode.TooManyRequests);
        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.NotFound);
    }
}
