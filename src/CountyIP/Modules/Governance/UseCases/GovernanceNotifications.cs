using CountyIP.Modules.Governance.Domain;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>The module's notification kinds (texts <c>Notify_*</c> in <see cref="GovernanceText"/>) and who receives them.</summary>
internal static class GovernanceNotifications
{
    public static readonly NotificationKind TaskAssigned = new("governance.task-assigned", typeof(GovernanceText), "Notify_TaskAssigned");
    public static readonly NotificationKind CompletionRequested = new("governance.task-completion-requested", typeof(GovernanceText), "Notify_CompletionRequested");
    public static readonly NotificationKind TaskAccepted = new("governance.task-accepted", typeof(GovernanceText), "Notify_TaskAccepted");
    public static readonly NotificationKind TaskReturned = new("governance.task-returned", typeof(GovernanceText), "Notify_TaskReturned", "Notify_ReturnedBody");
    public static readonly NotificationKind TaskDueSoon = new("governance.task-due-soon", typeof(GovernanceText), "Notify_TaskDueSoon");
    public static readonly NotificationKind TaskOverdue = new("governance.task-overdue", typeof(GovernanceText), "Notify_TaskOverdue");
    public static readonly NotificationKind ReportOwed = new("governance.report-owed", typeof(GovernanceText), "Notify_ReportOwed");
    public static readonly NotificationKind ReportDueSoon = new("governance.report-due-soon", typeof(GovernanceText), "Notify_ReportDueSoon");
    public static readonly NotificationKind ReportMissing = new("governance.report-missing", typeof(GovernanceText), "Notify_ReportMissing");
    public static readonly NotificationKind ReportSubmitted = new("governance.report-submitted", typeof(GovernanceText), "Notify_ReportSubmitted");
    public static readonly NotificationKind ReportReturned = new("governance.report-returned", typeof(GovernanceText), "Notify_ReportReturned", "Notify_ReturnedBody");

    public static readonly NotificationKind HandedOver = new("governance.liaison-handover", typeof(GovernanceText), "Notify_HandedOver", "Notify_HandedOverBody");

    public static readonly IReadOnlyList<NotificationKind> All =
        [HandedOver, TaskAssigned, CompletionRequested, TaskAccepted, TaskReturned, TaskDueSoon, TaskOverdue, ReportOwed, ReportDueSoon, ReportMissing, ReportSubmitted, ReportReturned];

    /// <summary>The leadership group's office: the bureau's staff.</summary>
    public static NotificationRecipients Office => NotificationRecipients.Role(Roles.BureauStaff);

    /// <summary>The liaison officers of a town or department.</summary>
    public static NotificationRecipients OwnerLiaisons(OwnerInfo owner) => OwnerLiaisons(owner.Code, owner.Kind);

    public static NotificationRecipients OwnerLiaisons(string code, OwnerKind kind) =>
        NotificationRecipients.Role(kind == OwnerKind.Unit ? Roles.TownLiaison : Roles.DepartmentLiaison, code);
}
