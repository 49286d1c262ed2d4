using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CountyIP.IntegrationTests.Infrastructure;

/// <summary>
/// Parses pages with AngleSharp. Blazor writes Chinese as <c>&amp;#x…;</c> entities, so assert on
/// <c>TextContent</c> of parsed elements, never on the raw HTML string.
/// </summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return Parse(html);
    }

    /// <summary>The element's text with whitespace runs collapsed to one space, for readable assertions.</summary>
    public static string Text(this AngleSharp.Dom.IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The one element with <c>data-testid</c> = <paramref name="testId"/>; fails when absent.</summary>
    public static AngleSharp.Dom.IElement ByTestId(this IHtmlDocument document, string testId) =>
        document.QuerySelector($"[data-testid='{testId}']")
            ?? throw new ShouldAssertException($"no element with data-testid='{testId}' in:{Environment.NewLine}{document.Body?.InnerHtml}");
}
