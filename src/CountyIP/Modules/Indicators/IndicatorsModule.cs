using CountyIP.Modules.Indicators.Api;
using CountyIP.Modules.Indicators.UseCases.Reports;
using CountyIP.Modules.Indicators.UseCases;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Modules;
using CountyIP.Platform.Ui;

namespace CountyIP.Modules.Indicators;

/// <summary>
/// Targets and indicators (issue 4): the plan's targets computed from the records other modules contribute
/// through <see cref="Contracts.IIndicatorCalculator"/>, figures reported by hand with evidence, the dashboard.
/// </summary>
public sealed class IndicatorsModule : IModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IndicatorEngine>();
        services.AddSingleton<IndicatorBoardCache>();
        services.AddScoped<IndicatorUnitNames>();
        services.AddScoped<GetIndicatorsHandler>();
        services.AddScoped<GetIndicatorEvidenceHandler>();
        services.AddScoped<ExportIndicatorEvidenceHandler>();
        services.AddScoped<GetIndicatorBreakdownHandler>();
        services.AddScoped<GetMonitoringFiguresHandler>();
        services.AddScoped<SubmitFigureHandler>();
        services.AddScoped<DecideFigureHandler>();
        services.AddScoped<ListFiguresHandler>();
        services.AddScoped<IWorkbenchSource, FiguresWorkbench>();
        services.AddScoped<IWorkbenchSource, TargetsWorkbench>();
        services.AddScoped<ListReportableTargetsHandler>();
        services.AddScoped<OpenFigureEvidenceHandler>();
        services.AddScoped<StartSelfAssessmentReportHandler>();
        services.AddScoped<OpenReportWorkbookHandler>();
        services.AddJobHandler<SelfAssessmentReportJob>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapIndicatorsEndpoints();

    public IReadOnlyDictionary<string, string[]> Policies => IndicatorsPolicies.All;

    public IEnumerable<MenuEntry> MenuEntries { get; } =
    [
        new("Menu_Group_Indicators", "Menu_Dashboard", typeof(IndicatorsText), "/dashboard", "bi-speedometer2", IndicatorsPolicies.Read, 100),
        new("Menu_Group_Indicators", "Menu_Report", typeof(IndicatorsText), "/dashboard/report", "bi-file-earmark-pdf", IndicatorsPolicies.Report, 105),
        new("Menu_Group_Indicators", "Menu_Figures", typeof(IndicatorsText), "/indicators/figures", "bi-pencil-square", IndicatorsPolicies.ReportFigures, 110),
    ];
}
