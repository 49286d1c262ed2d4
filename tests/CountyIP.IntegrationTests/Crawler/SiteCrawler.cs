using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using CountyIP.IntegrationTests.Infrastructure;

namespace CountyIP.IntegrationTests.Crawler;

/// <summary>
/// Walks the product the way a newcomer clicks through it (issue 9 §3): from the start pages it follows every link it
/// can reach, submits every search form empty and with a sample filter, opens every export and drill-down, starts every
/// background job a page offers and waits for it, and records every problem instead of stopping at the first, so one
/// run names them all.
/// </summary>
public sealed partial class SiteCrawler(TestClient client, string culture)
{
    /// <summary>A page slower than this (twice in a row) is a problem.</summary>
    public static readonly TimeSpan SlowPage = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A file a person waits for (an export of the whole demo ledger, a report) may take longer than a page, but not
    /// so long that they think it broke.
    /// </summary>
    public static readonly TimeSpan SlowDownload = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Bound of one crawl, so a page that generates endless links cannot hang the suite. The bureau officer's walk of
    /// the whole demo product takes about 720 requests (December 2026, eleven modules); raise it with the product.
    /// </summary>
    private const int MaxRequests = 1000;

    /// <summary>Pages of the same route (ids and values aside) visited at most this often: the template is what is tested.</summary>
    private const int VisitsPerRoute = 2;

    /// <summary>
    /// POST forms (by their <c>FormName</c>) that start a background job; the crawl submits each once and requires the
    /// job to succeed. Other POST forms change or delete records and are left to the module tests.
    /// </summary>
    public static readonly IReadOnlySet<string> JobForms = new HashSet<string>(StringComparer.Ordinal) { "start-report", "import-confirm" };

    /// <summary>
    /// The import form: the crawl does what an officer checking the import would do, export the patent list and upload
    /// that very file, and requires the preview to find nothing changed (the export and the import speak one format).
    /// </summary>
    public const string ImportUploadForm = "import-upload";

    /// <summary>Links that are not pages of the product for this walk: signing out, switching language, API reference.</summary>
    private static readonly string[] SkippedPrefixes = ["/account/logout", "/culture", "/_framework", "/_content", "/lib/", "/css/", "/js/"];

    private readonly Queue<string> queue = new();
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> visitsPerRoute = new(StringComparer.Ordinal);
    private readonly HashSet<string> submittedForms = new(StringComparer.Ordinal);
    private readonly List<string> problems = [];
    private readonly Dictionary<string, string> referrers = new(StringComparer.Ordinal);
    private readonly List<(string Url, TimeSpan Elapsed)> visits = [];
    private int requests;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public IReadOnlyList<string> Problems => problems;

    /// <summary>Routes visited (for the test's own sanity check that the walk went somewhere).</summary>
    public IReadOnlyCollection<string> Routes => visitsPerRoute.Keys;

    public int Requests => requests;

    /// <summary>Each visit's whole time (request, checks, forms, jobs waited for), for a person looking for the walk's cost.</summary>
    public IReadOnlyList<(string Url, TimeSpan Elapsed)> Visits => visits;

    private bool Chinese => culture.StartsWith("zh", StringComparison.Ordinal);

    private string Who => $"{client.User?.UserName ?? "anonymous"} ({culture})";

