using CountyIP.Modules.Registry.Api;
using CountyIP.Modules.Registry.Demo;
using CountyIP.Modules.Registry.Calculators;
using CountyIP.Modules.Registry.Data;
using CountyIP.Modules.Registry.UseCases;
using CountyIP.Modules.Registry.UseCases.RecordImport;
using CountyIP.Platform.Data;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Modules;
using CountyIP.Platform.Security;
using CountyIP.Platform.Ui;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CountyIP.Modules.Registry;

/// <summary>Policies of the enterprise registry and IP-rights ledger.</summary>
public static class RegistryPolicies
{
    /// <summary>Read the directory and the rights; the data scope narrows Enterprise and TownLiaison accounts.</summary>
    public const string Read = "Registry.Read";

    /// <summary>Create and edit records (bureau staff: "everything in the district's business data").</summary>
    public const string Edit = "Registry.Edit";

    /// <summary>Edit an enterprise's profile: bureau staff any, an Enterprise account its own (issue 3 §5; scope in the query).</summary>
    public const string EditEnterprise = "Registry.EditEnterprise";

    /// <summary>Propose a correction of one's own rights (Enterprise accounts).</summary>
    public const string SubmitCorrections = "Registry.SubmitCorrections";

    /// <summary>See corrections: bureau staff all (the review queue), an enterprise its own with their outcome.</summary>
    public const string ReadCorrections = "Registry.ReadCorrections";

    /// <summary>Approve or reject corrections (bureau staff review and decide, DESIGN.md).</summary>
    public const string DecideCorrections = "Registry.DecideCorrections";

    /// <summary>Service agencies are district providers, not an enterprise's own data.</summary>
    public const string ReadAgencies = "Registry.ReadAgencies";

    /// <summary>Rate-limit policy of the public patent search (per client address; <c>Registry:PortalSearchesPerMinute</c>).</summary>
    public const string PortalSearchLimit = "registry-portal-search";
}

/// <summary>
/// Front door of the enterprise registry (企业名录) and IP-rights ledger. Roles per DESIGN.md: BureauAdmin does no
/// business data, DepartmentLiaison works on routed cases and Auditor on the audit log, so none of them reads it.
/// </summary>
public sealed class RegistryModule : IModule
{
    public IReadOnlyDictionary<string, string[]> Policies { get; } = new Dictionary<string, string[]>
    {
        [RegistryPolicies.Read] = [Roles.BureauStaff, Roles.Leadership, Roles.TownLiaison, Roles.Enterprise],
        [RegistryPolicies.Edit] = [Roles.BureauStaff],
        [RegistryPolicies.ReadAgencies] = [Roles.BureauStaff, Roles.Leadership, Roles.TownLiaison],
        [RegistryPolicies.EditEnterprise] = [Roles.BureauStaff, Roles.Enterprise],
        [RegistryPolicies.SubmitCorrections] = [Roles.Enterprise],
        [RegistryPolicies.ReadCorrections] = [Roles.BureauStaff, Roles.Enterprise],
        [RegistryPolicies.DecideCorrections] = [Roles.BureauStaff],
    };

    /// <summary>The public patent search and the list of service agencies (issue 13 §4), on the portal.</summary>
    public IEnumerable<PortalLink> PortalLinks { get; } =
    [
        new("Portal_PatentSearch", typeof(RegistryText), "/portal/patents", "bi-search", Order: 50),
        new("Portal_Agencies", typeof(RegistryText), "/portal/agencies", "bi-briefcase", Order: 60),
    ];

