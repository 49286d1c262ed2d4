using System.Diagnostics;

namespace CountyIP.IntegrationTests.Platform;

/// <summary>
/// Issue 2 §2: a bad setting stops start-up with one clear message naming the setting, and no stack trace.
/// Runs the real built app as a process, as an operator would.
/// </summary>
public sealed class StartupSettingsTests
{
    [Fact]
    public async Task Start_UnknownProvider_PrintsOneLineNamingTheSetting()
    {
        var (exitCode, stderr) = await RunAppAsync(new() { ["Database__Provider"] = "Oracle" });

        exitCode.ShouldBe(1);
        stderr.ShouldContain("Database__Provider");
        stderr.ShouldContain("Oracle");
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public async Task Start_UnreachablePostgres_PrintsOneLineNamingTheConnectionString()
    {
        var (exitCode, stderr) = await RunAppAsync(new()
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__CountyIP"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=3",
        });

        exitCode.ShouldBe(1);
        stderr.ShouldContain("ConnectionStrings__CountyIP");
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public async Task Start_UnwritableDataDirectory_PrintsOneLineNamingTheSetting()
    {
        var file = Path.GetTempFileName();
        try
        {
            var (exitCode, stderr) = await RunAppAsync(new() { ["CountyIP__DataDirectory"] = Path.Combine(file, "data") });

            exitCode.ShouldBe(1);
            stderr.ShouldContain("CountyIP__DataDirectory");
            AssertNoStackTrace(stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void AssertNoStackTrace(string stderr)
    {
        stderr.ShouldNotContain("   at ");
        stderr.Trim().Split('\n').Length.ShouldBe(1, $"expected one line, got: {stderr}");
    }

    private static async Task<(int ExitCode, string Stderr)> RunAppAsync(Dictionary<string, string> settings)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "countyip-start-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CountyIP.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["CountyIP__DataDirectory"] = dataDirectory;
        start.Environment["CountyIP__Bootstrap__AdminPassword"] = "Startup#Check2026";
        start.Environment["Logging__LogLevel__Default"] = "None";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stderrTask = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stdoutTask = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the app did not stop on a bad setting");
        }

        await stdoutTask;
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // The data directory setting under test may have pointed elsewhere.
        }

        return (process.ExitCode, await stderrTask);
    }
}
