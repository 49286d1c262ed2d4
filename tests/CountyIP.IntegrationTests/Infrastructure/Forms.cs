using AngleSharp.Html.Dom;

namespace CountyIP.IntegrationTests.Infrastructure;

/// <summary>Reads static-SSR forms (Blazor EditForm with FormName) out of a parsed page.</summary>
public static class Forms
{
    public const string HandlerField = "_handler";
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>The form whose hidden <c>_handler</c> input is <paramref name="formName"/>; fails when absent.</summary>
    public static IHtmlFormElement Find(IHtmlDocument page, string formName) =>
        page.Forms.FirstOrDefault(f => f.QuerySelector($"input[name='{HandlerField}']")?.GetAttribute("value") == formName)
            ?? throw new ShouldAssertException(
                $"no form with {HandlerField}='{formName}'; forms on the page: " +
                string.Join(", ", page.Forms.Select(f => f.QuerySelector($"input[name='{HandlerField}']")?.GetAttribute("value") ?? "(no _handler)")));

    /// <summary>The values a browser would submit for the form as rendered (before the user types anything).</summary>
    public static Dictionary<string, string> Values(IHtmlFormElement form)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when string.IsNullOrEmpty(input.Name) || input.IsDisabled:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } input:
                    if (input.IsChecked)
                    {
                        values[input.Name!] = input.GetAttribute("value") ?? "on";
                    }

                    break;
                case IHtmlInputElement { Type: "submit" or "button" or "image" or "reset" or "file" }:
                    break;
                case IHtmlInputElement input:
                    values[input.Name!] = input.Value;
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values[area.Name!] = area.Value;
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    var selected = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    if (selected is not null)
                    {
                        values[select.Name!] = selected.Value;
                    }

                    break;
            }
        }

        return values;
    }

    /// <summary>The antiforgery token the page rendered in <paramref name="formName"/>.</summary>
    public static string AntiforgeryToken(IHtmlDocument page, string formName) =>
        Find(page, formName).QuerySelector($"input[name='{AntiforgeryField}']")?.GetAttribute("value")
            ?? throw new ShouldAssertException($"form {formName} carries no {AntiforgeryField}");
}
