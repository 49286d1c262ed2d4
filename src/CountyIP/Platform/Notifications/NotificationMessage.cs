using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Notifications;

/// <summary>A kind's text in the current language with the notification's arguments: plain for the API and mail, marked up for pages.</summary>
public sealed partial record NotificationMessage(string Format, IReadOnlyList<string> Arguments)
{
    /// <summary>The text with the arguments in place.</summary>
    public override string ToString()
    {
        try
        {
            return string.Format(CultureInfo.CurrentCulture, Format, [.. Arguments]);
        }
        catch (FormatException)
        {
            // A resource that names more arguments than the notification carries: show the text rather than fail the page.
            return Format;
        }
    }

    /// <summary>
    /// HTML of the text: the arguments are data (names, codes, numbers) and carry <c>translate="no"</c>, so a Chinese
    /// enterprise name in an English title reads as the record's own words (docs/architecture.md, the crawler).
    /// </summary>
    public MarkupString ToMarkup()
    {
        var html = new StringBuilder();
        var last = 0;
        foreach (Match match in Placeholder().Matches(Format))
        {
            html.Append(WebUtility.HtmlEncode(Format[last..match.Index]));
            if (match.Value is "{{" or "}}")
            {
                html.Append(match.Value[0]);
            }
            else if (int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) is var index && index < Arguments.Count)
            {
                html.Append("<span translate=\"no\">").Append(WebUtility.HtmlEncode(Arguments[index])).Append("</span>");
            }

            last = match.Index + match.Length;
        }

        html.Append(WebUtility.HtmlEncode(Format[last..]));
        return new MarkupString(html.ToString());
    }

    internal static IReadOnlyList<string> ReadArguments(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    [GeneratedRegex(@"\{\{|\}\}|\{(\d+)\}")]
    private static partial Regex Placeholder();
}

/// <summary>The registered kinds (<c>AddNotificationKind</c>) and their texts in the current UI language.</summary>
public sealed class NotificationKinds
{
    private readonly Dictionary<string, NotificationKind> kinds;
    private readonly IStringLocalizerFactory localizers;

    public NotificationKinds(IEnumerable<NotificationKind> registered, IStringLocalizerFactory localizers)
    {
        kinds = new Dictionary<string, NotificationKind>(StringComparer.Ordinal);
        foreach (var kind in registered)
        {
            if (!kinds.TryAdd(kind.Code, kind) && kinds[kind.Code] != kind)
            {
                throw new InvalidOperationException($"Notification kind '{kind.Code}' is registered twice with different texts.");
            }
        }

        this.localizers = localizers;
    }

    public bool IsRegistered(NotificationKind kind) => kinds.TryGetValue(kind.Code, out var known) && known == kind;

    /// <summary>The title in the current UI language; an unknown kind (its module removed) shows its code.</summary>
    public NotificationMessage Title(string code, IReadOnlyList<string> arguments) =>
        kinds.TryGetValue(code, out var kind)
            ? new NotificationMessage(localizers.Create(kind.Resource)[kind.TitleKey], arguments)
            : new NotificationMessage(code, []);

    /// <summary>The body in the current UI language, or null for a kind without one.</summary>
    public NotificationMessage? Body(string code, IReadOnlyList<string> arguments) =>
        kinds.TryGetValue(code, out var kind) && kind.BodyKey is { } key
            ? new NotificationMessage(localizers.Create(kind.Resource)[key], arguments)
            : null;

    /// <summary>Runs <paramref name="render"/> with <paramref name="culture"/> as the UI language (mails are written before anyone reads them).</summary>
    public static T InCulture<T>(string culture, Func<T> render)
    {
        var previous = CultureInfo.CurrentUICulture;
        var previousFormat = CultureInfo.CurrentCulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousFormat;
        }
    }
}
