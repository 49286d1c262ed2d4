using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Resources;

namespace CountyIP.Platform.Web.Validation;

/// <summary>
/// The one validation path (issue 10 item 1, ADR 0018): checks a command/request against the validation attributes
/// and <see cref="IValidatableObject"/> declared on its type and answers field errors in the current UI culture.
/// The API (<see cref="InputValidationFilter"/>), multipart endpoints (explicit call) and pages
/// (<c>Platform/Ui/InputValidator</c>) all run it, so one attribute gives one message everywhere.
/// </summary>
/// <remarks>
/// .NET 10's Microsoft.Extensions.Validation formats the standard attributes' messages in English only (localization
/// arrives with ValidationOptions.Localizer in .NET 11, dotnet/aspnetcore#64626): this adapter formats them from
/// <c>ValidationText</c> instead, the way MVC's attribute adapters did. An attribute with its own ErrorMessage or
/// ErrorMessageResourceType, and any other attribute, formats its own message.
/// Keys are property names (pages bind by property name; the API filter turns them to camelCase like JSON).
/// </remarks>
internal static partial class InputValidation
{
    private static readonly ResourceManager Text = new(typeof(ValidationText));
    private static readonly ConcurrentDictionary<Type, ResourceManager?> ModuleTexts = new();

    /// <summary>Field errors of <paramref name="instance"/> (empty when valid).</summary>
    public static Dictionary<string, string[]> Validate(object instance, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Collect(instance, string.Empty, services, errors, depth: 0);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Checks one object and, below it, the app's own objects it holds (an enterprise's designations, a patent's
    /// applicants), naming their fields by path: <c>Applicants[0].CreditCode</c>.
    /// </summary>
    private static void Collect(object instance, string prefix, IServiceProvider? services, Dictionary<string, List<string>> errors, int depth)
    {
        var before = errors.Count;
        foreach (var property in instance.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            foreach (var message in ValidateProperty(instance, property, services))
            {
                Add(errors, prefix + property.Name, message);
            }

            if (depth < MaxDepth && property.GetValue(instance) is { } value and not string)
            {
                if (value is System.Collections.IEnumerable items)
                {
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is not null && IsOwnType(item.GetType()))
                        {
                            Collect(item, $"{prefix}{property.Name}[{index}].", services, errors, depth + 1);
                        }

                        index++;
                    }
                }
                else if (IsOwnType(value.GetType()))
                {
                    Collect(value, $"{prefix}{property.Name}.", services, errors, depth + 1);
                }
            }
        }

