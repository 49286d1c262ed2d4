using System.Net.Http.Headers;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Plans.Contracts;
using CountyIP.Modules.Protection.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CountyIP.IntegrationTests.Indicators;

/// <summary>
/// The app with a test plan and a fixed clock; users sign in through the real account sign-in. Calculators a test
/// adds stand in for the modules' calculators.
/// </summary>
public sealed class IndicatorsFactory : CountyIpAppFactory
{
    public PlanDefinition Plan { get; init; } = TestPlans.Pilot2013();

    public DateTimeOffset Now { get; init; } = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public IList<IIndicatorCalculator> Calculators { get; } = [];

    /// <summary>Stands in for the Protection module's figures when set.</summary>
    public IProtectionFigures? ProtectionFigures { get; init; }

    /// <summary>Every client is a new account signing in; a class sharing one app signs in more often than the per-address limit allows.</summary>
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Security:SignInAttemptsPerMinute"] = "100000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IPlanCatalog>();
            services.AddSingleton<IPlanCatalog>(new FixedPlanCatalog(Plan));
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FixedClock(Now));
            if (ProtectionFigures is not null)
            {
                services.RemoveAll<IProtectionFigures>();
                services.AddSingleton(ProtectionFigures);
            }

            foreach (var calculator in Calculators)
            {
                services.AddSingleton(calculator);
            }
        });
    }

    /// <summary>A client signed in as a new user of <paramref name="role"/>, asking for Chinese pages.</summary>
    public async Task<HttpClient> ClientAsAsync(string role, string? scopeId = null, string? name = null)
    {
        var user = await this.CreateAsync(role, scopeId, userName: name);
        var client = new TestClient(this);
        await client.SignInAsync(user);
        client.Http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));
        return client.Http;
    }

    /// <summary>Refused: 401/403, or a redirect to sign-in or access-denied (pages).</summary>
    public static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden
        || (response.StatusCode == System.Net.HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString is { } location
            && (location.Contains("/account/login", StringComparison.Ordinal) || location.Contains("/account/access-denied", StringComparison.Ordinal)));

    private sealed class FixedPlanCatalog(PlanDefinition plan) : IPlanCatalog
    {
        public Task<PlanDefinition?> GetActiveAsync(CancellationToken cancellationToken) => Task.FromResult<PlanDefinition?>(plan);

        public Task<PlanDefinition?> FindAsync(string id, CancellationToken cancellationToken) =>
            Task.FromResult(id == plan.Id ? plan : null);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>Plans as the Plans module delivers them; targets copied from plans/cangshan-2013.json.</summary>
public static class TestPlans
{
    public static PlanDefinition Pilot2013() => new(
        "cangshan-2013",
        new LocalizedText("福州市仓山区实施国家知识产权强县工程试点区工作方案", "Cangshan pilot work plan"),
        new LocalizedText("仓山区人民政府", "Cangshan District People's Government"),
        "2013-04",
        2013,
        2014,
        null,
        [
            Target("special-fund-ratio", "二(二)1", "知识产权专项资金占区财政一般预算支出比例", "%", TargetComparison.AtLeast, 0.0021m, TargetPeriodKind.Ratio),
            // A target no module computes, as an annual count: the figures-by-hand tests report it. A test-only id:
            // every annual count of the real plan is now computed (publicity-events by Outreach, the project targets by
            // Transfer), and a module's calculator always wins over a figure reported by hand.
            Target("hand-counted-projects", "二(二)5", "引进专利实施项目", "项", TargetComparison.AtLeast, 6m, TargetPeriodKind.Annual),
            Target("enterprises-in-contact", "二(二)3", "与知识产权局建立工作联系的企业", "家", TargetComparison.AtLeast, 150m, TargetPeriodKind.CumulativeOverPilot),
            Target("patent-database", "二(二)4", "专利信息数据库", "项", TargetComparison.Exists, null, TargetPeriodKind.Milestone),
            Target("patent-applications", "二(二)6", "专利申请量", "件", TargetComparison.AtLeast, 1800m, TargetPeriodKind.AnnualAverage),
            Target("patent-grants", "二(二)6", "专利授权量", "件", TargetComparison.AtLeast, 1000m, TargetPeriodKind.Annual),
            Target("invention-applications-growth", "二(二)6", "发明专利申请量增长", "件", TargetComparison.Growth, null, TargetPeriodKind.Trend),
        ]);

    public static readonly PlanTarget AgencyTarget =
        Target("service-agencies", "二(二)4", "知识产权服务机构", "家", TargetComparison.AtLeast, 5m, TargetPeriodKind.CumulativeOverPilot);

    /// <summary>The patent targets of 二(二)3, 4 and 6 as in plans/cangshan-2013.json.</summary>
    public static PlanDefinition PatentTargets() => Pilot2013() with
    {
        Targets =
        [
            Target("service-invention-share", "二(二)3", "职务专利申请比例", "%", TargetComparison.AtLeast, 0.8m, TargetPeriodKind.Ratio),
            Target("agency-filed-share", "二(二)4", "通过代理机构提交的专利申请比重", "%", TargetComparison.AtLeast, 0.75m, TargetPeriodKind.Ratio),
            Target("patent-applications", "二(二)6", "专利申请量", "件", TargetComparison.AtLeast, 1800m, TargetPeriodKind.AnnualAverage),
            Target("patent-grants", "二(二)6", "专利授权量", "件", TargetComparison.AtLeast, 1000m, TargetPeriodKind.Annual),
            Target("invention-grants", "二(二)6", "发明专利授权量", "件", TargetComparison.AtLeast, 300m, TargetPeriodKind.Annual),
            Target("invention-applications-growth", "二(二)6", "发明专利申请量增长", "件", TargetComparison.Growth, null, TargetPeriodKind.Trend),
            Target("foreign-applications-growth", "二(二)6", "国（境）外专利申请", "件", TargetComparison.SteadyRise, null, TargetPeriodKind.Trend),
        ],
    };

    private static PlanTarget Target(string id, string section, string zh, string unit, TargetComparison comparison, decimal? value, TargetPeriodKind kind) =>
        new(id, section, new LocalizedText(zh, id), $"{zh}（条款）", unit, comparison, value, kind);
}

/// <summary>A calculator over a fixed table of (date, count) flows, for engine tests; a stock sums up to the window end.</summary>
public sealed class TableCalculator(string targetId, IReadOnlyDictionary<DateOnly, decimal> flows, bool stock = false) : IIndicatorCalculator
{
    public string TargetId => targetId;

    public IndicatorText Definition { get; } = new("测试口径：" + targetId, "Test definition: " + targetId);

    public IReadOnlySet<BreakdownKind> Breakdowns { get; } = new HashSet<BreakdownKind>();

    public Task<IndicatorValue?> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<IndicatorValue?>(new IndicatorValue(
            flows.Where(f => (stock || f.Key >= query.From) && f.Key <= query.To).Sum(f => f.Value)));

    public Task<EvidencePage> EvidenceAsync(IndicatorQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = flows.Where(f => (stock || f.Key >= query.From) && f.Key <= query.To).OrderBy(f => f.Key).ToList();
        return Task.FromResult(new EvidencePage(
            [new IndicatorText("日期", "Date"), new IndicatorText("数量", "Count")],
            [.. rows.Skip((page - 1) * pageSize).Take(pageSize).Select(r => new EvidenceRecord(
                r.Key.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                [r.Key.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)]))],
            rows.Count));
    }

    public Task<IReadOnlyList<BreakdownRow>> BreakdownAsync(IndicatorQuery query, BreakdownKind kind, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BreakdownRow>>([]);
}
