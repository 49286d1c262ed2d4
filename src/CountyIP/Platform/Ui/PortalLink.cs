namespace CountyIP.Platform.Ui;

/// <summary>
/// One entry of the public portal's navigation and site map (issue 13 §4): a page anyone may open without signing in.
/// <paramref name="TextKey"/> is a key in the <paramref name="Resource"/> resx (both languages). Modules contribute
/// their public pages through <see cref="Modules.IModule.PortalLinks"/>, so the portal lists what exists and nothing else.
/// </summary>
public sealed record PortalLink(string TextKey, Type Resource, string Href, string Icon, int Order = 0, bool InFooter = false);

/// <summary>The public pages of the platform and the modules, in the order the portal shows them.</summary>
public sealed class PortalLinkRegistry(IEnumerable<PortalLink> links)
{
    public IReadOnlyList<PortalLink> Links { get; } = [.. links.OrderBy(l => l.Order)];

    /// <summary>The portal's pages in its navigation bar, in order; the first is its home page (the brand links to it).</summary>
    public IEnumerable<PortalLink> Navigation => Links.Where(l => !l.InFooter);

    /// <summary>The small links at the foot of every public page (site map, feed).</summary>
    public IEnumerable<PortalLink> Footer => Links.Where(l => l.InFooter);

    /// <summary>Where the brand leads: the portal's home page, or the sign-in page when no module offers one.</summary>
    public string HomeHref => Navigation.FirstOrDefault()?.Href ?? "/account/login";

    /// <summary>The link a public page belongs to (the longest prefix of <paramref name="path"/>), for the highlighted tab.</summary>
    public PortalLink? Current(string path) =>
        Links.Where(l => path.Equals(l.Href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(l.Href.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase))
            .MaxBy(l => l.Href.Length);
}
