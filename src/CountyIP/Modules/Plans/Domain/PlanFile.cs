using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CountyIP.Modules.Plans.Contracts;

namespace CountyIP.Modules.Plans.Domain;

/// <summary>
/// Reads and validates a plan file (format: docs/decisions/0007-plan-file-format.md). Every problem is reported
/// with the path of the field, so a bureau administrator importing a file knows what to fix; a file with any
/// problem is refused as a whole.
/// </summary>
public static partial class PlanFile
{
    public const int MaxBytes = 1024 * 1024;

    private static readonly Dictionary<string, TargetComparison> Comparisons = new(StringComparer.Ordinal)
    {
        ["at-least"] = TargetComparison.AtLeast,
        ["growth"] = TargetComparison.Growth,
        ["steady-rise"] = TargetComparison.SteadyRise,
        ["exists"] = TargetComparison.Exists,
    };

    private static readonly Dictionary<string, TargetPeriodKind> PeriodKinds = new(StringComparer.Ordinal)
    {
        ["annual"] = TargetPeriodKind.Annual,
        ["annual-average"] = TargetPeriodKind.AnnualAverage,
        ["cumulative-over-pilot"] = TargetPeriodKind.CumulativeOverPilot,
        ["ratio"] = TargetPeriodKind.Ratio,
        ["trend"] = TargetPeriodKind.Trend,
        ["milestone"] = TargetPeriodKind.Milestone,
    };

    public static string FileValue(TargetComparison comparison) => Comparisons.First(p => p.Value == comparison).Key;

    public static string FileValue(TargetPeriodKind kind) => PeriodKinds.First(p => p.Value == kind).Key;