    public async Task RunAsync(params string[] startUrls)
    {
        // The language is chosen the way a person chooses it: the switch in the top bar.
        using (var switched = await client.GetAsync($"/culture?name={culture}&returnUrl=%2F"))
        {
            switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        foreach (var url in startUrls)
        {
            Enqueue(url, "(start)");
        }

        while (queue.Count > 0 && requests < MaxRequests)
        {
            var url = queue.Dequeue();
            var started = Stopwatch.GetTimestamp();
            await VisitAsync(url);
            visits.Add((url, Stopwatch.GetElapsedTime(started)));
        }

        if (requests >= MaxRequests)
        {
            problems.Add($"the walk stopped at {MaxRequests} requests with {queue.Count} links left: a page generates endless links?");
        }
    }

    /// <param name="force">A page a form led to is visited even when its route was walked enough already.</param>
    private void Enqueue(string url, string from, bool force = false)
    {
        if (!seen.Add(url) && !force)
        {
            return;
        }

        var route = RouteKey(url);
        visitsPerRoute.TryGetValue(route, out var visits);
        if (visits >= VisitsPerRoute && !force)
        {
            return;
        }

        visitsPerRoute[route] = visits + 1;
        referrers[url] = from;
        queue.Enqueue(url);
    }

    private async Task VisitAsync(string url)
    {
        var (response, elapsed, finalUrl) = await GetFollowingRedirectsAsync(url);
        using (response)
        {
            if (response is null)
            {
                return;
            }

            var from = referrers.GetValueOrDefault(url, "?");
            var isPage = response.Content.Headers.ContentType?.MediaType == "text/html";
            var limit = isPage ? SlowPage : SlowDownload;
            if (elapsed > limit)
            {
                // The first visit of a page may pay for JIT and caches; a page slow twice in a row is slow.
                var (again, secondElapsed, _) = await GetFollowingRedirectsAsync(url);
                again?.Dispose();
                if (secondElapsed > limit)
                {
                    Problem(url, from, $"slow: {elapsed.TotalMilliseconds:F0} ms, then {secondElapsed.TotalMilliseconds:F0} ms (limit {limit.TotalMilliseconds:F0} ms)");
                }
            }

            if (!CheckStatus(url, from, response, finalUrl))
            {
                return;
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            if (mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                if (!finalUrl.StartsWith("/openapi/", StringComparison.Ordinal))
                {
                    Problem(url, from, $"a link opens a raw JSON response ({mediaType}) instead of a page or a file");
                }

                return;
            }

            if (!mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            {
                await CheckDownloadAsync(url, from, response, mediaType);
                return;
            }

            var page = await SettleJobsAsync(url, from, await Html.ParseAsync(response), finalUrl);
            if (page is null)
            {
                return;
            }

            CheckPage(url, from, page);
            CheckImportRoundTrip(url, from, page);
            foreach (var link in Links(page, finalUrl))
            {
                Enqueue(link, url);
            }

            await SubmitFormsAsync(page, finalUrl);
        }
    }

    private bool CheckStatus(string url, string from, HttpResponseMessage response, string finalUrl)
    {
        var path = finalUrl.Split('?')[0];
        if (client.User is not null && path == "/account/login")
        {
            Problem(url, from, "sends a signed-in user back to the sign-in page");
            return false;
        }

        if (path == "/account/access-denied" || response.StatusCode == HttpStatusCode.Forbidden)
        {
            Problem(url, from, "a link this role is shown leads to 无权访问 (access denied)");
            return false;
        }

        if (path == "/not-found" || response.StatusCode == HttpStatusCode.NotFound)
        {
            Problem(url, from, "a link leads to a page that does not exist (404)");
            return false;
        }

        if (path == "/error" || (int)response.StatusCode >= 400)
        {
            Problem(url, from, $"answers {(int)response.StatusCode} {response.ReasonPhrase}");
            return false;
        }

        return true;
    }

    private void CheckPage(string url, string from, IHtmlDocument page)
    {
        var main = page.QuerySelector("main") ?? page.Body;
        var text = main?.TextContent.Trim() ?? "";
        if (text.Length < 4)
        {
            Problem(url, from, "empty page: its main area has no text");
        }

        if (page.Body?.TextContent.TrimStart().StartsWith('{') == true)
        {
            Problem(url, from, "raw JSON shown as a page");
        }

        if (Chinese)
        {
            var latin = PageLanguage.LatinWords(page);
            if (latin.Count > 0)
            {
                Problem(url, from, $"Latin words in the Chinese UI: {string.Join(", ", latin.Take(12))}");
            }
        }
        else
        {
            var chinese = PageLanguage.ChineseInFurniture(page);
            if (chinese.Count > 0)
            {
                Problem(url, from, $"Chinese text in the English UI: {string.Join(" | ", chinese.Take(8))}");
            }
        }
    }

    private async Task CheckDownloadAsync(string url, string from, HttpResponseMessage response, string mediaType)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        if (bytes.Length == 0)
        {
            Problem(url, from, $"download ({mediaType}) is empty");
            return;
        }

        var signature = mediaType switch
        {
            "application/pdf" => "%PDF"u8.ToArray(),
            _ when mediaType.Contains("openxmlformats", StringComparison.Ordinal) => "PK"u8.ToArray(),
            _ => [],
        };
        if (!bytes.AsSpan().StartsWith(signature))
        {
            Problem(url, from, $"download claims {mediaType} but its content is not one");
        }
    }

    /// <summary>GET with redirects followed by hand (the test client never follows them), timing the whole chain.</summary>
    private async Task<(HttpResponseMessage? Response, TimeSpan Elapsed, string FinalUrl)> GetFollowingRedirectsAsync(string url)
    {
        var current = url;
        var clock = Stopwatch.StartNew();
        for (var hop = 0; hop < 6; hop++)
        {
            requests++;
            var response = await client.GetAsync(current);
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                response.Dispose();
                var next = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
                if (location.IsAbsoluteUri && location.Host != TestClient.BaseAddress.Host)
                {
                    return (null, clock.Elapsed, current);
                }

                current = next;
                continue;
            }

            return (response, clock.Elapsed, current);
        }

        Problem(url, referrers.GetValueOrDefault(url, "?"), "redirects in a loop");
        return (null, clock.Elapsed, current);
    }

    private static IEnumerable<string> Links(IHtmlDocument page, string pageUrl)
    {
        var baseUri = new Uri(TestClient.BaseAddress, pageUrl);
        foreach (var anchor in page.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href")!.Trim();
            if (href.Length == 0 || href.StartsWith('#') || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var target = new Uri(baseUri, href);
            if (target.Host != TestClient.BaseAddress.Host)
            {
                continue;
            }

            var local = target.PathAndQuery;
            if (SkippedPrefixes.Any(p => local.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            yield return local;
        }
    }

    private async Task SubmitFormsAsync(IHtmlDocument page, string pageUrl)
    {
        foreach (var form in page.Forms)
        {
            var method = (form.GetAttribute("method") ?? "get").ToLowerInvariant();
            var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl.Split('?')[0] : form.GetAttribute("action")!;
            var actionPath = new Uri(new Uri(TestClient.BaseAddress, pageUrl), action).AbsolutePath;
            if (method == "get")
            {
                if (!submittedForms.Add("GET " + actionPath))
                {
                    continue;
                }

                // As rendered (a person pressing 查询 with nothing typed), then with a sample filter.
                var empty = Forms.Values(form);
                Enqueue(actionPath + "?" + Query(empty), pageUrl);
                Enqueue(actionPath + "?" + Query(SampleFilter(form, empty)), pageUrl);
                continue;
            }

            var handler = form.QuerySelector($"input[name='{Forms.HandlerField}']")?.GetAttribute("value");
            if (handler is not null && JobForms.Contains(handler) && submittedForms.Add("POST " + handler))
            {
                await StartJobAsync(page, pageUrl, handler);
            }
            else if (handler == ImportUploadForm && submittedForms.Add("POST " + handler))
            {
                await UploadOwnExportAsync(form, pageUrl);
            }
        }
    }

    private static Dictionary<string, string> SampleFilter(IHtmlFormElement form, Dictionary<string, string> values)
    {
        var sample = new Dictionary<string, string>(values, StringComparer.Ordinal);
        foreach (var select in form.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>())
        {
            var option = select.Options.FirstOrDefault(o => !string.IsNullOrEmpty(o.Value) && !o.IsSelected);
            if (option is not null)
            {
                sample[select.Name!] = option.Value;
            }
        }

        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>())
        {
            switch (input.Type)
            {
                case "search" or "text" when string.IsNullOrEmpty(input.Value):
                    sample[input.Name!] = "有限";
                    break;
                case "date" when string.IsNullOrEmpty(input.Value):
                    sample[input.Name!] = "2013-01-01";
                    break;
            }
        }

        return sample;
    }

    private static string Query(Dictionary<string, string> values) =>
        string.Join('&', values.Where(v => v.Key != Forms.HandlerField && v.Key != Forms.AntiforgeryField)
            .Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}"));

    private async Task StartJobAsync(IHtmlDocument page, string pageUrl, string handler)
    {
        requests++;
        using var response = await client.SubmitFormAsync(page, pageUrl, handler, new Dictionary<string, string>());
        var location = response.Headers.Location?.OriginalString ?? "";
        if ((int)response.StatusCode is < 300 or >= 400 || location.Length == 0)
        {
            var body = await Html.ParseAsync(response);
            var error = body.QuerySelector("[data-testid='form-error'], .alert-danger")?.TextContent.Trim();
            Problem(pageUrl, "(form " + handler + ")", $"starting the job answered {(int)response.StatusCode} without leading on: {error}");
            return;
        }

        // The page the form leads to shows the job's progress bar; visiting it waits for the job (SettleJobsAsync).
        var match = JobIdInUrl().Match(location);
        if (match.Success)
        {
            var jobId = match.Groups["id"].Value;
            var status = await WaitForJobAsync(jobId);
            if (status != "Succeeded")
            {
                Problem(pageUrl, "(form " + handler + ")", $"background job {jobId} ended {status}");
            }
        }

        Enqueue(location.StartsWith('/') ? location : new Uri(location).PathAndQuery, pageUrl + " (form " + handler + ")", force: true);
    }

    /// <summary>
    /// A page showing a running job (its progress bar) is what a person sees until the script reloads it when the job
    /// ends: the crawl waits for every such job, requires it to succeed, and goes on with the reloaded page.
    /// </summary>
    private async Task<IHtmlDocument?> SettleJobsAsync(string url, string from, IHtmlDocument page, string finalUrl)
    {
        for (var round = 0; round < 4; round++)
        {
            var running = page.QuerySelectorAll("[data-job-id][data-job-finished='false']")
                .Select(e => e.GetAttribute("data-job-id")!).Distinct().ToList();
            if (running.Count == 0)
            {
                return page;
            }

            foreach (var jobId in running)
            {
                var status = await WaitForJobAsync(jobId);
                if (status != "Succeeded")
                {
                    Problem(url, from, $"background job {jobId} shown on the page ended {status}");
                }
            }

            requests++;
            using var reloaded = await client.GetAsync(finalUrl);
            if (reloaded.StatusCode != HttpStatusCode.OK)
            {
                Problem(url, from, $"reloaded after its job ended, answers {(int)reloaded.StatusCode}");
                return null;
            }

            page = await Html.ParseAsync(reloaded);
        }

        return page;
    }

    private void CheckImportRoundTrip(string url, string from, IHtmlDocument page)
    {
        if (!url.StartsWith("/registry/imports/", StringComparison.Ordinal) || uploadedImportPath is null || !url.StartsWith(uploadedImportPath, StringComparison.Ordinal))
        {
            return;
        }

        var changed = page.QuerySelector("[data-testid='count-changed']")?.TextContent.Trim();
        var invalid = page.QuerySelector("[data-testid='count-invalid']")?.TextContent.Trim();
        if (changed is not null && changed != "0")
        {
            Problem(url, from, $"re-importing the app's own patent export reports {changed} changed rows");
        }

        if (invalid is not null && invalid != "0")
        {
            Problem(url, from, $"re-importing the app's own patent export reports {invalid} invalid rows");
        }
    }

    private string? uploadedImportPath;

    private async Task UploadOwnExportAsync(IHtmlFormElement form, string pageUrl)
    {
        requests++;
        using var export = await client.GetAsync("/api/patents/export");
        if (export.StatusCode != HttpStatusCode.OK)
        {
            Problem(pageUrl, "(form " + ImportUploadForm + ")", $"the patent export to re-import answered {(int)export.StatusCode}");
            return;
        }

        var bytes = await export.Content.ReadAsByteArrayAsync(Ct);
        var values = Forms.Values(form);
        var kind = form.QuerySelectorAll("select[name='Kind'] option").Select(o => o.GetAttribute("value")).FirstOrDefault(v => v == "Patents");
        if (kind is not null)
        {
            values["Kind"] = kind;
        }

        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "patents-export.xlsx");
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        requests++;
        using var response = await client.Http.PostAsync(new Uri(new Uri(TestClient.BaseAddress, pageUrl), action), content, Ct);
        var location = response.Headers.Location?.OriginalString ?? "";
        if ((int)response.StatusCode is < 300 or >= 400 || !location.Contains("/registry/imports/", StringComparison.Ordinal))
        {
            var body = await Html.ParseAsync(response);
            var error = body.QuerySelector("[data-testid='form-error']")?.TextContent.Trim();
            Problem(pageUrl, "(form " + ImportUploadForm + ")", $"uploading the app's own patent export answered {(int)response.StatusCode}: {error}");
            return;
        }

        uploadedImportPath = location.StartsWith('/') ? location : new Uri(location).PathAndQuery;
        Enqueue(uploadedImportPath, pageUrl + " (form " + ImportUploadForm + ")", force: true);
    }

    private async Task<string> WaitForJobAsync(string jobId)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            requests++;
            using var response = await client.GetAsync($"/api/jobs/{jobId}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return $"unreadable (GET /api/jobs/{jobId} answered {(int)response.StatusCode})";
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            var root = json.RootElement;
            var status = root.GetProperty("status");
            // The API writes enums as names (issue 10 item 6).
            var name = status.GetString() ?? "";
            if (name is "Succeeded" or "Failed" or "Cancelled")
            {
                var reason = root.TryGetProperty("error", out var error) ? $" ({error})" : "";
                return name == "Succeeded" ? name : name + reason;
            }

            await Task.Delay(200, Ct);
        }

        return "still running after 3 minutes";
    }

    private void Problem(string url, string from, string what) => problems.Add($"{Who} GET {url} (linked from {from}): {what}");

    /// <summary>The route a URL belongs to: ids and numbers in the path become placeholders; the query keeps its names only.</summary>
    public static string RouteKey(string url)
    {
        var parts = url.Split('?', 2);
        var segments = parts[0].Split('/').Select(s =>
            Guid.TryParse(s, out _) ? "{id}"
            : s.Length >= 4 && s.Count(char.IsAsciiDigit) >= 3 ? "{n}"
            : s);
        var path = string.Join('/', segments);
        if (parts.Length == 1)
        {
            return path;
        }

        var names = parts[1].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)[0])
            .Where(n => n != "page")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        // Each filter alone and each pair is its own route; three filters and more at once are one route per page.
        // Filter links combine (a search page's type × state × year × unit links made a fifth of the walk) and the
        // larger combinations run the same filter code as the pairs.
        return names.Count >= 3 ? path + "?(three or more filters)" : path + "?" + string.Join('&', names);
    }

    [GeneratedRegex(@"job=(?<id>[0-9a-fA-F-]{36})")]
    private static partial Regex JobIdInUrl();
}
