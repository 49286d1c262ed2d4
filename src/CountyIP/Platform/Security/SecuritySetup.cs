using System.Threading.RateLimiting;
using CountyIP.Platform.Data;
using CountyIP.Platform.Jobs;
using CountyIP.Platform.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Security;

/// <summary>Identity, cookie sign-in with server-side sessions, API tokens, sign-in rate limit and the account endpoints.</summary>
public static class SecuritySetup
{
    /// <summary>Default scheme: bearer tokens when an <c>Authorization: Bearer</c> header is present, else the cookie.</summary>
    public const string CombinedScheme = "CountyIP";

    public static IServiceCollection AddCountyIpSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(SecurityOptions.SectionName);
        var settings = section.Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddOptions<SecurityOptions>().Bind(section)
            .PostConfigure(o =>
            {
                o.TwoFactorRequiredForAdmins = o.RequireTwoFactorForAdmins ?? !environment.IsDevelopment();

                // A shorter retention than a session can live would remove live sessions.
                var longestLife = o.SessionIdleTimeout > o.SessionAbsoluteTimeout ? o.SessionIdleTimeout : o.SessionAbsoluteTimeout;
                if (o.EndedSessionRetention < longestLife)
                {
                    o.EndedSessionRetention = longestLife;
                }
            });

        services.AddIdentity<AppUser, IdentityRole<Guid>>(o =>
            {
                // Length and character classes are checked by CountyIpPasswordValidator (one set of localised messages).
                o.Password.RequiredLength = 0;
                o.Password.RequiredUniqueChars = 0;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                // Issue 2 §4: five failed sign-ins lock the account for 15 minutes (GB/T 22239-2019 8.1.4.1 b).
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<CountyIpDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CountyIpPasswordValidator>();

        var secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "countyip.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = secure;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            // The session row decides idle and absolute expiry; the cookie never outlives the absolute limit.
            o.ExpireTimeSpan = settings.SessionAbsoluteTimeout;
            o.SlidingExpiration = false;
            o.Events = new CookieAuthenticationEvents
            {
                OnValidatePrincipal = ValidateSessionAsync,
                OnRedirectToLogin = context => ApiAwareRedirectAsync(context, StatusCodes.Status401Unauthorized, "Sign-in required."),
                OnRedirectToAccessDenied = context => ApiAwareRedirectAsync(context, StatusCodes.Status403Forbidden, "Your role may not use this endpoint."),
            };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = "countyip.2fa";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, o => o.Cookie.SecurePolicy = secure);

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddPolicyScheme(CombinedScheme, CombinedScheme, o => o.ForwardDefaultSelector = context =>
                ApiTokenAuthenticationHandler.HasBearerHeader(context.Request)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme);
        // Registered after AddIdentity's defaults, so these win: every policy accepts both cookie and bearer callers.
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = CombinedScheme;
            o.DefaultAuthenticateScheme = CombinedScheme;
            o.DefaultChallengeScheme = CombinedScheme;
            o.DefaultForbidScheme = CombinedScheme;
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignInAttempt(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    "sign-in:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, settings.SignInAttemptsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
            o.OnRejected = WriteRateLimitedAsync;
        });

        services.AddScoped<SecurityAudit>();
        services.AddScoped<SessionStore>();
        services.AddSingleton<SessionCheckCache>();
        services.AddRecurringJob<EndedSessionCleanupJob>(EndedSessionCleanupJob.KindName, EndedSessionCleanupJob.Interval);
        services.AddScoped<SignInService>();
        services.AddSingleton<IOneTimePasswordSink, ConsoleOneTimePasswordSink>();
        services.AddScoped<IDataSeeder, AccountSeeder>();
        services.AddScoped<IDataSeeder, DemoAccountSeeder>();
        services.AddAccountUseCases();
        return services;
    }

    public static IApplicationBuilder UseCountyIpSecurity(this IApplicationBuilder app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<PendingStepMiddleware>();
        app.UseAuthorization();
        return app;
    }

    public static IEndpointRouteBuilder MapCountyIpSecurityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAuthEndpoints();
        endpoints.MapAccountAdminEndpoints();
        return endpoints;
    }

    private static bool IsSignInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/api/auth/login", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/account/login", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/account/login/2fa", StringComparison.OrdinalIgnoreCase));

    private static ValueTask WriteRateLimitedAsync(OnRejectedContext context, CancellationToken cancellationToken) =>
        TooManyRequests.WriteAsync(
            context,
            seconds => context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SecurityText>>()["SignIn_RateLimited", seconds].Value,
            "urn:countyip:auth:rate-limited",
            cancellationToken);

    /// <summary>Every cookie request checks its server-side session (sign-out, password change, disable, timeouts).</summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        // Static files are anonymous and identical for everyone: they never touch the session store (issue 11 §3).
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<StaticFileEndpoint>() is not null)
        {
            return;
        }

        var sessionId = context.Principal is null ? null : CountyIpPrincipal.SessionId(context.Principal);
        var userId = context.Principal is null ? null : CountyIpPrincipal.UserId(context.Principal);
        var store = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        if (sessionId is null || userId is null || !await store.ValidateAsync(sessionId.Value, userId.Value, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>API callers get 401/403 ProblemDetails instead of a redirect to the sign-in or access-denied page.</summary>
    private static Task ApiAwareRedirectAsync(RedirectContext<CookieAuthenticationOptions> context, int status, string title)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(
            new ProblemDetails { Status = status, Title = title },
            options: null, contentType: "application/problem+json");
    }
}
