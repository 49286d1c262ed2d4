using CountyIP.Modules.Registry.Import.UseCases;
using CountyIP.Platform.Jobs;

namespace CountyIP.Modules.Registry.Import;

/// <summary>Services of the registry import (issue 3 §3), registered by <see cref="RegistryModule"/>.</summary>
internal static class ImportSetup
{
    public static IServiceCollection AddRegistryImport(this IServiceCollection services)
    {
        services.AddScoped<IImportProcessor, PatentImport>();
        services.AddScoped<IImportProcessor, TrademarkImport>();
        services.AddScoped<IImportProcessor, CopyrightImport>();
        services.AddScoped<IImportProcessor, EnterpriseImport>();
        services.AddScoped<ImportPipeline>();
        services.AddScoped<StartImportHandler>();
        services.AddScoped<ConfirmImportHandler>();
        services.AddScoped<GetImportHandler>();
        services.AddScoped<ListImportsHandler>();
        services.AddScoped<GetInvalidRowsHandler>();
        services.AddJobHandler<PreviewImportJob>();
        services.AddJobHandler<ApplyImportJob>();
        return services;
    }
}
