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
    public static string Rule(PolicyItemView item, IStringLocalizer text)
    {
        var parts = new List<string>
        {
            item.Mode == AmountMode.Fixed
                ? text["PolicyRule_Fixed", Money.Format(item.Amount)]
                : text["PolicyRule_PerUnit", Money.Format(item.Amount), text[$"Unit_{item.Kind}"]],
        };
        if (item.PerApplicationCap is { } perApplication)
        {
            parts.Add(text["PolicyRule_PerApplicationCap", Money.Format(perApplication)]);
        }

        if (item.PerEnterpriseYearCap is { } perYear)
        {
            parts.Add(text["PolicyRule_PerEnterpriseYearCap", Money.Format(perYear)]);
        }

        if (item.ServiceInventionMultiplier != 1m)
        {
            parts.Add(text["PolicyRule_ServiceInvention", Factor(item.ServiceInventionMultiplier)]);
        }

        if (item.ForeignMultiplier != 1m)
        {
            parts.Add(text["PolicyRule_Foreign", Factor(item.ForeignMultiplier)]);
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
