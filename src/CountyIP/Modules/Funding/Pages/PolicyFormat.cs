using System.Globalization;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Modules.Funding.UseCases;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.Pages;

/// <summary>How the pages show a reward policy: its items' amount rules in words, its state's tone, its dates.</summary>
internal static class PolicyFormat
{
    /// <summary>
    /// An item's amount rule as an officer reads it from the document: "每件 5,000.00 元，每项申请上限 20,000.00 元，职务发明 ×1.5"
    /// (the unit follows the kind: per patent, per yuan of interest, per person-time…); caps and factors only when they apply.
    /// </summary>
    public static string Rule(PolicyItemView item, IStringLocalizer text) =>
        Rule(item.Kind, item.Mode, item.Amount, item.PerApplicationCap, item.PerEnterpriseYearCap, item.ServiceInventionMultiplier, item.ForeignMultiplier, text);

    /// <summary>The same words for an item the application form offers.</summary>
    public static string Rule(ItemChoice item, IStringLocalizer text) =>
        Rule(item.Kind, item.Mode, item.Amount, item.PerApplicationCap, item.PerEnterpriseYearCap, item.ServiceInventionMultiplier, item.ForeignMultiplier, text);

    private static string Rule(AchievementKind kind, AmountMode mode, decimal amount, decimal? perApplicationCap, decimal? perEnterpriseYearCap, decimal serviceInventionMultiplier, decimal foreignMultiplier, IStringLocalizer text)
    {
        var parts = new List<string>
        {
            mode == AmountMode.Fixed
                ? text["PolicyRule_Fixed", Money.Format(amount)]
                : text["PolicyRule_PerUnit", Money.Format(amount), text[$"Unit_{kind}"]],
        };
        if (perApplicationCap is { } perApplication)
        {
            parts.Add(text["PolicyRule_PerApplicationCap", Money.Format(perApplication)]);
        }

        if (perEnterpriseYearCap is { } perYear)
        {
            parts.Add(text["PolicyRule_PerEnterpriseYearCap", Money.Format(perYear)]);
        }

        if (serviceInventionMultiplier != 1m)
        {
            parts.Add(text["PolicyRule_ServiceInvention", Factor(serviceInventionMultiplier)]);
        }

        if (foreignMultiplier != 1m)
        {
            parts.Add(text["PolicyRule_Foreign", Factor(foreignMultiplier)]);
        }

        return string.Join(text["PolicyRule_Separator"].Value, parts);
    }

    /// <summary>A factor without trailing zeros: 1.5, 2, 1.25.</summary>
    public static string Factor(decimal factor) => factor.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Tone(PolicyState state) => state switch
    {
        PolicyState.Published => "success",
        PolicyState.Draft => "warning",
        _ => "secondary",
    };

    /// <summary>"2014-01-01 – 2014-12-31", or "2014-01-01 – 长期有效" when open-ended.</summary>
    public static string Dates(DateOnly from, DateOnly? to, IStringLocalizer text) =>
        $"{Money.Date(from)} – {(to is { } end ? Money.Date(end) : text["Policy_OpenEnded"])}";
}
