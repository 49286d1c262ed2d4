using System.Security.Cryptography;

namespace CountyIP.Platform.Security;

/// <summary>Generated passwords for the first admin and for resets: 16 characters, all four classes, no look-alikes.</summary>
internal static class OneTimePassword
{
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "#%+=?@";
    private const int Length = 16;

    public static string Generate()
    {
        var all = Lower + Upper + Digits + Symbols;
        var chars = new char[Length];
        chars[0] = Pick(Lower);
        chars[1] = Pick(Upper);
        chars[2] = Pick(Digits);
        chars[3] = Pick(Symbols);
        for (var i = 4; i < Length; i++)
        {
            chars[i] = Pick(all);
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}

/// <summary>
/// Where the generated first-start admin password goes. The default writes it once to standard output and not
/// through the logger, so it never lands in log files; tests replace it to capture the value.
/// </summary>
public interface IOneTimePasswordSink
{
    Task ShowAsync(string userName, string password, CancellationToken cancellationToken);
}

internal sealed class ConsoleOneTimePasswordSink : IOneTimePasswordSink
{
    public async Task ShowAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var line = new string('=', 72);
        await Console.Out.WriteLineAsync(
            $"{line}\nCountyIP first start: created administrator account '{userName}'.\n" +
            $"One-time password (shown only this once): {password}\n" +
            $"Sign in at /account/login; you must choose a new password at first sign-in.\n" +
            $"To set it yourself instead, start with CountyIP__Bootstrap__AdminPassword.\n{line}");
        await Console.Out.FlushAsync(cancellationToken);
    }
}
