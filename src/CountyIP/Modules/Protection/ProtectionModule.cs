using System.Threading.RateLimiting;
using CountyIP.Modules.Protection.Api;
using CountyIP.Modules.Protection.Data;
using CountyIP.Modules.Protection.Demo;
using CountyIP.Modules.Protection.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Modules;
using CountyIP.Platform.Security;
using CountyIP.Platform.Ui;
using CountyIP.Platform.Web;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection;

/// <summary>
/// Protection and complaints (plan 三(四)): public intake and tracking, cross-department case handling with legal
/// deadlines, reporter confidentiality, major-case reports, joint enforcement and trade-fair protection.
/// </summary>
public sealed class ProtectionModule : IModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("Protection:RateLimits").Get<PortalRateLimits>() ?? new PortalRateLimits();
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(ProtectionPolicies.PortalSubmitLimit, new PortalRateLimiterPolicy(limits.SubmissionsPerMinute));
            o.AddPolicy(ProtectionPolicies.PortalLookupLimit, new PortalRateLimiterPolicy(limits.LookupsPerMinute));
            o.AddPolicy(ProtectionPolicies.PortalPageLimit, new PortalRateLimiterPolicy(limits.LookupsPerMinute, limits.SubmissionsPerMinute));
        });

        services.AddScoped<IDataSeeder, DeadlineRuleSeeder>();
        services.AddScoped<IDataSeeder, ProtectionSecretSeeder>();
        services.AddScoped<ProtectionDemoSeeder>();
        services.AddScoped<IDataSeeder>(sp => sp.GetRequiredService<ProtectionDemoSeeder>());
        services.AddScoped<IDemoDataReport>(sp => sp.GetRequiredService<ProtectionDemoSeeder>());
        services.AddScoped<IdentityProtector>();
        services.AddScoped<TrackingCodeIssuer>();
        services.AddScoped<DeadlinePolicyLoader>();
        services.AddScoped<CaseScope>();
        services.AddScoped<SubmitComplaintHandler>();
        services.AddScoped<TrackComplaintHandler>();
        services.AddScoped<ListCasesHandler>();
        services.AddScoped<IWorkbenchSource, ProtectionWorkbench>();
        services.AddScoped<GetCaseHandler>();
        services.AddScoped<PerformCaseActionHandler>();
        services.AddScoped<ExtendDeadlineHandler>();
        services.AddScoped<ViewComplainantIdentityHandler>();
        services.AddScoped<PurgeExpiredCasesHandler>();
        services.AddRecurringJob<PurgeExpiredCasesJob>(PurgeExpiredCasesJob.KindName, PurgeExpiredCasesJob.Interval);
        services.AddScoped<MarkMajorCaseHandler>();
        services.AddScoped<SendMajorReportHandler>();
        services.AddScoped<ExportCasesHandler>();
        services.AddScoped<GetEvidenceFileHandler>();
        services.AddScoped<NoticeIssuer>();
        services.AddScoped<GetNoticeFileHandler>();
        services.AddScoped<RecordJointActionHandler>();
        services.AddScoped<ListJointActionsHandler>();
        services.AddScoped<UpdateJointActionHandler>();
        services.AddScoped<ExportJointActionsHandler>();
        services.AddScoped<JointActionValidator>();
        services.AddScoped<RecordTradeFairHandler>();
        services.AddScoped<DeclareRightsHandler>();
        services.AddScoped<RecordOnSiteComplaintHandler>();
        services.AddScoped<TradeFairQueries>();
        services.AddScoped<Contracts.IProtectionFigures, ProtectionFigures>();
        services.AddScoped<Contracts.ITypicalCases, TypicalCases>();
        services.AddSingleton(new RetentionSettings(configuration.GetValue("Protection:RetentionDays", 3 * 365)));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapProtectionEndpoints();

    public IReadOnlyDictionary<string, string[]> Policies => ProtectionPolicies.All;

    /// <summary>The complainant's two public pages (issue 13 §4 "the entry points that already exist").</summary>
    public IEnumerable<PortalLink> PortalLinks =>
    [
        new("Portal_New", typeof(ProtectionText), "/portal/complaints/new", "bi-megaphone", Order: 80),
        new("Portal_Track", typeof(ProtectionText), "/portal/complaints/track", "bi-clipboard-check", Order: 90),
    ];

    public IEnumerable<MenuEntry> MenuEntries =>
    [
        new("Menu_Group_Protection", "Menu_Cases", typeof(ProtectionText), "/protection/cases", "bi-shield-exclamation", ProtectionPolicies.CaseRead, Order: 400),
        new("Menu_Group_Protection", "Menu_Reminders", typeof(ProtectionText), "/protection/cases?deadline=Overdue", "bi-alarm", ProtectionPolicies.CaseRead, Order: 401),
        new("Menu_Group_Protection", "Menu_NewCase", typeof(ProtectionText), "/protection/cases/new", "bi-telephone-plus", ProtectionPolicies.CaseManage, Order: 402),
        new("Menu_Group_Protection", "Menu_TradeFairs", typeof(ProtectionText), "/protection/trade-fairs", "bi-shop", ProtectionPolicies.CaseRead, Order: 404),
        new("Menu_Group_Protection", "Menu_JointActions", typeof(ProtectionText), "/protection/joint-actions", "bi-people", ProtectionPolicies.CaseRead, Order: 403),
    ];

    /// <summary>Per-client limits of the public portal; configurable so a load test on one address can lift them.</summary>
    private sealed class PortalRateLimits
    {
        public int SubmissionsPerMinute { get; set; } = 10;

        public int LookupsPerMinute { get; set; } = 30;
    }

    /// <summary>Fixed window per client address; a refusal answers 429 with Retry-After and a localised message.</summary>
    private sealed class PortalRateLimiterPolicy(int permitsPerMinute, int? submissionsPerMinute = null) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, cancellationToken) =>
            TooManyRequests.WriteAsync(
                context,
                seconds => context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ProtectionText>>()["Portal_RateLimited", seconds].Value,
                "urn:countyip:protection:rate-limited",
                cancellationToken);

        public RateLimitPartition<string> GetPartition(HttpContext httpContext)
        {
            var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var submitting = submissionsPerMinute is not null && HttpMethods.IsPost(httpContext.Request.Method)
                && httpContext.Request.Path.StartsWithSegments("/portal/complaints/new");
            var permits = submitting ? submissionsPerMinute!.Value : permitsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(
                (submitting ? "submit:" : "lookup:") + client,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        }
    }
}

