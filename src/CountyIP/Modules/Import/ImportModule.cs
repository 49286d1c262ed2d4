using CountyIP.Modules.Import.Api;
using CountyIP.Modules.Import.UseCases;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Modules;
using CountyIP.Platform.Security;
using CountyIP.Platform.Ui;

namespace CountyIP.Modules.Import;

/// <summary>
/// Front door of the register import (issue 3 §3, ADR 0014): uploaded files, their preview and apply jobs, pages and
/// API. It writes Registry records only through <c>Registry.Contracts.IRecordImport</c> (ADR 0020).
/// </summary>
public sealed class ImportModule : IModule
{
    public IReadOnlyDictionary<string, string[]> Policies { get; } = new Dictionary<string, string[]>
    {
        [ImportPolicies.Import] = [Roles.BureauStaff],
    };

    public IEnumerable<MenuEntry> MenuEntries { get; } =
    [
        // Under the registry's menu group (企业与知识产权), where the records it writes are.
        new("Menu_Group_Registry", "Menu_Imports", typeof(ImportText), "/registry/imports", "bi-upload", ImportPolicies.Import, Order: 270),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ImportPipeline>();
        services.AddScoped<StartImportHandler>();
        services.AddScoped<ConfirmImportHandler>();
        services.AddScoped<GetImportHandler>();
        services.AddScoped<ListImportsHandler>();
        services.AddScoped<GetInvalidRowsHandler>();
        services.AddJobHandler<PreviewImportJob>();
        services.AddJobHandler<ApplyImportJob>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapImportEndpoints();
}
