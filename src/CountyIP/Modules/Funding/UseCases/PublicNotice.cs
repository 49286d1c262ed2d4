using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>
/// One line of the public notice (公示, issue 12 §3): enterprise, item and amount — no personal data — and the notice's
/// dates, for anyone on the portal.
/// </summary>
public sealed record NoticeEntry(Guid Id, string EnterpriseName, string PolicyName, string ItemCode, string ItemName, [property: Money] decimal Amount, DateOnly NoticeStartsOn, DateOnly NoticeEndsOn);

/// <summary>An objection to a noticed award (异议), through the public portal: the reason, nothing about who objects.</summary>
public sealed class ObjectionCommand
{
    [Required, StringLength(FundingApplication.NoteMaxLength, MinimumLength = 10)]
    public string? Reason { get; set; }
}

/// <summary>The awards on notice today, by the end of their notice then enterprise.</summary>
internal sealed class ListNoticeHandler(CountyIpDbContext db, TimeProvider clock)
{
    public async Task<PagedResult<NoticeEntry>> HandleAsync(int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, 200);
        var number = Math.Max(page ?? 1, 1);
        var today = TimeDisplay.Today(clock);
        var noticed = db.Set<FundingApplication>().AsNoTracking().Where(a => a.Status == ApplicationStatus.InNotice && a.NoticeEndsOn >= today);
        var total = await noticed.CountAsync(cancellationToken);
        var rows = await noticed
            .OrderBy(a => a.NoticeEndsOn).ThenBy(a => a.EnterpriseName).ThenBy(a => a.Id)
            .Skip((number - 1) * size).Take(size)
            .Select(a => new NoticeEntry(a.Id, a.EnterpriseName, a.PolicyName, a.ItemCode, a.ItemName, a.Amount, a.NoticeStartsOn!.Value, a.NoticeEndsOn!.Value))
            .ToListAsync(cancellationToken);
        return new PagedResult<NoticeEntry>(rows, total, number, size);
    }
}

/// <summary>
/// Records an objection while the notice runs (a notice that has ended, or an award not on notice, is a 409): the
/// application is held until bureau staff dismiss or uphold it, and they are told.
/// </summary>
internal sealed class ObjectHandler(CountyIpDbContext db, INotifier notifier, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    public async Task<bool> HandleAsync(Guid id, ObjectionCommand command, CancellationToken cancellationToken)
    {
        if (await db.Set<FundingApplication>().FirstOrDefaultAsync(a => a.Id == id && a.Status == ApplicationStatus.InNotice, cancellationToken) is not { } application)
        {
            return false;
        }

        var today = TimeDisplay.Today(clock);
        if (application.NoticeEndsOn is not { } ends || today > ends)
        {
            throw new BusinessRuleException("funding.notice-ended", text["Error_NoticeEnded", application.NoticeEndsOn is { } end ? Money.Date(end) : "—"]);
        }

        application.Object(command.Reason!.Trim(), clock.GetUtcNow().UtcDateTime);
        await notifier.NotifyAsync(NotificationRecipients.Role(Roles.BureauStaff), FundingNotifications.Objected,
            FundingNotifications.Arguments(application), FundingNotifications.Link(application), cancellationToken);
        await ApplicationSaving.SaveAsync(db, text, cancellationToken);
        return true;
    }
}
