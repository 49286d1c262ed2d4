using PdfSharp.Fonts;

namespace CountyIP.Platform.Documents;

/// <summary>
/// PDFsharp 6.2.4 draws Chinese only with a font it can embed: a single-face TrueType CJK font from Debian
/// (fonts-arphic-gbsn00lp); the .ttc/CFF Noto CJK files do not work with it (DESIGN.md). Every family resolves to
/// that face; bold is simulated.
/// </summary>
public sealed class CjkFontResolver(string fontPath) : IFontResolver
{
    public const string Family = "CountyIP CJK";
    public const string DefaultPath = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
    private const string FaceName = "countyip-cjk";

    private static readonly Lock Gate = new();
    private byte[]? bytes;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(FaceName, bold, italic);

    public byte[]? GetFont(string faceName) => bytes ??= File.ReadAllBytes(fontPath);

    /// <summary>
    /// The font file: <c>CountyIP:PdfFontPath</c>, else the older <c>Indicators:PdfFontPath</c> (the self-assessment report
    /// was the first PDF), else Debian's gbsn00lp.
    /// </summary>
    public static string PathFrom(IConfiguration configuration) =>
        configuration["CountyIP:PdfFontPath"] ?? configuration["Indicators:PdfFontPath"] ?? DefaultPath;

    /// <summary>Installs the resolver once per process (PDFsharp's font settings are global).</summary>
    public static void EnsureInstalled(string fontPath)
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                if (!File.Exists(fontPath))
                {
                    throw new InvalidOperationException($"The CJK font for PDF reports is missing: {fontPath} (Debian package fonts-arphic-gbsn00lp; setting CountyIP:PdfFontPath).");
                }

                GlobalFontSettings.FontResolver = new CjkFontResolver(fontPath);
            }
        }
    }
}
