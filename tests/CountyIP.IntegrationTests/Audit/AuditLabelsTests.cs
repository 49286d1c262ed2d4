using System.Globalization;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Data;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CountyIP.IntegrationTests.Audit;

/// <summary>Issue 9: the audit log speaks the UI's language — entity types, roles and the system actors by name.</summary>
public sealed class AuditLabelsTests(AuditAppFactory factory) : IClassFixture<AuditAppFactory>
{
    /// <summary>Entity types recorded by explicit events rather than by the change interceptor.</summary>
    private static readonly string[] EventEntityTypes =
    [
        "Page", "Endpoint", "Copyright", "SelfAssessmentReport", "IndicatorEvidence", "ReportedFigure",
        "JointEnforcementAction", "ProtectionCase", "BackgroundJob", "AuditRecord", "AppUser", "ApiToken",
    ];

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task EntityTypeLabels_EveryEntityOfTheModel_HasLocalizedName(string culture)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<AuditText>>();
        var names = db.Model.GetEntityTypes().Select(e => e.DisplayName()).Concat(EventEntityTypes).Distinct().ToList();

        var missing = WithCulture(culture, () => names.Where(n => text[AuditLabels.EntityTypeKey(n)].ResourceNotFound).ToList());

        missing.ShouldBeEmpty($"no {culture} name for: {string.Join(", ", missing.Select(AuditLabels.EntityTypeKey).Distinct())}");
    }

    [Fact]
    public async Task AuditPage_Chinese_ShowsLocalizedRoleEntityTypeAndActor()
    {
        using var auditor = await TestClient.SignedInAsync(factory, Roles.Auditor);
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        using var denied = await staff.GetAsync("/audit");

        var page = await auditor.GetPageAsync($"/audit?actor={Uri.EscapeDataString(staff.User!.UserName)}&action={AuditActions.AccessDenied}");

        var cells = page.ByTestId("audit-table").QuerySelector("tbody tr")!.QuerySelectorAll("td").Select(c => c.Text()).ToList();
        cells[3].ShouldBe("知识产权局工作人员");
        cells[6].ShouldBe("页面");
    }

    [Fact]
    public void ActorLabel_SystemAndAnonymous_AreLocalized()
    {
        using var scope = factory.Services.CreateScope();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<AuditText>>();
        var shared = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();

        WithCulture("zh-CN", () => AuditLabels.Actor(text, "system")).ShouldBe("系统");
        WithCulture("zh-CN", () => AuditLabels.Actor(text, "anonymous")).ShouldBe("匿名访问者");
        WithCulture("en-US", () => AuditLabels.Actor(text, "anonymous")).ShouldBe("Anonymous visitor");
        WithCulture("zh-CN", () => AuditLabels.Actor(text, "zhang.san")).ShouldBe("zhang.san");
        WithCulture("zh-CN", () => AuditLabels.Role(shared, Roles.Auditor)).ShouldNotBe(Roles.Auditor);
    }

    [Fact]
    public void ExportDetail_RowCountIsLocalized_FilterKeptAsRecorded()
    {
        using var scope = factory.Services.CreateScope();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<AuditText>>();

        WithCulture("zh-CN", () => AuditLabels.DetailParts(text, "12 rows {\"Year\":2013}")).ShouldBe(("导出 12 行", "{\"Year\":2013}"));
        WithCulture("en-US", () => AuditLabels.DetailParts(text, "3 rows")).ShouldBe(("Exported 3 rows", null));
        WithCulture("zh-CN", () => AuditLabels.Detail(text, "7 rows?actor=demo")).ShouldBe("导出 7 行 ?actor=demo");
        WithCulture("zh-CN", () => AuditLabels.Detail(text, "pwd")).ShouldBe("密码");
        WithCulture("zh-CN", () => AuditLabels.Detail(text, "rows of text a user wrote")).ShouldBe("rows of text a user wrote");
    }

    private static T WithCulture<T>(string culture, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
