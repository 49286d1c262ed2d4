using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Outreach.Api;
using CountyIP.Modules.Outreach.Calculators;
using CountyIP.Modules.Outreach.Demo;
using CountyIP.Modules.Outreach.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Modules;
using CountyIP.Platform.Ui;

namespace CountyIP.Modules.Outreach;

/// <summary>
/// Publicity and training (issue 15; source 二(二)2, 三(五)1-3): publicity events confirmed by the bureau, courses with
/// sign-up, door sign-in by QR code and person-times, certificates with a public check, and the calendar. The two plan
/// targets (publicity-events, training-person-times) are computed here and reach the dashboard through
/// <see cref="IIndicatorCalculator"/>.
/// </summary>
public sealed class OutreachModule : IModule
{
    public IReadOnlyDictionary<string, string[]> Policies => OutreachPolicies.All;

    public IEnumerable<MenuEntry> MenuEntries { get; } =
    [
        // After the fund (500s) and governance (600s), beside publishing (700s): the bureau's work with the public.
        new("Menu_Group_Outreach", "Menu_Events", typeof(OutreachText), "/outreach/events", "bi-megaphone", OutreachPolicies.Read, Order: 650),
        new("Menu_Group_Outreach", "Menu_Courses", typeof(OutreachText), "/outreach/courses", "bi-mortarboard", OutreachPolicies.Read, Order: 651),
        new("Menu_Group_Outreach", "Menu_Calendar", typeof(OutreachText), "/outreach/calendar", "bi-calendar3", OutreachPolicies.Read, Order: 652),
        new("Menu_Group_Outreach", "Menu_Media", typeof(OutreachText), "/outreach/media", "bi-newspaper", OutreachPolicies.Read, Order: 654),
        new("Menu_Group_Outreach", "Menu_Materials", typeof(OutreachText), "/outreach/materials", "bi-folder2-open", OutreachPolicies.Read, Order: 655),
        new("Menu_Group_Outreach", "Menu_SignUp", typeof(OutreachText), "/outreach/sign-up", "bi-person-plus", OutreachPolicies.SignUp, Order: 653),
    ];

    /// <summary>On the public portal: the courses open to everyone and the certificate check.</summary>
    public IEnumerable<PortalLink> PortalLinks { get; } =
    [
        new("Portal_Courses", typeof(OutreachText), "/outreach/public/courses", "bi-mortarboard", Order: 75),
        new("Portal_Verify", typeof(OutreachText), "/outreach/certificates/verify", "bi-patch-check", Order: 76),
        new("Portal_Materials", typeof(OutreachText), "/outreach/public/materials", "bi-folder2-open", Order: 77),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // Anonymous forms: sign-up and the door. The door allows a whole room behind one address (a venue's Wi-Fi).
        var limits = configuration.GetSection("Outreach:RateLimits").Get<OutreachRateLimits>() ?? new OutreachRateLimits();
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(OutreachPolicies.SignUpLimit, new Platform.Web.PerClientRateLimit(OutreachPolicies.SignUpLimit, limits.SignUpsPerMinute, RateLimited, "urn:countyip:outreach:rate-limited"));
            o.AddPolicy(OutreachPolicies.DoorLimit, new Platform.Web.PerClientRateLimit(OutreachPolicies.DoorLimit, limits.DoorSignInsPerMinute, RateLimited, "urn:countyip:outreach:rate-limited"));
        });

        services.AddScoped<OutreachScope>();
        services.AddScoped<OrganiserDirectory>();
        services.AddScoped<EventViews>();
        services.AddScoped<ListEventsHandler>();
        services.AddScoped<SaveEventHandler>();
        services.AddScoped<EventFiles>();
        services.AddScoped<CourseViews>();
        services.AddScoped<ListCoursesHandler>();
        services.AddScoped<SaveCourseHandler>();
        services.AddScoped<SignUpHandler>();
        services.AddScoped<RosterHandler>();
        services.AddScoped<AttendanceHandler>();
        services.AddScoped<CertificateHandler>();
        services.AddScoped<OutreachCalendar>();
        services.AddScoped<MediaHandler>();
        services.AddScoped<MaterialsHandler>();
        services.AddScoped<Contracts.IOutreachFigures, OutreachFigures>();
        services.AddScoped<IWorkbenchSource, OutreachWorkbench>();
        services.AddIndicatorCalculator<PublicityEventsCalculator>();
        services.AddIndicatorCalculator<TrainingPersonTimesCalculator>();

        // Demo rows in Development (or with CountyIP:DemoData): one seeder, also reporting to `seed-demo`.
        services.AddScoped<OutreachDemoSeeder>();
        services.AddScoped<IDataSeeder>(sp => sp.GetRequiredService<OutreachDemoSeeder>());
        services.AddScoped<IDemoDataReport>(sp => sp.GetRequiredService<OutreachDemoSeeder>());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapOutreachEndpoints();

    private static string RateLimited(HttpContext context, int seconds) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<OutreachText>>()["Error_RateLimited", seconds].Value;
}

/// <summary>Requests per minute and client address on the anonymous forms (configuration section <c>Outreach:RateLimits</c>).</summary>
public sealed class OutreachRateLimits
{
    public int SignUpsPerMinute { get; set; } = 60;

    public int DoorSignInsPerMinute { get; set; } = 300;
}
