using System.Net;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Platform;

/// <summary>A URL that matches nothing is a 404 with the not-found page, for everyone; not a sign-in or access-denied redirect.</summary>
public sealed class UnknownUrlTests(CountyIpAppFactory factory) : IClassFixture<CountyIpAppFactory>
{
    [Fact]
    public async Task Get_UnknownUrlSignedIn_Returns404NotFoundPage()
    {
        using var client = await TestClient.SignedInAsync(factory, Roles.BureauStaff);

        var response = await client.GetAsync("/no-such-page");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("data-testid=\"not-found\"");
    }

    [Fact]
    public async Task Get_UnknownUrlAnonymous_Returns404()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = TestClient.BaseAddress });

        var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