        // As Validator.TryValidateObject does: the object's own rules run once its fields are well formed.
        if (errors.Count == before && instance is IValidatableObject validatable)
        {
            var context = new ValidationContext(instance, services, items: null);
            foreach (var result in validatable.Validate(context))
            {
                var members = result.MemberNames.Any() ? result.MemberNames : [string.Empty];
                foreach (var member in members)
                {
                    Add(errors, prefix + member, result.ErrorMessage ?? string.Empty);
                }
            }
        }
    }

    private const int MaxDepth = 4;

    /// <summary>A class of this app (records of commands), not a framework or BCL type.</summary>
    private static bool IsOwnType(Type type) =>
        type is { IsClass: true } && type.Namespace?.StartsWith("CountyIP.", StringComparison.Ordinal) == true;

    /// <summary>
    /// For an endpoint that reads its body by hand (multipart with files): the errors the endpoint filter would give,
    /// with API field names; a missing body is a required <c>body</c>.
    /// </summary>
    public static Dictionary<string, string[]> ForApi(object? body, IServiceProvider services) =>
        body is null
            ? Field("body", Format("Required", Text.GetString("Body", CultureInfo.CurrentUICulture) ?? "body"))
            : InputValidationFilter.ToApi(Validate(body, services));

    /// <summary>One message for one field (a header or the files of a multipart form).</summary>
    public static Dictionary<string, string[]> Field(string field, string message) => new(StringComparer.Ordinal) { [field] = [message] };

    /// <summary>The standard "at most N characters" message for a value that has no property (a header).</summary>
    public static string TooLong(string displayName, int maximum) => Format("StringLength", displayName, maximum);

    /// <summary>A JSON body that could not be read: the field at the error's path has a value of the wrong type.</summary>
    public static Dictionary<string, string[]> FromJson(System.Text.Json.JsonException error)
    {
        var field = error.Path is { Length: > 2 } path ? path[2..] : "body";
        return Field(field, Format("WrongType", field));
    }

    /// <summary>
    /// A query, route or form value the binder refused (<c>[AsParameters]</c> filters, <c>[FromForm]</c> fields): the
    /// field error a body value of the wrong type gets, or "required" for a missing one; null for any other bad request.
    /// The binder names the parameter only in its message (<c>Failed to bind parameter "int? Year" from "x"</c>,
    /// <c>Required parameter "string targetId" was not provided from form</c>), so it is read from there. Its display
    /// name is <c>Field_&lt;Name&gt;</c> in the text of the module that declared the endpoint (<paramref name="endpointType"/>),
    /// else in the Platform's.
    /// </summary>
    public static Dictionary<string, string[]>? FromBinding(string message, Type? endpointType = null)
    {
        var match = BindingFailure().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var property = match.Groups["name"].Value;
        var field = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property);
        var key = "Field_" + char.ToUpperInvariant(property[0]) + property[1..];
        var name = ModuleText(endpointType)?.GetString(key, CultureInfo.CurrentUICulture) ?? Text.GetString(key, CultureInfo.CurrentUICulture) ?? field;
        return Field(field, Format(match.Groups["kind"].Value == "Required" ? "Required" : "WrongType", name));
    }

    [System.Text.RegularExpressions.GeneratedRegex("""^(?<kind>Failed to bind|Required) parameter "[^"]* (?<name>[A-Za-z_][A-Za-z0-9_]*)(?=")""", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BindingFailure();

    /// <summary>The standard "between min and max" message for a query value that has no property.</summary>
    public static string OutOfRange(string displayName, object minimum, object maximum) => Format("Range", displayName, minimum, maximum);

    /// <summary>Messages for one property (pages re-check a field when it changes).</summary>
    public static IEnumerable<string> ValidateProperty(object instance, PropertyInfo property, IServiceProvider? services = null)
    {
        var attributes = Rules(property);
        if (attributes.Count == 0)
        {
            yield break;
        }

        var value = property.GetValue(instance);
        var displayName = DisplayName(property);
        var context = new ValidationContext(instance, services, items: null) { MemberName = property.Name, DisplayName = displayName };
        // Like Validator: when [Required] fails the other attributes are not asked (they would all fail on null).
        foreach (var attribute in attributes.OrderByDescending(a => a is RequiredAttribute))
        {
            var result = attribute.GetValidationResult(value, context);
            if (result is not null && result != ValidationResult.Success)
            {
                yield return Message(attribute, displayName) ?? result.ErrorMessage ?? string.Empty;
                if (attribute is RequiredAttribute)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>
    /// The rules of a property: its own attributes and, on a form marked <see cref="ValidatedAsAttribute"/>, those of the
    /// same-named property of the input type it stands for (the limit is written once, on the input).
    /// </summary>
    private static List<ValidationAttribute> Rules(PropertyInfo property)
    {
        var rules = property.GetCustomAttributes<ValidationAttribute>(inherit: true).ToList();
        if (property.DeclaringType?.GetCustomAttribute<ValidatedAsAttribute>() is { } validatedAs
            && validatedAs.Input.GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance) is { } source)
        {
            rules.AddRange(source.GetCustomAttributes<ValidationAttribute>(inherit: true)
                .Where(a => !(validatedAs.BlankAllowed && a is RequiredAttribute))
                .Where(a => !rules.Any(own => own.GetType() == a.GetType())));
        }

        return rules;
    }

    /// <summary>The field's name as the user reads it: [Display], else <c>Field_{Property}</c> in the module's text, else the platform's.</summary>
    public static string DisplayName(PropertyInfo property)
    {
        if (property.GetCustomAttribute<DisplayAttribute>()?.GetName() is { Length: > 0 } name)
        {
            return name;
        }

        var key = "Field_" + property.Name;
        var culture = CultureInfo.CurrentUICulture;
        return ModuleText(property.DeclaringType)?.GetString(key, culture) ?? Text.GetString(key, culture) ?? property.Name;
    }

    /// <summary>The localized message of a standard attribute, or null when the attribute formats its own.</summary>
    private static string? Message(ValidationAttribute attribute, string name)
    {
        if (attribute.ErrorMessage is not null || attribute.ErrorMessageResourceType is not null)
        {
            return null;
        }

        return attribute switch
        {
            RequiredAttribute => Format("Required", name),
            StringLengthAttribute { MinimumLength: > 0 } s => Format("StringLengthRange", name, s.MaximumLength, s.MinimumLength),
            StringLengthAttribute s => Format("StringLength", name, s.MaximumLength),
            MaxLengthAttribute m => Format("MaxLength", name, m.Length),
            MinLengthAttribute m => Format("MinLength", name, m.Length),
            LengthAttribute l => Format("Length", name, l.MinimumLength, l.MaximumLength),
            RangeAttribute r => Format("Range", name, r.Minimum, r.Maximum),
            RegularExpressionAttribute => Format("RegularExpression", name),
            EmailAddressAttribute => Format("EmailAddress", name),
            PhoneAttribute => Format("Phone", name),
            UrlAttribute => Format("Url", name),
            AllowedValuesAttribute or DeniedValuesAttribute or EnumDataTypeAttribute => Format("NotAllowed", name),
            _ => null,
        };
    }

    private static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Text.GetString(key, CultureInfo.CurrentUICulture) ?? key, args);

    /// <summary>The module's text resources (<c>CountyIP.Modules.X.XText</c>) for a type of module X.</summary>
    internal static ResourceManager? ModuleText(Type? type) => type?.Namespace is not { } ns ? null : ModuleTexts.GetOrAdd(type, static t =>
    {
        var parts = t.Namespace!.Split('.');
        if (parts.Length < 3 || parts[1] != "Modules")
        {
            return null;
        }

        var text = t.Assembly.GetType($"{parts[0]}.Modules.{parts[2]}.{parts[2]}Text");
        return text is null ? null : new ResourceManager(text);
    });

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }
}
