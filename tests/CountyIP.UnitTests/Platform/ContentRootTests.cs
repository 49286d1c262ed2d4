using CountyIP.Platform.Configuration;

namespace CountyIP.UnitTests.Platform;

public sealed class ContentRootTests
{
    [Fact]
    public void Resolve_WorkingDirectoryWithoutSettings_AppDirectory()
    {
        var empty = Directory.CreateTempSubdirectory("countyip-cwd-");
        try
        {
            ContentRoot.Resolve([], empty.FullName, "/opt/countyip/").ShouldBe("/opt/countyip/");
        }
        finally
        {
            empty.Delete(true);
        }
    }

    [Fact]
    public void Resolve_WorkingDirectoryWithSettings_Unchanged()
    {
        var project = Directory.CreateTempSubdirectory("countyip-cwd-");
        try
        {
            File.WriteAllText(Path.Combine(project.FullName, ContentRoot.SettingsFile), "{}");

            ContentRoot.Resolve([], project.FullName, "/opt/countyip/").ShouldBeNull();
        }
        finally
        {
            project.Delete(true);
        }
    }

    [Fact]
    public void Resolve_ExplicitContentRoot_Unchanged()
    {
        ContentRoot.Resolve(["--contentRoot", "/srv/app"], "/nowhere-" + Guid.NewGuid().ToString("N"), "/opt/countyip/").ShouldBeNull();
    }
}
