using CountyIP.Platform.Audit;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;

namespace CountyIP.Platform.Ui;

/// <summary>Menu entries of the platform's own pages (accounts, audit). Modules add theirs through IModule.</summary>
internal static class PlatformMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("Menu_Group_Workbench", "Menu_Notifications", typeof(NotificationText), "/notifications", "bi-bell", Policies.SignedIn, Order: 890),
        new("Menu_Group_Workbench", "Menu_Jobs", typeof(JobsText), "/jobs", "bi-hourglass-split", Policies.SignedIn, Order: 900),
        new("Menu_Group_System", "Menu_Users", typeof(SecurityText), "/admin/users", "bi-people", Policies.ManageAccounts, Order: 950),
        new("Menu_Group_System", "Menu_ApiTokens", typeof(SecurityText), "/admin/api-tokens", "bi-key", Policies.ManageAccounts, Order: 951),
        new("Menu_Group_Security", "Menu_AuditLog", typeof(AuditText), "/audit", "bi-journal-check", Policies.ReadAudit, Order: 800),
        new("Menu_Group_Security", "Menu_AuditVerify", typeof(AuditText), "/audit/verify", "bi-shield-check", Policies.ReadAudit, Order: 810),
    ];
}
