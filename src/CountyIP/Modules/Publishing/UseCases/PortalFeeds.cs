using System.Globalization;
using System.Xml.Linq;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using CountyIP.Modules.Publishing.Domain;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Ui;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Publishing.UseCases;

/// <summary>
/// The machine-readable faces of the portal (issue 13 §4): an RSS 2.0 feed of the notices and policies
/// (<c>/portal/rss.xml</c>), the sitemaps.org site map (<c>/sitemap.xml</c>) of every public page and published item,
/// and the event calendar as iCalendar (<c>/portal/events.ics</c>, RFC 5545 through Ical.Net) to subscribe to.
/// Both are built with LINQ to XML, so a title with &lt; or &amp; is escaped, never spliced.
/// </summary>
internal sealed class PortalFeeds(PortalLinkRegistry portal, IStringLocalizer<PublishingText> text, IStringLocalizer<SharedResource> shared)
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public string Rss(IReadOnlyList<PublicArticleRow> items, string baseUrl)
    {
        var channel = new XElement("channel",
            new XElement("title", $"{shared["Portal_Brand"]} · {text["Feed_Title"]}"),
            new XElement("link", $"{baseUrl}/portal"),
            new XElement("description", text["Feed_Description"].Value),
            new XElement("language", CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? "zh-cn" : "en-us"));
        if (items.Count > 0)
        {
            channel.Add(new XElement("lastBuildDate", items.Max(i => i.PublishedUtc).ToString("r", CultureInfo.InvariantCulture)));
        }

        foreach (var item in items)
        {
            var link = $"{baseUrl}/portal/articles/{item.Id}";
            channel.Add(new XElement("item",
                new XElement("title", item.DocumentNumber is null ? item.Title : $"{item.Title}（{item.DocumentNumber}）"),
                new XElement("link", link),
                new XElement("guid", new XAttribute("isPermaLink", "true"), link),
                new XElement("pubDate", DateTime.SpecifyKind(item.PublishedUtc, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture)),
                new XElement("category", text.EnumName(item.Channel).ToString()),
                item.Summary is null ? null : new XElement("description", item.Summary)));
        }

        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + new XElement("rss", new XAttribute("version", "2.0"), channel).ToString(SaveOptions.DisableFormatting);
    }

    public string Sitemap(IReadOnlyList<(Guid Id, ArticleChannel Channel, string Title, DateTime UpdatedUtc)> articles, string baseUrl)
    {
        var urls = new XElement(SitemapNs + "urlset");
        foreach (var link in portal.Links.Where(l => !l.Href.EndsWith(".xml", StringComparison.Ordinal)))
        {
            urls.Add(new XElement(SitemapNs + "url", new XElement(SitemapNs + "loc", baseUrl + link.Href)));
        }

        foreach (var article in articles)
        {
            urls.Add(new XElement(SitemapNs + "url",
                new XElement(SitemapNs + "loc", $"{baseUrl}/portal/articles/{article.Id}"),
                new XElement(SitemapNs + "lastmod", article.UpdatedUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }

        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + urls.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// The published events as an iCalendar feed: a day-long entry for an event without a start time (its last day
    /// inclusive), a timed one at its Beijing time given in UTC otherwise; the UID is stable, so a subscribed calendar
    /// updates in place.
    /// </summary>
    public string Ics(PublicCalendar calendar, string baseUrl)
    {
        var ics = new Ical.Net.Calendar();
        ics.AddProperty("X-WR-CALNAME", $"{shared["Portal_Brand"]} · {text["Portal_Events"]}");
        foreach (var e in calendar.Events)
        {
            var entry = new CalendarEvent
            {
                Uid = $"{e.Id}@countyip",
                Summary = e.Title,
                Location = e.Place,
                Description = string.Join("\n", new[] { e.Organiser is null ? null : text["Calendar_Organiser", e.Organiser].Value, e.Description }.OfType<string>()),
                Url = new Uri($"{baseUrl}/portal/events?month={e.StartsOn.ToString("yyyy-MM", CultureInfo.InvariantCulture)}"),
            };
            if (e.StartTime is { } time)
            {
                // In UTC: a bare VTIMEZONE without its rules is not valid RFC 5545, and UTC needs none.
                var local = e.StartsOn.ToDateTime(time, DateTimeKind.Unspecified);
                entry.Start = new CalDateTime(TimeZoneInfo.ConvertTimeToUtc(local, Platform.Web.TimeDisplay.Shanghai));
            }
            else
            {
                entry.Start = new CalDateTime(e.StartsOn);
                entry.End = new CalDateTime((e.EndsOn ?? e.StartsOn).AddDays(1));
            }

            ics.Events.Add(entry);
        }

        return new CalendarSerializer().SerializeToString(ics) ?? string.Empty;
    }
}
