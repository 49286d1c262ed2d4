namespace CountyIP.Platform.Ui;

/// <summary>
/// One item of the menu tree. <paramref name="TextKey"/> is a key in the <paramref name="Resource"/> resx (both
/// languages); <paramref name="Group"/> is the key of the parent group in the shared resource.
/// </summary>
public sealed record MenuEntry(
    string Group,
    string TextKey,
    Type Resource,
    string Href,
    string Icon,
    string Policy,
    int Order = 0);

/// <summary>All menu entries of the platform and the modules.</summary>
public sealed class MenuRegistry(IEnumerable<MenuEntry> entries)
{
    public IReadOnlyList<MenuEntry> Entries { get; } = [.. entries.OrderBy(e => e.Order)];

    /// <summary>
    /// The entry a page belongs to: the one whose link is the longest prefix of <paramref name="path"/> (the
    /// self-assessment report /dashboard/report is its own entry, not the dashboard's), null when none is. The menu
    /// highlights only this entry and the breadcrumb starts from it.
    /// </summary>
    public static MenuEntry? Current(IEnumerable<MenuEntry> candidates, string path) =>
        candidates
            .Where(e => path.Equals(e.Href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(e.Href.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase))
            .MaxBy(e => e.Href.Length);
}
