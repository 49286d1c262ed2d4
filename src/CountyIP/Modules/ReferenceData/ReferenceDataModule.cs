using CountyIP.Modules.ReferenceData.Api;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Modules.ReferenceData.Data;
using CountyIP.Modules.ReferenceData.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Modules;
using CountyIP.Platform.Security;
using CountyIP.Platform.Ui;

namespace CountyIP.Modules.ReferenceData;

/// <summary>
/// Reference data the bureau maintains (DESIGN.md: "data the bureau can edit, loaded on first start from files"):
/// units, departments, code lists and the holiday calendar with the working-day calculator.
/// </summary>
public sealed class ReferenceDataModule : IModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ListUnitsHandler>();
        services.AddScoped<GetUnitHandler>();
        services.AddScoped<SaveUnitHandler>();
        services.AddScoped<ListDepartmentsHandler>();
        services.AddScoped<GetDepartmentHandler>();
        services.AddScoped<SaveDepartmentHandler>();
        services.AddScoped<ListDictionaryKindsHandler>();
        services.AddScoped<ListDictionaryItemsHandler>();
        services.AddScoped<GetDictionaryItemHandler>();
        services.AddScoped<SaveDictionaryItemHandler>();
        services.AddScoped<ListCalendarDaysHandler>();
        services.AddScoped<GetCalendarDayHandler>();
        services.AddScoped<SaveCalendarDayHandler>();
        services.AddScoped<DeleteCalendarDayHandler>();
        services.AddScoped<CalculateWorkingDaysHandler>();

        services.AddSingleton<WorkingDayCalendar>();
        services.AddSingleton<IWorkingDayCalendar>(sp => sp.GetRequiredService<WorkingDayCalendar>());
        services.AddScoped<IReferenceDirectory, ReferenceDirectory>();
        services.AddScoped<IScopeDirectory, DepartmentScopeDirectory>();
        services.AddScoped<IScopeDirectory, UnitScopeDirectory>();
        services.AddScoped<IDataSeeder, ReferenceDataSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapReferenceDataEndpoints();

    public IReadOnlyDictionary<string, string[]> Policies { get; } = new Dictionary<string, string[]>();

    public IEnumerable<MenuEntry> MenuEntries { get; } =
    [
        new("Menu_Group_ReferenceData", "Menu_Units", typeof(ReferenceDataText), "/reference/units", "bi-diagram-3", Platform.Security.Policies.InternalUser, 100),
        new("Menu_Group_ReferenceData", "Menu_Departments", typeof(ReferenceDataText), "/reference/departments", "bi-building", Platform.Security.Policies.InternalUser, 110),
        new("Menu_Group_ReferenceData", "Menu_Dictionaries", typeof(ReferenceDataText), "/reference/dictionaries", "bi-list-ul", Platform.Security.Policies.InternalUser, 120),
        new("Menu_Group_ReferenceData", "Menu_Holidays", typeof(ReferenceDataText), "/reference/holidays", "bi-calendar-event", Platform.Security.Policies.InternalUser, 130),
        new("Menu_Group_ReferenceData", "Menu_WorkingDays", typeof(ReferenceDataText), "/reference/working-days", "bi-calculator", Platform.Security.Policies.InternalUser, 140),
    ];
}
