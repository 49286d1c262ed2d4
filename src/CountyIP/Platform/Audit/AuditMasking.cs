using System.Text.RegularExpressions;

namespace CountyIP.Platform.Audit;

/// <summary>Masks personal values for the audit log (domain notes: mobile 138****1234, ID number 3501**********1234).</summary>
public static partial class AuditMasking
{
    public const string Hidden = "***";

    public static string Mask(string value, MaskKind kind)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        return kind switch
        {
            MaskKind.Phone => MaskPhone(trimmed),
            MaskKind.IdNumber => MaskIdNumber(trimmed),
            MaskKind.Text => Hidden,
            _ when MobileShape().IsMatch(trimmed) => MaskPhone(trimmed),
            _ when IdNumberShape().IsMatch(trimmed) => MaskIdNumber(trimmed),
            _ => Hidden,
        };
    }

    /// <summary>First three and last four digits kept; anything too short to mask safely is hidden entirely.</summary>
    private static string MaskPhone(string value)
    {
        var digits = value.Length > 11 && MobileShape().IsMatch(value) ? value[^11..] : value;
        return digits.Length < 11 ? Hidden : string.Concat(digits.AsSpan(0, 3), "****", digits.AsSpan(digits.Length - 4));
    }

    /// <summary>Region prefix (4) and last four kept, the rest (birth date, order) starred.</summary>
    private static string MaskIdNumber(string value) =>
        value.Length < 15 ? Hidden : string.Concat(value.AsSpan(0, 4), new string('*', value.Length - 8), value.AsSpan(value.Length - 4));

    // Mainland mobile numbers, optionally with +86 / 86 prefix.
    [GeneratedRegex(@"^(\+?86)?1[3-9]\d{9}$")]
    private static partial Regex MobileShape();

    // 18-digit resident identity card number (GB 11643-1999), last character a digit or X.
    [GeneratedRegex(@"^\d{17}[\dXx]$")]
    private static partial Regex IdNumberShape();
}
