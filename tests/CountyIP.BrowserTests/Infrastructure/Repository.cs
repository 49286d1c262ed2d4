namespace CountyIP.BrowserTests.Infrastructure;

/// <summary>Paths in the checkout the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where screenshots of failed journeys go (test.sh keeps <c>.test-artifacts/</c> for CI).</summary>
    public static string Artifacts
    {
        get
        {
            var path = Path.Combine(Root, ".test-artifacts");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    /// <summary>Release or Debug: the configuration these tests were built in, so the app is published from the same build.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar).Contains("Release", StringComparer.Ordinal) ? "Release" : "Debug";

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CountyIP.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"CountyIP.slnx not found above {AppContext.BaseDirectory}");
    }
}
