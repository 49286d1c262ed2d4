using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CountyIP.Platform.Web;

/// <summary>
/// Money in the API (issue 10 item 6, ADR 0018's addendum on JSON): a <see cref="decimal"/> property marked
/// <c>[property: Money]</c> is written as a JSON number with exactly two decimals (<c>5000.00</c>, yuan and fen),
/// rounded half away from zero as receipts are, and read as any JSON number. A marker on the property rather than a
/// Money type: amounts stay plain decimals in the domain and in EF Core, and only the wire shape is declared, once.
/// The OpenAPI document describes such a field as <c>number</c>, format <c>decimal</c>, <c>multipleOf: 0.01</c>
/// (<see cref="DescribeAsync"/>), which <c>OpenApiShapeTests</c> checks for every field named like money.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class MoneyAttribute : JsonConverterAttribute
{
    public override JsonConverter CreateConverter(Type typeToConvert) =>
        typeToConvert == typeof(decimal) ? new Converter()
        : typeToConvert == typeof(decimal?) ? new NullableConverter()
        : throw new InvalidOperationException($"[Money] is for decimal amounts, not {typeToConvert}.");

    /// <summary>The two-decimal text of an amount (invariant culture: a JSON number).</summary>
    public static string Format(decimal amount) =>
        Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>OpenAPI schema transformer: a money property is a number with two decimals (registered in PlatformSetup).</summary>
    public static Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is { } property && property.AttributeProvider?.IsDefined(typeof(MoneyAttribute), inherit: true) == true)
        {
            // A custom converter leaves the generated schema empty: say what the converter writes.
            schema.Type = property.PropertyType == typeof(decimal?) ? JsonSchemaType.Number | JsonSchemaType.Null : JsonSchemaType.Number;
            schema.Format = "decimal";
            schema.MultipleOf = 0.01m;
        }

        return Task.CompletedTask;
    }

    private sealed class Converter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteRawValue(Format(value), skipInputValidation: true);
    }

    /// <summary>Null is written and read by the serializer itself (it does not pass null to a converter of a Nullable).</summary>
    private sealed class NullableConverter : JsonConverter<decimal?>
    {
        public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
        {
            if (value is { } amount)
            {
                writer.WriteRawValue(Format(amount), skipInputValidation: true);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
