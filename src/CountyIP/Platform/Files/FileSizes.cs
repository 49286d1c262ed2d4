using System.Globalization;

namespace CountyIP.Platform.Files;

/// <summary>A file's size as people read it beside a download link: KB below 1 MB, MB with one decimal above.</summary>
public static class FileSizes
{
    public static string Text(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (bytes + 1023) / 1024)} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024d):0.0} MB");
}
