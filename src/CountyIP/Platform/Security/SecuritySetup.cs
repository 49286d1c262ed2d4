using CountyIP.Platform.Data;
using Microsoft.AspNetCore.Identity;

namespace CountyIP.Platform.Security;

/// <summary>Identity, cookie sign-in, API tokens and the account endpoints.</summary>
public static class SecuritySetup
{
    public static IServiceCollection AddCountyIpSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddIdentity<AppUser, IdentityRole<Guid>>()
            .AddEntityFrameworkStores<CountyIpDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "countyip.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/access-denied";
        });
        return services;
    }

    public static IApplicationBuilder UseCountyIpSecurity(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static IEndpointRouteBuilder MapCountyIpSecurityEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
