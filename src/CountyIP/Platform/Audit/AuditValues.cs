using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CountyIP.Platform.Audit;

/// <summary>
/// Writes an entity's values as the before/after JSON of an audit record: secrets left out entirely, personal data
/// masked (个人信息保护法 art. 51: security measures such as de-identification), everything else as stored.
/// </summary>
internal static class AuditValues
{
    private const string DataProtectionPrefix = "CfDJ8";

    private static readonly ConcurrentDictionary<IProperty, Treatment> Treatments = new();

    private enum Treatment
    {
        Plain,
        Masked,
        Omitted,
    }

    /// <summary>The key of the entry, composite keys joined with ",".</summary>
    public static string? Key(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return null;
        }

        return string.Join(",", key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
    }

    /// <summary>JSON of <paramref name="properties"/>, taking original or current values.</summary>
    public static string Json(EntityEntry entry, IEnumerable<IProperty> properties, bool original) =>
        AuditHashing.ToJson(writer =>
        {
            writer.WriteStartObject();
            foreach (var property in properties)
            {
                var treatment = Treatments.GetOrAdd(property, Classify);
                if (treatment == Treatment.Omitted)
                {
                    continue;
                }

                var member = entry.Property(property.Name);
                var value = original ? member.OriginalValue : member.CurrentValue;
                writer.WritePropertyName(property.Name);
                if (value is string protectedText && protectedText.StartsWith(DataProtectionPrefix, StringComparison.Ordinal))
                {
                    // Ciphertext of ASP.NET Core Data Protection: confidential by definition, and it must not outlive a purge of its record.
                    writer.WriteStringValue(AuditMasking.Hidden);
                }
                else if (treatment == Treatment.Masked && value is string text)
                {
                    writer.WriteStringValue(AuditMasking.Mask(text, MaskKindOf(property)));
                }
                else
                {
                    WriteValue(writer, value);
                }
            }

            writer.WriteEndObject();
        });

    private static Treatment Classify(IProperty property)
    {
        var info = property.PropertyInfo;
        var declaring = property.DeclaringType.ClrType;
        if (info?.GetCustomAttribute<SecretAttribute>() is not null
            || property.Name is nameof(IdentityUser.PasswordHash) or nameof(IdentityUser.SecurityStamp) or nameof(IdentityUser.ConcurrencyStamp)
            || property.Name.EndsWith("Hash", StringComparison.Ordinal)
            || property.Name.Contains("Secret", StringComparison.OrdinalIgnoreCase)
            || (declaring.IsGenericType && declaring.GetGenericTypeDefinition() == typeof(IdentityUserToken<>) && property.Name == nameof(IdentityUserToken<Guid>.Value))
            || (declaring == typeof(DataProtectionKey) && property.Name == nameof(DataProtectionKey.Xml)))
        {
            return Treatment.Omitted;
        }

        // Module text may hold personal data that the module purges after retention (个人信息保护法 art. 47); the
        // never-deleted audit log keeps it masked so a purge leaves no trace here, unless the property is declared
        // free of personal data with [AuditPlain].
        var moduleText = property.ClrType == typeof(string) && declaring.Namespace?.StartsWith("CountyIP.Modules", StringComparison.Ordinal) == true
            && info?.GetCustomAttribute<AuditPlainAttribute>() is null;
        return moduleText || info?.GetCustomAttribute<MaskedAttribute>() is not null || info?.GetCustomAttribute<PersonalDataAttribute>() is not null
            ? Treatment.Masked
            : Treatment.Plain;
    }

    private static MaskKind MaskKindOf(IProperty property) =>
        property.PropertyInfo?.GetCustomAttribute<MaskedAttribute>()?.Kind
        ?? (property.Name.Contains("Phone", StringComparison.OrdinalIgnoreCase) ? MaskKind.Phone : MaskKind.Auto);

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case short sh: writer.WriteNumberValue(sh); break;
            case byte by: writer.WriteNumberValue(by); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case float f when float.IsFinite(f): writer.WriteNumberValue(f); break;
            case byte[] bytes: writer.WriteStringValue($"({bytes.Length} bytes)"); break;
            default: writer.WriteStringValue(Format(value)); break;
        }
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        DateTime dt => dt.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