/// <summary>The module's policies (policy name → roles) and rate-limit policy names.</summary>
public static class ProtectionPolicies
{
    /// <summary>See cases: the bureau all, a department liaison those assigned to their department.</summary>
    public const string CaseRead = "Protection.CaseRead";

    /// <summary>Bureau steps: intake, review, routing, extensions, major-case reports, joint enforcement records.</summary>
    public const string CaseManage = "Protection.CaseManage";

    /// <summary>Year figures (no personal data): the bureau and leadership.</summary>
    public const string FiguresRead = "Protection.FiguresRead";

    public const string PortalSubmitLimit = "protection-portal-submit";
    public const string PortalLookupLimit = "protection-portal-lookup";

    /// <summary>Portal pages: a form POST to the intake page counts as a submission, anything else as a lookup.</summary>
    public const string PortalPageLimit = "protection-portal-page";

    /// <summary>Ten evidence files of at most 20 MB plus the text fields.</summary>
    public const long MaxPortalRequestBytes = (10 * 20L * 1024 * 1024) + (1024 * 1024);

    public static readonly IReadOnlyDictionary<string, string[]> All = new Dictionary<string, string[]>
    {
        [CaseRead] = [Roles.BureauStaff, Roles.DepartmentLiaison],
        [CaseManage] = [Roles.BureauStaff],
        [FiguresRead] = [Roles.BureauStaff, Roles.Leadership],
    };
}
