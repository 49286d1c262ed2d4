using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>
/// The notices of the fund (issue 12 §3, §6): every step an enterprise or a reviewer must act on, or wants to know of,
/// reaches them in the notification centre (and by mail when configured). Arguments: {0} the enterprise, {1} the item,
/// {2} the amount, {3} a date or reason.
/// </summary>
internal static class FundingNotifications
{
    public static readonly NotificationKind Submitted = Kind("funding.application-submitted", "Notify_Submitted");
    public static readonly NotificationKind TownApproved = Kind("funding.application-town-approved", "Notify_TownApproved");
    public static readonly NotificationKind OnNotice = Kind("funding.application-on-notice", "Notify_OnNotice");
    public static readonly NotificationKind Objected = Kind("funding.application-objected", "Notify_Objected");
    public static readonly NotificationKind SecondApproval = Kind("funding.application-second-approval", "Notify_SecondApproval");
    public static readonly NotificationKind Approved = Kind("funding.application-approved", "Notify_Approved");
    public static readonly NotificationKind Returned = Kind("funding.application-returned", "Notify_Returned");
    public static readonly NotificationKind Rejected = Kind("funding.application-rejected", "Notify_Rejected");
    public static readonly NotificationKind Paid = Kind("funding.application-paid", "Notify_Paid");

    public static readonly IReadOnlyList<NotificationKind> All = [Submitted, TownApproved, OnNotice, Objected, SecondApproval, Approved, Returned, Rejected, Paid];

    /// <summary>The page where the recipient sees and acts on the application.</summary>
    public static string Link(FundingApplication application) => $"/funding/applications/{application.Id}";

    /// <summary>The accounts of the applicant enterprise.</summary>
    public static NotificationRecipients Enterprise(FundingApplication application) =>
        NotificationRecipients.Role(Roles.Enterprise, application.EnterpriseId.ToString());

    public static IReadOnlyList<string> Arguments(FundingApplication application, string? extra = null) =>
        [application.EnterpriseName, $"{application.ItemCode} {application.ItemName}", Money.Format(application.Amount), extra ?? string.Empty];

    private static NotificationKind Kind(string code, string key) => new(code, typeof(FundingText), key, key + "_Body");
}
