using System.Text.RegularExpressions;

namespace CountyIP.Modules.ReferenceData.Domain;

/// <summary>Codes of reference rows are stable identifiers: letters, digits, '-', '_' and '.', at most 64 characters.</summary>
public static partial class ReferenceCode
{
    public const int MaxLength = 64;

    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    public static string Require(string code) =>
        IsValid(code) ? code : throw new ArgumentException($"'{code}' is not a valid reference code", nameof(code));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex Pattern();
}
