namespace CountyIP.Platform.Exports;

/// <summary>The spreadsheet export (issue 10 §5) and its row cap.</summary>
public static class ExportsSetup
{
    public static IServiceCollection AddCountyIpExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SpreadsheetExportOptions>().Bind(configuration.GetSection(SpreadsheetExportOptions.SectionName));
        services.AddScoped<SpreadsheetExport>();
        return services;
    }
}
