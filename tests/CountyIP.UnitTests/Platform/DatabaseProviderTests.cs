using CountyIP.Platform.Configuration;
using CountyIP.Platform.Data;

namespace CountyIP.UnitTests.Platform;

public sealed class DatabaseProviderTests
{
    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("Postgres", DatabaseProvider.Postgres)]
    [InlineData(" POSTGRES ", DatabaseProvider.Postgres)]
    public void ParseProvider_KnownValue_ReturnsProvider(string? value, DatabaseProvider expected) =>
        DataServiceCollectionExtensions.ParseProvider(value).ShouldBe(expected);

    [Theory]
    [InlineData("Oracle")]
    [InlineData("7")]
    public void ParseProvider_UnknownValue_ThrowsNamingTheSetting(string value)
    {
        var ex = Should.Throw<StartupConfigurationException>(() => DataServiceCollectionExtensions.ParseProvider(value));

        ex.SettingName.ShouldBe("Database__Provider");
        ex.Message.ShouldContain(value);
    }

    [Fact]
    public void PrepareDataDirectory_UnwritablePath_ThrowsNamingTheSetting()
    {
        var file = Path.GetTempFileName();
        try
        {
            var ex = Should.Throw<StartupConfigurationException>(() => DataDirectory.Prepare(Path.Combine(file, "sub"), "/"));
            ex.SettingName.ShouldBe("CountyIP__DataDirectory");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
