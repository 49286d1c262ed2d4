using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CountyIP.IntegrationTests.Protection;

[Collection(ProtectionApp.Name)]
public sealed partial class PortalApiTests(ProtectionAppFactory factory)
{
    [Fact]
    public async Task Submit_AnonymousJson_ReturnsGroupedCodeAndTrackingShowsReceived()
    {
        using var client = factory.ClientAs(null);

        var code = await ProtectionApi.SubmitAsync(client, ProtectionApi.Complaint("匿名被投诉方" + Guid.NewGuid().ToString("N")[..6]));

        TrackingCodePattern().IsMatch(code).ShouldBeTrue(code);
        var status = await client.GetFromJsonAsync<Dictionary<string, object>>($"/api/portal/complaints/{code}", TestContext.Current.CancellationToken);
        status!["status"].ToString().ShouldBe("received");
        // Read over the phone in lower case with spaces: still found.
        using var spoken = await client.GetAsync(new Uri($"/api/portal/complaints/{code.ToLowerInvariant().Replace('-', ' ')}", UriKind.Relative), TestContext.Current.CancellationToken);
        spoken.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Track_UnknownAndMalformedCodes_SameAnswer()
    {
        using var client = factory.ClientAs(null);

        using var unknown = await client.GetAsync(new Uri("/api/portal/complaints/" + TrackingCode.New(), UriKind.Relative), TestContext.Current.CancellationToken);
        using var malformed = await client.GetAsync(new Uri("/api/portal/complaints/not-a-code", UriKind.Relative), TestContext.Current.CancellationToken);

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        malformed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .ShouldBe(await malformed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Submit_TwentyConcurrentWithOneKey_OneCaseOneCode()
    {
        var key = Guid.NewGuid().ToString();
        var respondent = "并发被投诉方" + Guid.NewGuid().ToString("N")[..6];

        var codes = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var client = factory.ClientAs(null);
            return await ProtectionApi.SubmitAsync(client, ProtectionApi.Complaint(respondent), key);
        }));

        codes.Distinct().Count().ShouldBe(1);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        (await db.Set<ProtectionCase>().CountAsync(c => c.Respondent == respondent, TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Fact]
    public async Task Submit_MissingFields_400WithFieldErrors()
    {
        using var client = factory.ClientAs(null);

        using var response = await client.PostAsJsonAsync("/api/portal/complaints", new { kind = "TrademarkInfringement" }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        body.ShouldContain("respondent");
        body.ShouldContain("description");
    }

    [Fact]
    public async Task Database_StoresOnlyHashOfTrackingCode()
    {
        using var client = factory.ClientAs(null);
        var respondent = "哈希被投诉方" + Guid.NewGuid().ToString("N")[..6];

        var code = await ProtectionApi.SubmitAsync(client, ProtectionApi.Complaint(respondent), Guid.NewGuid().ToString());

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var stored = await db.Set<ProtectionCase>().SingleAsync(c => c.Respondent == respondent, TestContext.Current.CancellationToken);
        stored.TrackingCodeHash.ShouldBe(TrackingCode.Hash(code));
        stored.TrackingCodeHash.ShouldNotContain(code.Replace("-", string.Empty, StringComparison.Ordinal));
        stored.IdempotencyKey.ShouldNotBeNull().Length.ShouldBe(64);
    }

    [GeneratedRegex("^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$")]
    private static partial Regex TrackingCodePattern();
}
