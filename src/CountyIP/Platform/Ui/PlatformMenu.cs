using CountyIP.Platform.Jobs;
using CountyIP.Platform.Security;

namespace CountyIP.Platform.Ui;

/// <summary>Menu entries of the platform's own pages (accounts, audit). Modules add theirs through IModule.</summary>
internal static class PlatformMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("Menu_Group_Workbench", "Menu_Jobs", typeof(JobsText), "/jobs", "bi-hourglass-split", Policies.SignedIn, Order: 900),
    ];
}
