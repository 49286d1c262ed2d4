using System.Diagnostics;

namespace CountyIP.IntegrationTests.Infrastructure;

/// <summary>Poppler's command-line tools on a generated PDF (DESIGN.md: tests render page 1 and check it).</summary>
internal static class PdfTools
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<string> RunAsync(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        process.ExitCode.ShouldBe(0, await process.StandardError.ReadToEndAsync(Ct));
        return output;
    }

    /// <summary>Pixels darker than mid-grey in a binary PGM (P5) image.</summary>
    public static int DarkPixels(byte[] pgm)
    {
        var fields = 0;
        var position = 0;
        while (fields < 4)
        {
            while (char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            while (!char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            fields++;
        }

        position++;
        return pgm.Skip(position).Count(b => b < 128);
    }
}
