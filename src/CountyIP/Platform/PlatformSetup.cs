using CountyIP.Platform.Audit;
using CountyIP.Platform.Configuration;
using CountyIP.Platform.Data;
using CountyIP.Platform.Exports;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Modules;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;
using CountyIP.Platform.Ui;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Scalar.AspNetCore;

namespace CountyIP.Platform;

/// <summary>The platform's composition: everything a module can rely on. Knows modules only as <see cref="IModule"/>.</summary>
public static class PlatformSetup
{
    public static void AddCountyIpPlatform(this WebApplicationBuilder builder, IReadOnlyList<IModule> modules)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<CountyIpOptions>().Bind(configuration.GetSection(CountyIpOptions.SectionName));
        var options = configuration.GetSection(CountyIpOptions.SectionName).Get<CountyIpOptions>() ?? new CountyIpOptions();
        // Relative to the working directory, so `dotnet run --project src/CountyIP` from the repository root uses ./data.
        var dataDirectory = DataDirectory.Prepare(options.DataDirectory, Environment.CurrentDirectory);
        services.AddSingleton(dataDirectory);
        services.AddSingleton(TimeProvider.System);
        services.AddCountyIpForwardedHeaders(options.TrustedProxies);

        services.AddCountyIpData(configuration, dataDirectory);

        // Several instances behind one PostgreSQL behave as one: keys live in the database (issue 2, §4).
        services.AddDataProtection()
            .SetApplicationName("CountyIP")
            .PersistKeysToDbContext<CountyIpDbContext>();

        services.AddCountyIpSecurity(configuration, builder.Environment);
        services.AddCountyIpJobs(configuration);
        services.AddRecurringJob<DatabaseStatisticsJob>(DatabaseStatisticsJob.KindName, DatabaseStatisticsJob.Interval);
        services.AddCountyIpAudit();
        services.AddCountyIpExports(configuration);
        services.AddCountyIpNotifications(configuration);
        services.AddAuthorization(o =>
        {
            // Deny by default: an endpoint or page that declares no policy is refused to everyone.
            // A request that matched no endpoint at all passes, so it ends as a plain 404 (the not-found page)
            // instead of a misleading sign-in or access-denied redirect; nothing is served for it.
            o.FallbackPolicy = new AuthorizationPolicyBuilder()
                .RequireAssertion(c => c.Resource is HttpContext http && http.GetEndpoint() is null)
                .Build();
            o.AddRolePolicies(Policies.PlatformPolicies);
            foreach (var module in modules)
            {
                o.AddRolePolicies(module.Policies);
            }
        });
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        // Explicit dependencies (issue 10 item 3): a scope of one's own, and the validator, are injected services.
        services.AddSingleton(typeof(ScopedFactory<>));
        services.AddScoped<IInputValidator, ScopedInputValidator>();

        services.AddCountyIpLocalization();
        services.AddRazorComponents();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "countyip.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Parameter binding failures throw in every environment (the default throws in Development only and
        // otherwise answers an empty 400), so ProblemExceptionHandler or the /error page explains them.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // No AddValidation(): .NET 10's built-in validation answers in English only; InputValidationFilter runs the
        // same attributes with localized messages on every API route (ADR 0018).
        // One JSON shape for the whole API (issue 10 item 6): enums are written as their names everywhere (the jobs API
        // answered "status": 3 beside the registry's "legalStatus": "Granted"). Numbers are still read, so older
        // clients that send them keep working; the OpenAPI document describes the same string enums.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddOpenApi(o => o.AddSchemaTransformer(MoneyAttribute.DescribeAsync));
        services.AddHealthChecks().AddDbContextCheck<CountyIpDbContext>("database");

        var menu = new List<MenuEntry>(PlatformMenu.Entries);
        var portal = new List<PortalLink>();
        foreach (var module in modules)
        {
            module.AddServices(services, configuration);
            menu.AddRange(module.MenuEntries);
            portal.AddRange(module.PortalLinks);
        }

        services.AddSingleton(new MenuRegistry(menu));
        services.AddSingleton(new PortalLinkRegistry(portal));
    }

    public static void UseCountyIpPlatform(this WebApplication app, IReadOnlyList<IModule> modules)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<EmptyQueryValuesMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            // A value that does not bind (type=foo) is the caller's mistake, not ours: 400, and not logged as an
            // unhandled exception. Thrown in every environment (RouteHandlerOptions below) so one handler answers it.
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException,
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // API callers get bare status codes and ProblemDetails, never the HTML page: re-executing an API POST to the
        // not-found page also turned its 401/403 into an antiforgery 400. Switched off per request rather than by
        // UseWhen: a re-execution inside a UseWhen branch skips routing, so the deny-by-default fallback policy
        // refused every re-executed page (a 400 from /account/logout became a redirect to access-denied).
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api") && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }

            return next(context);
        });
        app.UseRequestLocalization();
        app.UseCountyIpSecurity();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous().WithMetadata(StaticFileEndpoint.Instance);
        app.MapCultureSwitch();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/scalar", o => o.WithTitle("CountyIP API").DisableDefaultFonts()).AllowAnonymous();
        // Every API route gets the one validation path (ADR 0018): a new endpoint cannot bypass it.
        var api = app.MapGroup(string.Empty);
        api.AddEndpointFilterFactory(InputValidationFilter.Factory);
        api.MapCountyIpSecurityEndpoints();
        api.MapJobEndpoints();
        api.MapAuditEndpoints();
        api.MapNotificationEndpoints();

        foreach (var module in modules)
        {
            module.MapEndpoints(api);
        }

        var components = app.MapRazorComponents<App>();
        components.AddAdditionalAssemblies();
    }

    /// <summary>Migrates and seeds. Demo data: the setting, else Development only.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync(cancellationToken);
        var options = app.Configuration.GetSection(CountyIpOptions.SectionName).Get<CountyIpOptions>() ?? new CountyIpOptions();
        await initializer.SeedAsync(options.DemoData ?? app.Environment.IsDevelopment(), cancellationToken);
    }
}
