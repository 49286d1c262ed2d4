using CountyIP.Modules.Governance.Api;
using CountyIP.Modules.Governance.Demo;
using CountyIP.Modules.Governance.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Modules;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Ui;

namespace CountyIP.Modules.Governance;

/// <summary>
/// Front door of the governance module (issue 14; source 三(一), 四(一)1-3): the leadership group's meetings and the
/// tasks its office supervises, the units' periodic reports, targets decomposed to the towns, and the yearly
/// performance assessment of towns and departments with appeals and sign-off.
/// </summary>
public sealed class GovernanceModule : IModule
{
    public IReadOnlyDictionary<string, string[]> Policies => GovernancePolicies.All;

    public IEnumerable<MenuEntry> MenuEntries { get; } =
    [
        // After protection (400s) and the fund (500s), before publishing (700s): the office steers the others.
        new("Menu_Group_Governance", "Menu_Board", typeof(GovernanceText), "/governance/board", "bi-speedometer2", GovernancePolicies.Board, Order: 599),
        new("Menu_Group_Governance", "Menu_Organisation", typeof(GovernanceText), "/governance/organisation", "bi-diagram-3", GovernancePolicies.Read, Order: 605),
        new("Menu_Group_Governance", "Menu_Tasks", typeof(GovernanceText), "/governance/tasks", "bi-list-check", GovernancePolicies.Read, Order: 600),
        new("Menu_Group_Governance", "Menu_Meetings", typeof(GovernanceText), "/governance/meetings", "bi-people", GovernancePolicies.Read, Order: 601),
        new("Menu_Group_Governance", "Menu_Reports", typeof(GovernanceText), "/governance/reports", "bi-file-earmark-text", GovernancePolicies.Read, Order: 602),
        new("Menu_Group_Governance", "Menu_Targets", typeof(GovernanceText), "/governance/targets", "bi-bullseye", GovernancePolicies.Read, Order: 603),
        new("Menu_Group_Governance", "Menu_Assessment", typeof(GovernanceText), "/governance/assessment", "bi-trophy", GovernancePolicies.Read, Order: 604),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<GovernanceScope>();
        services.AddScoped<OwnerDirectory>();
        services.AddScoped<ListMeetingsHandler>();
        services.AddScoped<GetMeetingHandler>();
        services.AddScoped<SaveMeetingHandler>();
        services.AddScoped<TaskViews>();
        services.AddScoped<ListTasksHandler>();
        services.AddScoped<GetTaskHandler>();
        services.AddScoped<CreateTaskHandler>();
        services.AddScoped<ActOnTaskHandler>();
        services.AddScoped<ReportFigures>();
        services.AddScoped<ReportViews>();
        services.AddScoped<IssueReportRoundHandler>();
        services.AddScoped<ListReportsHandler>();
        services.AddScoped<GetReportHandler>();
        services.AddScoped<SaveReportDraftHandler>();
        services.AddScoped<ActOnReportHandler>();
        services.AddScoped<ReportDocuments>();
        services.AddScoped<DistrictSummaryHandler>();
        services.AddScoped<UnitTargetsHandler>();
        services.AddScoped<AssessmentAccess>();
        services.AddScoped<AssessmentCalculator>();
        services.AddScoped<AssessmentViews>();
        services.AddScoped<GetAssessmentHandler>();
        services.AddScoped<ManageAssessmentHandler>();
        services.AddScoped<GetScoresHandler>();
        services.AddScoped<AppealsHandler>();
        services.AddScoped<ScoreTableExport>();
        services.AddScoped<LeaderBoardHandler>();
        services.AddScoped<OrganisationHandler>();
        services.AddScoped<GovernanceEvidence>();

        services.AddScoped<GovernanceReminders>();
        services.AddRecurringJob<GovernanceReminderJob>(GovernanceReminderJob.KindName, GovernanceReminderJob.Interval);
        services.AddScoped<IWorkbenchSource, GovernanceWorkbench>();
        foreach (var kind in GovernanceNotifications.All)
        {
            services.AddNotificationKind(kind);
        }

        // Demo meetings, tasks, reports, targets and a 2014 assessment in Development (or with CountyIP:DemoData).
        services.AddScoped<GovernanceDemoSeeder>();
        services.AddScoped<IDataSeeder>(sp => sp.GetRequiredService<GovernanceDemoSeeder>());
        services.AddScoped<IDemoDataReport>(sp => sp.GetRequiredService<GovernanceDemoSeeder>());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapGovernanceEndpoints();
}
