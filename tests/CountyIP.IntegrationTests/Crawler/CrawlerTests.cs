using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.Crawler;

/// <summary>
/// Every click works (issue 9 §3, DESIGN.md rule 9): on the demo district, signed in as each demo account in turn and
/// as the anonymous public, in Chinese and in English, the crawler walks everything reachable from the menu and fails
/// on any broken link, error page, raw JSON, empty page, wrong-language text, slow page, failed job or logged error.
/// The suite runs on SQLite and again on PostgreSQL (test.sh), so both databases are walked.
/// </summary>
public abstract class CrawlerTests(DemoDistrict district)
{
    /// <summary>The demo accounts of the README, one per role; "anonymous" is the public.</summary>
    public static TheoryData<string> Accounts =>
        new(["anonymous", .. DemoAccounts.All.Select(a => a.UserName)]);

    protected abstract string Culture { get; }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Crawl_AsAccount_EveryReachablePageWorks(string userName)
    {
        var app = await district.AppAsync(Culture);
        var mark = app.ErrorMark(); // errors logged before this walk were reported by the walk that caused them

        using var client = new TestClient(app);
        string[] start;
        if (userName == "anonymous")
        {
            start = ["/", "/account/login", "/portal", "/portal/complaints/new", "/portal/complaints/track", "/portal/funding/notice"];
        }
        else
        {
            var account = DemoAccounts.All.Single(a => a.UserName == userName);
            await client.SignInAsync(new TestUser(Guid.Empty, userName, DemoAccounts.Password, account.Role, account.Kind, account.ScopeId));
            start = ["/"];
        }

        var crawler = new SiteCrawler(client, Culture);
        await crawler.RunAsync(start);

        // The routes walked, for a person reading a failure: artifacts of the run, not part of the verdict.
        await File.WriteAllLinesAsync(
            Path.Combine(Path.GetTempPath(), $"countyip-crawl-{userName}-{Culture}.txt"), crawler.Routes.Order(), TestContext.Current.CancellationToken);
        await File.WriteAllLinesAsync(
            Path.Combine(Path.GetTempPath(), $"countyip-crawl-{userName}-{Culture}-time.txt"),
            crawler.Visits.OrderByDescending(v => v.Elapsed).Select(v => $"{v.Elapsed.TotalMilliseconds,8:F0} ms  {v.Url}"),
            TestContext.Current.CancellationToken);
        var problems = crawler.Problems.ToList();
        problems.AddRange(app.ErrorsSince(mark).Select(e => $"{userName} ({Culture}): logged during the walk: {e}"));
        problems.ShouldBeEmpty(
            $"{problems.Count} problems in {crawler.Requests} requests over {crawler.Routes.Count} routes:{Environment.NewLine}" +
            string.Join(Environment.NewLine, problems.Take(80)));
        crawler.Routes.Count.ShouldBeGreaterThan(userName == "anonymous" ? 2 : 3, "the walk reached almost nothing");
    }
}

/// <summary>The walk in Chinese, the default language.</summary>
public sealed class ChineseCrawlTests(DemoDistrict district) : CrawlerTests(district)
{
    protected override string Culture => "zh-CN";
}

/// <summary>The walk in English.</summary>
public sealed class EnglishCrawlTests(DemoDistrict district) : CrawlerTests(district)
{
    protected override string Culture => "en-US";
}
