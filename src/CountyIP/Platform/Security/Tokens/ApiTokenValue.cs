using System.Security.Cryptography;
using System.Text;

namespace CountyIP.Platform.Security;

/// <summary>Creates token values and their stored hashes.</summary>
internal static class ApiTokenValue
{
    public const string Marker = "cip_";

    /// <summary>32 random bytes (256 bits), base64url, with a marker so secret scanners recognise the value.</summary>
    public static string Create() => Marker + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>A fast hash is enough: the value has 256 bits of entropy, so it cannot be guessed from the hash.</summary>
    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    public static string PrefixOf(string value) => value[..Math.Min(value.Length, 10)];

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
