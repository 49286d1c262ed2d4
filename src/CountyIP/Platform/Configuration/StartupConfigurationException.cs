namespace CountyIP.Platform.Configuration;

/// <summary>
/// A setting that stops start-up. Program prints <see cref="Exception.Message"/> alone (no stack trace)
/// and exits with code 1, so an operator sees which setting to fix.
/// </summary>
public sealed class StartupConfigurationException : Exception
{
    public StartupConfigurationException(string settingName, string message, Exception? inner = null)
        : base($"{settingName}: {message}", inner) => SettingName = settingName;

    public StartupConfigurationException() { SettingName = string.Empty; }

    public StartupConfigurationException(string message) : base(message) { SettingName = string.Empty; }

    public StartupConfigurationException(string message, Exception innerException) : base(message, innerException) { SettingName = string.Empty; }

    public string SettingName { get; }
}
