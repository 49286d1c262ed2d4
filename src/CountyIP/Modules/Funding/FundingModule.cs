using System.Threading.RateLimiting;
using CountyIP.Modules.Funding.Api;
using CountyIP.Modules.Funding.Contracts;
using CountyIP.Modules.Funding.Demo;
using CountyIP.Modules.Funding.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Modules;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Ui;
using Microsoft.AspNetCore.RateLimiting;

namespace CountyIP.Modules.Funding;

/// <summary>
/// Front door of the Special fund module (docs/architecture.md "module anatomy"): its services, API routes, policies
/// and menu entries. Program lists it; the platform calls these members and knows nothing else about it.
/// </summary>
public sealed class FundingModule : IModule
{
    public IReadOnlyDictionary<string, string[]> Policies => FundingPolicies.All;

    /// <summary>The public notice of proposed awards (issue 12 §2), listed on the public portal.</summary>
    public IEnumerable<PortalLink> PortalLinks { get; } =
    [
        new("Portal_Link", typeof(FundingText), "/portal/funding/notice", "bi-cash-coin", Order: 70),
    ];

    public IEnumerable<MenuEntry> MenuEntries { get; } =
    [
        // After protection (400s): the fund pays for the work the menu lists above it.
        new("Menu_Group_Funding", "Menu_FiscalYears", typeof(FundingText), "/funding/years", "bi-cash-coin", FundingPolicies.Read, Order: 500),
        new("Menu_Group_Funding", "Menu_Applications", typeof(FundingText), "/funding/applications", "bi-file-earmark-text", FundingPolicies.ReadApplications, Order: 502),
        new("Menu_Group_Funding", "Menu_PaymentBatches", typeof(FundingText), "/funding/payment-batches", "bi-collection", FundingPolicies.Read, Order: 503),
        new("Menu_Group_Funding", "Menu_Recovery", typeof(FundingText), "/funding/recovery", "bi-arrow-counterclockwise", FundingPolicies.Read, Order: 504),
        new("Menu_Group_Funding", "Menu_AbnormalFilings", typeof(FundingText), "/funding/abnormal-filings", "bi-slash-circle", FundingPolicies.Read, Order: 505),
        new("Menu_Group_Funding", "Menu_Reports", typeof(FundingText), "/funding/reports", "bi-bar-chart-line", FundingPolicies.Read, Order: 506),
        new("Menu_Group_Funding", "Menu_Policies", typeof(FundingText), "/funding/policies", "bi-journal-text", FundingPolicies.ReadPolicies, Order: 501),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ListFiscalYearsHandler>();
        services.AddScoped<GetFiscalYearHandler>();
        services.AddScoped<EnterFiscalYearHandler>();
        services.AddScoped<ApproveFiscalYearHandler>();
        services.AddScoped<GetSpecialFundTargetHandler>();
        services.AddScoped<IFiscalYearFigures, FiscalYearFigures>();
        services.AddScoped<IPledgeInterestSubsidy, PledgeInterestSubsidy>();
        services.AddScoped<GetBudgetExecutionHandler>();
        services.AddScoped<ExportBudgetExecutionHandler>();
        services.AddScoped<ListPoliciesHandler>();
        services.AddScoped<GetPolicyHandler>();
        services.AddScoped<DraftPolicyHandler>();
        services.AddScoped<RevisePolicyHandler>();
        services.AddScoped<PublishPolicyHandler>();
        services.AddScoped<NewPolicyVersionHandler>();

        services.AddOptions<FundingOptions>().Bind(configuration.GetSection(FundingOptions.SectionName));
        services.AddScoped<ApplicationScope>();
        services.AddScoped<ApplicationEligibility>();
        services.AddScoped<ListApplicationsHandler>();
        services.AddScoped<GetApplicationHandler>();
        services.AddScoped<FileApplicationHandler>();
        services.AddScoped<UpdateApplicationHandler>();
        services.AddScoped<ActOnApplicationHandler>();
        services.AddScoped<AttachEvidenceHandler>();
        services.AddScoped<RemoveAttachmentHandler>();
        services.AddScoped<GetAttachmentFileHandler>();
        services.AddScoped<CreatePaymentBatchHandler>();
        services.AddScoped<MarkBatchPaidHandler>();
        services.AddScoped<PaymentBatchQueries>();
        services.AddScoped<ExportPaymentBatchHandler>();
        services.AddScoped<ListNoticeHandler>();
        services.AddScoped<ObjectHandler>();
        services.AddScoped<ApplicationChoicesHandler>();
        services.AddScoped<AbnormalFilings>();
        services.AddScoped<ImportAbnormalFilingsHandler>();
        services.AddScoped<RecoveryScan>();
        services.AddScoped<ListRecoveryHandler>();
        services.AddScoped<ListRewardsAtRiskHandler>();
        services.AddScoped<ActOnRecoveryHandler>();
        services.AddRecurringJob<RecoveryScanJob>(RecoveryScanJob.KindName, RecoveryScanJob.Interval);
        services.AddScoped<IWorkbenchSource, RecoveryWorkbench>();
        services.AddNotificationKind(RecoveryScan.Flagged);
        services.AddNotificationKind(ActOnRecoveryHandler.Demanded);
        foreach (var kind in FundingNotifications.All)
        {
            services.AddNotificationKind(kind);
        }

        // Objections come from the public portal: a few a minute from one address is plenty for a person.
        services.AddRateLimiter(o => o.AddPolicy(FundingPolicies.ObjectionLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) })));

        // Demo rows in Development (or with CountyIP:DemoData): one seeder, also reporting to `seed-demo`.
        services.AddScoped<FundingDemoSeeder>();
        services.AddScoped<IDataSeeder>(sp => sp.GetRequiredService<FundingDemoSeeder>());
        services.AddScoped<IDemoDataReport>(sp => sp.GetRequiredService<FundingDemoSeeder>());
        services.AddScoped<ApplicationDemoSeeder>();
        services.AddScoped<IDataSeeder>(sp => sp.GetRequiredService<ApplicationDemoSeeder>());
        services.AddScoped<IDemoDataReport>(sp => sp.GetRequiredService<ApplicationDemoSeeder>());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapFundingEndpoints();
}