    /// <summary>The plan, or null with at least one error.</summary>
    public static (PlanDefinition? Plan, IReadOnlyList<PlanFileError> Errors) Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return (null, [new PlanFileError("$", PlanFileErrorCode.InvalidJson, $"line {(ex.LineNumber ?? 0) + 1}")]);
        }

        using (document)
        {
            var reader = new Reader();
            var plan = reader.ReadPlan(document.RootElement);
            return reader.Errors.Count == 0 ? (plan, []) : (null, reader.Errors);
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();

    private sealed class Reader
    {
        public List<PlanFileError> Errors { get; } = [];

        public PlanDefinition? ReadPlan(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Errors.Add(new PlanFileError("$", PlanFileErrorCode.WrongType, "an object"));
                return null;
            }

            var id = Id(root, "id", "id");
            var title = Text(root, "title", "title");
            var issuingBody = Text(root, "issuingBody", "issuingBody");
            var issued = String(root, "issued", "issued");
            if (issued is not null && !MonthPattern().IsMatch(issued))
            {
                Errors.Add(new PlanFileError("issued", PlanFileErrorCode.InvalidFormat, "YYYY-MM"));
            }

            var (from, to) = PilotYears(root);
            var source = root.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            var targets = Targets(root);
            return Errors.Count == 0
                ? new PlanDefinition(id!, title!, issuingBody!, issued!, from, to, source, targets)
                : null;
        }

        private (int From, int To) PilotYears(JsonElement root)
        {
            if (!Object(root, "pilotYears", "pilotYears", out var years))
            {
                return (0, 0);
            }

            var from = Year(years, "from", "pilotYears.from");
            var to = Year(years, "to", "pilotYears.to");
            if (from is not null && to is not null && to < from)
            {
                Errors.Add(new PlanFileError("pilotYears.to", PlanFileErrorCode.OutOfOrder, $"pilotYears.from ({from})"));
            }

            return (from ?? 0, to ?? 0);
        }

        private List<PlanTarget> Targets(JsonElement root)
        {
            var result = new List<PlanTarget>();
            if (!root.TryGetProperty("targets", out var array) || array.ValueKind == JsonValueKind.Null)
            {
                Errors.Add(new PlanFileError("targets", PlanFileErrorCode.Required));
                return result;
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                Errors.Add(new PlanFileError("targets", PlanFileErrorCode.WrongType, "an array"));
                return result;
            }

            if (array.GetArrayLength() == 0)
            {
                Errors.Add(new PlanFileError("targets", PlanFileErrorCode.Empty));
                return result;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                var path = $"targets[{index++}]";
                if (element.ValueKind != JsonValueKind.Object)
                {
                    Errors.Add(new PlanFileError(path, PlanFileErrorCode.WrongType, "an object"));
                    continue;
                }

                var id = Id(element, "id", $"{path}.id");
                if (id is not null && !seen.Add(id))
                {
                    Errors.Add(new PlanFileError($"{path}.id", PlanFileErrorCode.Duplicate, id));
                }

                var section = String(element, "section", $"{path}.section");
                var name = Text(element, "name", $"{path}.name");
                var clause = String(element, "clause", $"{path}.clause");
                var unit = String(element, "unit", $"{path}.unit");
                var comparison = Enum(element, "comparison", $"{path}.comparison", Comparisons);
                var periodKind = Enum(element, "periodKind", $"{path}.periodKind", PeriodKinds);
                var value = TargetValue(element, $"{path}.targetValue", comparison, periodKind);
                if (id is not null && section is not null && name is not null && clause is not null && unit is not null && comparison is not null && periodKind is not null)
                {
                    result.Add(new PlanTarget(id, section, name, clause, unit, comparison.Value, value, periodKind.Value));
                }
            }

            return result;
        }

        private decimal? TargetValue(JsonElement target, string path, TargetComparison? comparison, TargetPeriodKind? periodKind)
        {
            decimal? value = null;
            if (target.TryGetProperty("targetValue", out var element) && element.ValueKind != JsonValueKind.Null)
            {
                if (element.ValueKind != JsonValueKind.Number || !element.TryGetDecimal(out var number))
                {
                    Errors.Add(new PlanFileError(path, PlanFileErrorCode.WrongType, "a number or null"));
                    return null;
                }

                value = number;
            }

            if (comparison == TargetComparison.AtLeast && value is null)
            {
                Errors.Add(new PlanFileError(path, PlanFileErrorCode.Required));
            }
            else if (value < 0)
            {
                Errors.Add(new PlanFileError(path, PlanFileErrorCode.OutOfRange, value.Value.ToString(CultureInfo.InvariantCulture)));
            }
            else if (periodKind == TargetPeriodKind.Ratio && value > 1)
            {
                // Ratios are fractions (0.8 for 80%): a value above 1 is almost always a percentage typed as a number.
                Errors.Add(new PlanFileError(path, PlanFileErrorCode.OutOfRange, $"{value.Value.ToString(CultureInfo.InvariantCulture)} (a ratio is a fraction, 0.8 for 80%)"));
            }

            return value;
        }

        private string? Id(JsonElement parent, string property, string path)
        {
            var id = String(parent, property, path);
            if (id is not null && !IdPattern().IsMatch(id))
            {
                Errors.Add(new PlanFileError(path, PlanFileErrorCode.InvalidFormat, "lower-case letters, digits and '-'"));
                return null;
            }

            return id;
        }

        private LocalizedText? Text(JsonElement parent, string property, string path)
        {
            if (!Object(parent, property, path, out var text))
            {
                return null;
            }

            var zh = String(text, "zh", $"{path}.zh");
            var en = String(text, "en", $"{path}.en");
            return zh is null || en is null ? null : new LocalizedText(zh, en);
        }

        private T? Enum<T>(JsonElement parent, string property, string path, Dictionary<string, T> known)
            where T : struct
        {
            var value = String(parent, property, path);
            if (value is null)
            {
                return null;
            }

            if (known.TryGetValue(value, out var result))
            {
                return result;
            }

            Errors.Add(new PlanFileError(path, PlanFileErrorCode.UnknownValue, value));
            return null;
        }

        private int? Year(JsonElement parent, string property, string path)
        {
            if (!parent.TryGetProperty(property, out var element) || element.ValueKind == JsonValueKind.Null)
            {
                Errors.Add(new PlanFileError(path, PlanFileErrorCode.Required));
                return null;
            }

            if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var year))
            {
                Errors.Add(new PlanFileError(path, PlanFileErrorCode.WrongType, "a whole number"));
                return null;
            }

            if (year is < 1949 or > 2100)
            {
                Errors.Add(new PlanFileError(path, PlanFileErrorCode.OutOfRange, year.ToString(CultureInfo.InvariantCulture)));
                return null;
            }

            return year;
        }

        private bool Object(JsonElement parent, string property, string path, out JsonElement value)
        {
            if (!parent.TryGetProperty(property, out value) || value.ValueKind == JsonValueKind.Null)
            {
                Errors.Add(new PlanFileError(path, PlanFileErrorCode.Required));
                return false;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                Errors.Add(new PlanFileError(path, PlanFileErrorCode.WrongType, "an object"));
                return false;
            }

            return true;
        }

        /// <summary>A required, non-blank string.</summary>
        private string? String(JsonElement parent, string property, string path)
        {
            if (!parent.TryGetProperty(property, out var element) || element.ValueKind == JsonValueKind.Null)
            {
                Errors.Add(new PlanFileError(path, PlanFileErrorCode.Required));
                return null;
            }

            if (element.ValueKind != JsonValueKind.String)
            {
                Errors.Add(new PlanFileError(path, PlanFileErrorCode.WrongType, "a string"));
                return null;
            }

            var text = element.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                Errors.Add(new PlanFileError(path, PlanFileErrorCode.Empty));
                return null;
            }

            return text;
        }
    }
}
