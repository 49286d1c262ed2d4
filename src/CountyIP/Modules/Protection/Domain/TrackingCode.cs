using System.Security.Cryptography;
using System.Text;

namespace CountyIP.Modules.Protection.Domain;

/// <summary>
/// The complainant's key to their case: 25 Crockford base32 characters (125 random bits) in five groups of five, so
/// it can be read over the phone. Only a SHA-256 hash is stored; with 125 bits of entropy an unsalted hash cannot be
/// reversed by guessing, and a lookup needs no scan.
/// </summary>
public static class TrackingCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 25;

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        var text = new StringBuilder(Length + 4);
        for (var i = 0; i < Length; i++)
        {
            if (i > 0 && i % 5 == 0)
            {
                text.Append('-');
            }

            // 256 is a multiple of 32, so taking 5 bits of each random byte has no bias.
            text.Append(Alphabet[bytes[i] & 31]);
        }

        return text.ToString();
    }

    /// <summary>Upper case, separators dropped, Crockford's look-alikes (I, L → 1; O → 0) folded; null when not a code.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 64)
        {
            return null;
        }

        var text = new StringBuilder(Length);
        foreach (var c in input.ToUpperInvariant())
        {
            var folded = c switch
            {
                'I' or 'L' => '1',
                'O' => '0',
                '-' or ' ' => '\0',
                _ => c,
            };
            if (folded == '\0')
            {
                continue;
            }

            if (!Alphabet.Contains(folded, StringComparison.Ordinal))
            {
                return null;
            }

            text.Append(folded);
        }

        return text.Length == Length ? text.ToString() : null;
    }

    /// <summary>Hash of a code for storage and lookup; an invalid code hashes to a value no case has.</summary>
    public static string Hash(string? input)
    {
        var normalized = Normalize(input) ?? "invalid:" + input;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}

/// <summary>Masks personal identifiers for people who do not need them (PIPL; domain note: 138****1234).</summary>
public static class PersonalDataMask
{
    public static string? Mobile(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var digits = new string([.. value.Where(char.IsAsciiDigit)]);
        if (digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        return digits.Length >= 7 ? string.Concat(digits.AsSpan(0, 3), "****", digits.AsSpan(digits.Length - 4)) : "****";
    }
}
