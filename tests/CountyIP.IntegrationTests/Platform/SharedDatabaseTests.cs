using System.Net;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Platform;

/// <summary>
/// Issue 2 §4 (scale-out): two app instances on one database behave as one. The data-protection keys live in the
/// database, so a session cookie and an antiforgery form token issued by one instance are accepted by the other.
/// On PostgreSQL the two instances share one server database; on SQLite they share one file.
/// </summary>
public sealed class SharedDatabaseTests
{
    [Fact]
    public async Task SignIn_OnFirstInstance_SecondInstanceAcceptsSessionCookie()
    {
        await using var first = new CountyIpAppFactory();
        await first.InitializeAsync();
        var user = await first.CreateAsync(Roles.BureauStaff);
        using var onFirst = new TestClient(first);
        await onFirst.SignInAsync(user);
        await using var second = CountyIpAppFactory.SharingDatabaseWith(first);
        await second.InitializeAsync();

        using var onSecond = new TestClient(second, cookies: onFirst.Cookies);
        var home = await onSecond.GetPageAsync("/");

        home.ByTestId("current-user").Text().ShouldBe(user.UserName);
    }

    [Fact]
    public async Task PostForm_TokenFromFirstInstance_SecondInstanceAcceptsIt()
    {
        await using var first = new CountyIpAppFactory();
        await first.InitializeAsync();
        using var onFirst = new TestClient(first);
        var loginPage = await onFirst.GetPageAsync("/account/login");
        await using var second = CountyIpAppFactory.SharingDatabaseWith(first);
        await second.InitializeAsync();
        using var onSecond = new TestClient(second, cookies: onFirst.Cookies);
        var wrongPassword = new Dictionary<string, string> { ["Input.UserName"] = "nobody-" + Guid.NewGuid().ToString("N")[..8], ["Input.Password"] = "wrong" };

        using var accepted = await onSecond.SubmitFormAsync(loginPage, "/account/login", "login", wrongPassword);
        var tampered = new Dictionary<string, string>(wrongPassword) { [Forms.AntiforgeryField] = Forms.AntiforgeryToken(loginPage, "login") + "x" };
        using var rejected = await onSecond.SubmitFormAsync(loginPage, "/account/login", "login", tampered);

        // Accepted: the form was processed and the sign-in refused with a message; a token the instance cannot
        // read is turned away with 400 before the form is looked at.
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Html.ParseAsync(accepted)).ByTestId("login-error").Text().ShouldNotBeEmpty();
        rejected.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
