using System.Net.Mail;
using CountyIP.Platform.Configuration;
using CountyIP.Platform.Data;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CountyIP.Platform.Notifications;

/// <summary>Notifications (issue 12 §6): the notifier modules call, the notification centre, the mail outbox and its sender.</summary>
public static class NotificationsSetup
{
    public static IServiceCollection AddCountyIpNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MailOptions.SectionName);
        Check(section.Get<MailOptions>() ?? new MailOptions());
        services.AddOptions<MailOptions>().Bind(section);
        services.AddSingleton<NotificationKinds>();
        foreach (var kind in PlatformNotifications.All)
        {
            services.AddNotificationKind(kind);
        }

        services.AddScoped<INotifier, Notifier>();
        services.AddScoped<IRoleMembers, RoleMembers>();
        services.AddScoped<ListNotificationsHandler>();
        services.AddScoped<CountUnreadNotificationsHandler>();
        services.AddScoped<MarkNotificationReadHandler>();
        services.AddScoped<MarkAllNotificationsReadHandler>();
        services.AddSingleton<IMailTransport, SmtpMailTransport>();
        services.AddHostedService<OutboxMailSender>();
        services.AddRecurringJob<NotificationRetentionJob>(NotificationRetentionJob.KindName, NotificationRetentionJob.Interval);
        services.AddScoped<NotificationDemoSeeder>();
        services.AddScoped<IDataSeeder>(sp => sp.GetRequiredService<NotificationDemoSeeder>());
        services.AddScoped<IDemoDataReport>(sp => sp.GetRequiredService<NotificationDemoSeeder>());
        return services;
    }

    /// <summary>Registers a kind of notification (its code and texts) so <see cref="INotifier"/> accepts it and the centre can show it.</summary>
    public static IServiceCollection AddNotificationKind(this IServiceCollection services, NotificationKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind.Code);
        if (kind.Code.Length > Notification.KindMaxLength)
        {
            throw new ArgumentException($"A notification kind's code takes at most {Notification.KindMaxLength} characters.", nameof(kind));
        }

        services.AddSingleton(kind);
        return services;
    }

    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Every route answers only the caller's own notifications (the handlers filter by the signed-in user's id).
        var group = endpoints.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization(Policies.SignedIn);

        group.MapGet("/", async (int? page, int? pageSize, bool? unreadOnly, ListNotificationsHandler handler, CancellationToken ct) =>
        {
            var result = await handler.HandleAsync(page ?? 1, pageSize ?? 20, unreadOnly ?? false, ct);
            return TypedResults.Ok(new PagedResult<NotificationItem>([.. result.Items.Select(e => e.ToItem())], result.Total, result.Page, result.PageSize));
        }).WithSummary("The caller's notifications, newest first, in the caller's language ({items, total, page, pageSize}); unreadOnly=true for the unread ones.");

        group.MapGet("/unread-count", async (CountUnreadNotificationsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(new UnreadCount(await handler.HandleAsync(ct))))
            .WithSummary("How many of the caller's notifications are unread (the bell's figure).");

        group.MapPost("/{id:guid}/read", async Task<Results<Ok<MarkedRead>, NotFound>> (Guid id, MarkNotificationReadHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, ct) is { } marked ? TypedResults.Ok(marked) : TypedResults.NotFound())
            .WithSummary("Marks one of the caller's notifications read and answers its link; 404 for any other id.");

        group.MapPost("/read-all", async (MarkAllNotificationsReadHandler handler, CancellationToken ct) =>
            TypedResults.Ok(new MarkedAllRead(await handler.HandleAsync(ct))))
            .WithSummary("Marks all of the caller's unread notifications read; answers how many.");

        return endpoints;
    }

    private static void Check(MailOptions mail)
    {
        if (!mail.Enabled)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(mail.From) || !MailAddress.TryCreate(mail.From, out _))
        {
            throw new StartupConfigurationException("CountyIP__Mail__From", "a sender address is required when CountyIP__Mail__Host is set.");
        }

        if (mail.Port is < 1 or > 65535)
        {
            throw new StartupConfigurationException("CountyIP__Mail__Port", $"'{mail.Port}' is not a port number.");
        }

        if (!string.IsNullOrEmpty(mail.PublicUrl) && !Uri.TryCreate(mail.PublicUrl, UriKind.Absolute, out _))
        {
            throw new StartupConfigurationException("CountyIP__Mail__PublicUrl", $"'{mail.PublicUrl}' is not an absolute URL (e.g. https://ip.example.gov.cn).");
        }
    }
}

/// <summary>The bell's figure.</summary>
public sealed record UnreadCount(int Count);

/// <summary>How many notifications "mark all read" marked.</summary>
public sealed record MarkedAllRead(int Marked);