    public IEnumerable<MenuEntry> MenuEntries { get; } =
    [
        new(RegistryMenu.Group, "Menu_Enterprises", typeof(RegistryText), "/registry/enterprises", "bi-building", RegistryPolicies.Read, Order: 200),
        new(RegistryMenu.Group, "Menu_Patents", typeof(RegistryText), "/registry/patents", "bi-lightbulb", RegistryPolicies.Read, Order: 210),
        new(RegistryMenu.Group, "Menu_Search", typeof(RegistryText), "/registry/search", "bi-search", RegistryPolicies.Read, Order: 212),
        new(RegistryMenu.Group, "Menu_FeeCalendar", typeof(RegistryText), "/registry/fee-calendar", "bi-calendar-check", RegistryPolicies.Read, Order: 215),
        new(RegistryMenu.Group, "Menu_Trademarks", typeof(RegistryText), "/registry/trademarks", "bi-award", RegistryPolicies.Read, Order: 220),
        new(RegistryMenu.Group, "Menu_Copyrights", typeof(RegistryText), "/registry/copyrights", "bi-c-circle", RegistryPolicies.Read, Order: 230),
        new(RegistryMenu.Group, "Menu_Standards", typeof(RegistryText), "/registry/standards", "bi-rulers", RegistryPolicies.Read, Order: 240),
        new(RegistryMenu.Group, "Menu_Agencies", typeof(RegistryText), "/registry/agencies", "bi-briefcase", RegistryPolicies.ReadAgencies, Order: 250),
        new(RegistryMenu.Group, "Menu_WatchRules", typeof(RegistryText), "/registry/watch-rules", "bi-bell", RegistryPolicies.Read, Order: 213),
        new(RegistryMenu.Group, "Menu_Warnings", typeof(RegistryText), "/registry/warnings", "bi-exclamation-triangle", RegistryPolicies.Read, Order: 255),
        new(RegistryMenu.Group, "Menu_Corrections", typeof(RegistryText), "/registry/corrections", "bi-pencil-square", RegistryPolicies.ReadCorrections, Order: 260),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RegistryOptions>().Bind(configuration.GetSection(RegistryOptions.SectionName));
        services.AddScoped<RegistryScope>();
        services.AddScoped<CountyIP.Modules.Registry.Pages.RegistryUnits>();
        services.AddScoped<InputErrors>();
        services.AddScoped<EnterpriseLinks>();
        services.AddScoped<PatentInputs>();
        services.AddScoped<IScopeDirectory, EnterpriseScopeDirectory>();
        services.AddScoped<Contracts.IEnterpriseRegistry, EnterpriseRegistry>();
        services.AddScoped<Contracts.IRightsLedger, RightsLedger>();
        services.AddScoped<RegistryExport>();
        services.AddRegistryCalculators();
        services.AddScoped<IDataSeeder, RegistryDemoSeeder>();
        services.AddSingleton<RegistryDemoRun>();
        services.AddScoped<SeedDemoReport>();
        // The bulk writer's SQL helper is EF Core's, taken from the scope's context here (the front door may use the
        // provider), so neither the factory nor the writer asks for services (issue 10 item 3).
        services.AddScoped(sp =>
        {
            var db = sp.GetRequiredService<CountyIpDbContext>();
            return new EntityBulkWriterFactory(db, db.GetService<ISqlGenerationHelper>());
        });
        // What a row of an import means for a record (ADR 0020); the Import module drives it through IRecordImport.
        services.AddScoped<IRecordProcessor, PatentImport>();
        services.AddScoped<IRecordProcessor, TrademarkImport>();
        services.AddScoped<IRecordProcessor, CopyrightImport>();
        services.AddScoped<IRecordProcessor, EnterpriseImport>();
        services.AddScoped<Contracts.IRecordImport, RecordImportService>();

        services.AddScoped<ListEnterprisesHandler>();
        services.AddScoped<GetEnterpriseHandler>();
        services.AddScoped<CreateEnterpriseHandler>();
        services.AddScoped<UpdateEnterpriseHandler>();
        services.AddScoped<LogEnterpriseContactHandler>();
        services.AddScoped<GetEnterpriseFiguresHandler>();
        services.AddScoped<AddDesignationHandler>();
        services.AddScoped<RemoveDesignationHandler>();
        services.AddScoped<RevokeDesignationHandler>();
        services.AddScoped<GetDesignationCertificateHandler>();

        services.AddScoped<ListPatentsHandler>();
        services.AddSingleton<ListResultCache>();
        services.AddScoped<GetPatentHandler>();
        services.AddScoped<CreatePatentHandler>();
        services.AddScoped<UpdatePatentHandler>();
        services.AddScoped<FeeCalendarHandler>();

        // Full-text search (issue 13 §1, ADR 0027): every save of a patent keeps the index in step; the rebuild runs on start.
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, PatentSearchInterceptor>();
        services.AddScoped<SearchPatentsHandler>();
        services.AddScoped<SearchPublicPatentsHandler>();
        services.AddScoped<ExportPatentSearchHandler>();
        services.AddScoped<PatentSearchRebuild>();
        services.AddScoped<AnalyzePatentsHandler>();
        services.AddScoped<ExportPatentAnalysisHandler>();
        services.AddScoped<PatentAnalysisBriefHandler>();
        services.AddScoped<SearchRecordsHandler>();
        services.AddScoped<ListWatchRulesHandler>();
        services.AddScoped<CreateWatchRuleHandler>();
        services.AddScoped<DeleteWatchRuleHandler>();
        services.AddScoped<WatchRuleRunner>();
        services.AddNotificationKind(WatchRuleRunner.NewMatches);
        services.AddNotificationKind(PatentInputs.Transferred);
        services.AddScoped<IDataSeeder>(sp => sp.GetRequiredService<PatentSearchRebuild>());
        var portalSearches = configuration.GetValue("Registry:PortalSearchesPerMinute", 30);
        services.AddRateLimiter(o => o.AddPolicy(RegistryPolicies.PortalSearchLimit, new PortalSearchLimiter(portalSearches)));
        services.AddScoped<RegistryWarningsHandler>();
        services.AddScoped<IWorkbenchSource, OverdueFeesWorkbench>();
        services.AddScoped<ExportFeeCalendarHandler>();
        services.AddScoped<FeeReminders>();
        services.AddRecurringJob<FeeReminderJob>(FeeReminderJob.KindName, FeeReminderJob.Interval);
        services.AddNotificationKind(FeeReminders.Due);
        services.AddNotificationKind(FeeReminders.Grace);
        services.AddScoped<StatusNotices>();
        services.AddRecurringJob<StatusNoticeJob>(StatusNoticeJob.KindName, StatusNoticeJob.Interval);
        services.AddNotificationKind(StatusNotices.Ended);

        services.AddScoped<ListTrademarksHandler>();
        services.AddScoped<GetTrademarkHandler>();
        services.AddScoped<CreateTrademarkHandler>();
        services.AddScoped<UpdateTrademarkHandler>();

        services.AddScoped<ListCopyrightsHandler>();
        services.AddScoped<GetCopyrightHandler>();
        services.AddScoped<CreateCopyrightHandler>();
        services.AddScoped<UpdateCopyrightHandler>();

        services.AddScoped<ListStandardsProjectsHandler>();
        services.AddScoped<GetStandardsProjectHandler>();
        services.AddScoped<CreateStandardsProjectHandler>();
        services.AddScoped<UpdateStandardsProjectHandler>();

        services.AddScoped<SubmitCorrectionHandler>();
        services.AddScoped<ListCorrectionsHandler>();
        services.AddScoped<IWorkbenchSource, CorrectionsToDecideWorkbench>();
        services.AddScoped<IWorkbenchSource, OwnCorrectionsWorkbench>();
        services.AddScoped<IWorkbenchSource, StatusDiscrepanciesWorkbench>();
        services.AddScoped<GetCorrectionHandler>();
        services.AddScoped<ApproveCorrectionHandler>();
        services.AddScoped<RejectCorrectionHandler>();

        services.AddScoped<ListServiceAgenciesHandler>();
        services.AddScoped<ListPublicAgenciesHandler>();
        services.AddScoped<GetServiceAgencyHandler>();
        services.AddScoped<CreateServiceAgencyHandler>();
        services.AddScoped<UpdateServiceAgencyHandler>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapRegistryEndpoints();

    /// <summary>Fixed window per client address for the public search; a refusal answers 429 with Retry-After and a localised message.</summary>
    private sealed class PortalSearchLimiter(int permitsPerMinute) : Microsoft.AspNetCore.RateLimiting.IRateLimiterPolicy<string>
    {
        public Func<Microsoft.AspNetCore.RateLimiting.OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, cancellationToken) =>
            Platform.Web.TooManyRequests.WriteAsync(
                context,
                seconds => context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<RegistryText>>()["Search_RateLimited", seconds].Value,
                "urn:countyip:registry:rate-limited",
                cancellationToken);

        // A search counts; the public search page opened without a query (its form, its help) does not.
        public System.Threading.RateLimiting.RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
            !httpContext.Request.Query.ContainsKey("q") && !httpContext.Request.Path.StartsWithSegments("/api")
                ? System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("page")
                : System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permitsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}

internal static class RegistryMenu
{
    /// <summary>Menu group key in the shared resource (企业与知识产权).</summary>
    public const string Group = "Menu_Group_Registry";
}
