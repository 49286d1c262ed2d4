using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CountyIP.BrowserTests.Infrastructure;

/// <summary>
/// The real app as an operator runs it: the published build, started as a child process on https://127.0.0.1 with
/// a free port, a throw-away data directory (SQLite) and a self-signed certificate. Production environment, so cookies
/// are Secure and antiforgery requires https exactly as in a deployment. Console output is kept (the first start
/// prints the administrator's one-time password there).
/// </summary>
public sealed class AppHost : IAsyncDisposable
{
    private static readonly SemaphoreSlim PublishLock = new(1, 1);
    private static string? publishedDirectory;

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly string workDirectory;

    private AppHost(Process process, Uri baseAddress, string workDirectory)
    {
        this.process = process;
        BaseAddress = baseAddress;
        this.workDirectory = workDirectory;
    }

    public Uri BaseAddress { get; }

    /// <summary>Every line the app wrote to stdout and stderr so far.</summary>
    public IReadOnlyList<string> Output => [.. output];

    public string Url(string relative) => new Uri(BaseAddress, relative).ToString();

    /// <summary>The app's SQLite database: a journey stands in for the passing of time there (a notice period ending).</summary>
    public string DatabasePath => Path.Combine(workDirectory, "data", "countyip.db");

    /// <summary>
    /// Starts an app on a new, empty database. <paramref name="adminPassword"/> null: the first start generates the
    /// administrator's one-time password and prints it.
    /// </summary>
    public static async Task<AppHost> StartAsync(string? adminPassword, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = await PublishAsync();
        var workDirectory = Path.Combine(Path.GetTempPath(), "countyip-browser", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workDirectory);
        var certificate = Path.Combine(workDirectory, "localhost.pfx");
        const string certificatePassword = "browser-tests";
        await File.WriteAllBytesAsync(certificate, SelfSignedCertificate(certificatePassword));

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(app, "CountyIP.dll"), "--urls", $"https://127.0.0.1:{port}"])
        {
            WorkingDirectory = app,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["CountyIP__DataDirectory"] = Path.Combine(workDirectory, "data"),
            ["CountyIP__DemoData"] = "false",
            ["Database__Provider"] = "Sqlite",
            ["Security__RequireTwoFactorForAdmins"] = "false",
            // Every journey signs in from 127.0.0.1; the per-IP limit is not what these journeys test.
            ["Security__SignInAttemptsPerMinute"] = "1000",
            ["Kestrel__Certificates__Default__Path"] = certificate,
            ["Kestrel__Certificates__Default__Password"] = certificatePassword,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            ["DOTNET_NOLOGO"] = "1",
        };
        if (adminPassword is not null)
        {
            environment["CountyIP__Bootstrap__AdminPassword"] = adminPassword;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var host = new AppHost(process, new Uri($"https://127.0.0.1:{port}/"), workDirectory);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitHealthyAsync();
        return host;
    }

    /// <summary>Waits until the app printed a line containing <paramref name="text"/> and returns it.</summary>
    public async Task<string> WaitForOutputAsync(string text, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (output.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"the app never printed '{text}'. Output:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
    }

    /// <summary>An HttpClient for set-up calls (accepts the self-signed certificate, keeps cookies).</summary>
    public HttpClient CreateHttpClient(bool followRedirects = false) =>
        new(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            AllowAutoRedirect = followRedirects,
            CookieContainer = new CookieContainer(),
        })
        { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        process.Dispose();
        try
        {
            Directory.Delete(workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the exiting process; the temp folder is cleaned by the OS.
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    private async Task WaitHealthyAsync()
    {
        using var client = CreateHttpClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the app exited with code {process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"the app did not become healthy:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
    }

    /// <summary>
    /// Publishes the app once per test run from the build the tests were compiled with (no rebuild): publishing puts
    /// the framework's scripts and the compressed assets under wwwroot as in a deployment.
    /// </summary>
    private static async Task<string> PublishAsync()
    {
        await PublishLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (publishedDirectory is not null)
            {
                return publishedDirectory;
            }

            var target = Path.Combine(Path.GetTempPath(), "countyip-browser", "app-" + Guid.NewGuid().ToString("N"));
            var project = Path.Combine(Repository.Root, "src", "CountyIP", "CountyIP.csproj");
            // The build the suites already made, published as it is (PortablePublish: no runtime identifier, no
            // ReadyToRun, ADR 0023), so nothing is compiled again; ./test.sh's deployment check publishes as the README says.
            var start = new ProcessStartInfo("dotnet", ["publish", project, "--no-build", "-p:PortablePublish=true", "-c", Repository.Configuration, "-o", target, "-nologo", "-v", "q"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Repository.Root,
            };
            using var publish = Process.Start(start)!;
            var stdout = publish.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = publish.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await publish.WaitForExitAsync(TestContext.Current.CancellationToken);
            if (publish.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}): {await stdout}{await stderr}");
            }

            publishedDirectory = target;
            return target;
        }
        finally
        {
            PublishLock.Release();
        }
    }

    /// <summary>Removes the published app at the end of the run (the browser fixture calls this).</summary>
    internal static void DeletePublished()
    {
        if (publishedDirectory is not null && Directory.Exists(publishedDirectory))
        {
            Directory.Delete(publishedDirectory, recursive: true);
            publishedDirectory = null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static byte[] SelfSignedCertificate(string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return certificate.Export(X509ContentType.Pfx, password);
    }
}
