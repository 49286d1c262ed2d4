using System.Globalization;
using System.Threading.RateLimiting;
using CountyIP.Modules.Protection.Api;
using CountyIP.Modules.Protection.Data;
using CountyIP.Modules.Protection.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Modules;
using CountyIP.Platform.Security;
using CountyIP.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
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
        });

        services.AddScoped<IDataSeeder, DeadlineRuleSeeder>();
        services.AddScoped<IDataSeeder, ProtectionSecretSeeder>();
        services.AddScoped<IdentityProtector>();
        services.AddScoped<TrackingCodeIssuer>();
        services.AddScoped<DeadlinePolicyLoader>();
        services.AddScoped<CaseScope>();
        services.AddScoped<SubmitComplaintHandler>();
        services.AddScoped<TrackComplaintHandler>();
        services.AddScoped<ListCasesHandler>();
        services.AddScoped<GetCaseHandler>();
        services.AddScoped<PerformCaseActionHandler>();
        services.AddScoped<ExtendDeadlineHandler>();
        services.AddScoped<ViewComplainantIdentityHandler>();
        services.AddScoped<PurgeExpiredCasesHandler>();
        services.AddSingleton(new RetentionSettings(configuration.GetValue("Protection:RetentionDays", 3 * 365)));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapProtectionEndpoints();

    public IReadOnlyDictionary<string, string[]> Policies => ProtectionPolicies.All;

    public IEnumerable<MenuEntry> MenuEntries => [];

    /// <summary>Per-client limits of the public portal; configurable so a load test on one address can lift them.</summary>
    private sealed class PortalRateLimits
    {
        public int SubmissionsPerMinute { get; set; } = 10;

        public int LookupsPerMinute { get; set; } = 30;
    }

    /// <summary>Fixed window per client address; a refusal answers 429 with Retry-After and a localised message.</summary>
    private sealed class PortalRateLimiterPolicy(int permitsPerMinute) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, cancellationToken) =>
        {
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
            var response = context.HttpContext.Response;
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ProtectionText>>();
            await response.WriteAsJsonAsync(
                new ProblemDetails { Status = 429, Title = text["Portal_RateLimited", seconds], Type = "urn:countyip:protection:rate-limited" },
                options: null, contentType: "application/problem+json", cancellationToken: cancellationToken);
        };

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
            RateLimitPartition.GetFixedWindowLimiter(
                httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permitsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}

/// <summary>The module's policies (policy name → roles) and rate-limit policy names.</summary>
public static class ProtectionPolicies
{
    /// <summary>See cases: the bureau all, a department liaison those assigned to their department.</summary>
    public const string CaseRead = "Protection.CaseRead";

    /// <summary>Bureau steps: intake, review, routing, extensions, major-case reports, joint enforcement records.</summary>
    public const string CaseManage = "Protection.CaseManage";

    public const string PortalSubmitLimit = "protection-portal-submit";
    public const string PortalLookupLimit = "protection-portal-lookup";

    public static readonly IReadOnlyDictionary<string, string[]> All = new Dictionary<string, string[]>
    {
        [CaseRead] = [Roles.BureauStaff, Roles.DepartmentLiaison],
        [CaseManage] = [Roles.BureauStaff],
    };
}
