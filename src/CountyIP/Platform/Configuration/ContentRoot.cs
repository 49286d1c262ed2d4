namespace CountyIP.Platform.Configuration;

/// <summary>
/// Where the app finds <c>appsettings.json</c> and <c>wwwroot</c>. ASP.NET Core takes the working directory, so
/// <c>dotnet /opt/countyip/CountyIP.dll</c> started from anywhere else ran without the district's settings (and with
/// every SQL statement logged at the framework's default level) and without its static files (issue 9). The app's own
/// folder is used instead whenever the working directory is not an app folder; an explicit <c>--contentRoot</c>
/// (or <c>ASPNETCORE_CONTENTROOT</c>) still wins, and <c>dotnet run</c>, which starts in the project folder, is unchanged.
/// </summary>
public static class ContentRoot
{
    public const string SettingsFile = "appsettings.json";

    /// <summary>The content root to use, or null to keep ASP.NET Core's choice (explicit setting, or an app folder as working directory).</summary>
    public static string? Resolve(string[] args, string? workingDirectory = null, string? appDirectory = null)
    {
        var explicitRoot = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey];
        if (!string.IsNullOrEmpty(explicitRoot))
        {
            return null;
        }

        var current = workingDirectory ?? Environment.CurrentDirectory;
        return File.Exists(Path.Combine(current, SettingsFile)) ? null : appDirectory ?? AppContext.BaseDirectory;
    }
}
