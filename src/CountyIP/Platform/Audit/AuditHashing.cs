using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace CountyIP.Platform.Audit;

/// <summary>
/// The canonical form of an audit record and its SHA-256 hash. The canonical form is a JSON array of every field in
/// a fixed order, led by a version tag, so a change to any field, to the order of records or to the link to the
/// previous record changes the hash. Changing this format needs a new version tag and a verifier that knows both.
/// </summary>
public static class AuditHashing
{
    public const string FormatVersion = "countyip-audit-v1";

    /// <summary>The "previous hash" of record 1.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>Keeps Chinese readable in stored JSON while still escaping HTML-sensitive characters.</summary>
    internal static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Encoder, Indented = false };

    public static byte[] Canonical(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(FormatVersion);
            writer.WriteNumberValue(record.Sequence);
            writer.WriteStringValue(record.PreviousHash);
            writer.WriteStringValue(FormatTimestamp(record.TimestampUtc));
            writer.WriteStringValue(record.Actor);
            WriteNullable(writer, record.Role);
            WriteNullable(writer, record.ClientIp);
            writer.WriteStringValue(record.Action);
            WriteNullable(writer, record.EntityType);
            WriteNullable(writer, record.EntityKey);
            writer.WriteStringValue(record.Outcome.ToString());
            WriteNullable(writer, record.Before);
            WriteNullable(writer, record.After);
            WriteNullable(writer, record.Detail);
            WriteNullable(writer, record.RequestId);
            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Lower-case hex SHA-256 of <see cref="Canonical"/>.</summary>
    public static string ComputeHash(AuditRecord record) => Convert.ToHexStringLower(SHA256.HashData(Canonical(record)));

    /// <summary>PostgreSQL keeps microseconds; truncating before hashing makes the stored value hash the same.</summary>
    public static DateTime TruncateToMicroseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % 10), DateTimeKind.Utc);

    private static string FormatTimestamp(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static void WriteNullable(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    internal static string ToJson(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
