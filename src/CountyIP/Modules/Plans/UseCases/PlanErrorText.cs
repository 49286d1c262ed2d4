using CountyIP.Modules.Plans.Domain;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Plans.UseCases;

/// <summary>A plan-file problem in the user's language: "field: message" (the field path stays as in the file).</summary>
internal static class PlanErrorText
{
    public static string Message(IStringLocalizer<PlansText> t, PlanFileError error) =>
        t[$"PlanError_{error.Code}", error.Value ?? string.Empty];

    public static string Format(IStringLocalizer<PlansText> t, PlanFileError error) => $"{error.Field}: {Message(t, error)}";

    public static Dictionary<string, string[]> ByField(IStringLocalizer<PlansText> t, IEnumerable<PlanFileError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => Message(t, e)).ToArray());
}
