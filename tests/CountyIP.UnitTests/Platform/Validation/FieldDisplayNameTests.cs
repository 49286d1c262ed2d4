using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Resources;
using CountyIP.Platform;
using CountyIP.Platform.Web.Validation;

namespace CountyIP.UnitTests.Platform.Validation;

/// <summary>
/// Issue 10 item 1 (c): a field's message names it in the user's language. Every property validated on a public
/// command/request type has its name — <c>[Display]</c>, or <c>Field_&lt;Property&gt;</c> in its module's text or the
/// Platform's — in English and in Chinese. Resource lookups fall back to the neutral (English) file, so a key missing
/// from the .zh-CN.resx showed "Respondent" in the Chinese UI; this reads each language's own file.
/// </summary>
public sealed class FieldDisplayNameTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void InputTypes_ValidatedProperties_NamedInBothLanguages()
    {
        var inputs = typeof(PlatformSetup).Assembly.GetTypes().Where(InputValidationFilter.IsInput).ToList();
        inputs.Count.ShouldBeGreaterThan(20);

        var missing = inputs
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.IsDefined(typeof(ValidationAttribute), inherit: true))
                .SelectMany(p => Missing(type, p)))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        missing.ShouldBeEmpty($"add the field names (tools/resx.py):{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    [Fact]
    public void Check_PropertyWithoutName_IsFound()
    {
        var property = typeof(Unnamed).GetProperty(nameof(Unnamed.NoSuchFieldAnywhere))!;

        Missing(typeof(Unnamed), property).ShouldBe([$"{typeof(Unnamed).FullName}.NoSuchFieldAnywhere: Field_NoSuchFieldAnywhere (en, zh-CN)"]);
    }

    private static IEnumerable<string> Missing(Type type, PropertyInfo property)
    {
        if (property.GetCustomAttribute<DisplayAttribute>() is { Name.Length: > 0 })
        {
            yield break;
        }

        var key = "Field_" + property.Name;
        var sources = new[] { InputValidation.ModuleText(property.DeclaringType), new ResourceManager(typeof(ValidationText)) }.OfType<ResourceManager>().ToList();
        var languages = new[] { (Name: "en", Culture: CultureInfo.InvariantCulture), (Name: "zh-CN", Culture: Chinese) }
            .Where(l => !sources.Any(s => Has(s, key, l.Culture)))
            .Select(l => l.Name)
            .ToList();
        if (languages.Count > 0)
        {
            yield return $"{type.FullName}.{property.Name}: {key} ({string.Join(", ", languages)})";
        }
    }

    /// <summary>The key in this language's own file, not a parent's.</summary>
    private static bool Has(ResourceManager resources, string key, CultureInfo culture) =>
        resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.GetString(key) is { Length: > 0 };

    public sealed class Unnamed
    {
        [Required]
        public string? NoSuchFieldAnywhere { get; set; }
    }
}
