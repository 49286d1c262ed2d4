using CountyIP.Platform.Localization;
using CountyIP.Platform.Security;

namespace CountyIP.Platform.Ui;

/// <summary>Menu entries of the platform's own pages (accounts, audit). Modules add theirs through IModule.</summary>
internal static class PlatformMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
    ];
}
