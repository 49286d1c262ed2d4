using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.IntegrationTests.Registry;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Platform;

/// <summary>The breadcrumb names each level once: home, menu group, menu entry, then the page's own crumbs.</summary>
[Collection(RegistryPagesApp.Name)]
public sealed class BreadcrumbTests(RegistryPageTests.Factory factory)
{
    [Fact]
    public async Task Breadcrumb_ListAndDetailPages_NoCrumbTwiceAndCurrentOneLast()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var name = $"面包屑{Guid.NewGuid():N}"[..11] + "有限公司";
        var id = await CreateAsync(staff.Http, "/api/enterprises", Enterprise(name, CreditCode()));

        foreach (var (url, current) in new[] { ("/registry/enterprises", "企业名录"), ($"/registry/enterprises/{id}", name), ($"/registry/enterprises/{id}/edit", null) })
        {
            var page = await staff.GetPageAsync(url);
            var crumbs = page.QuerySelectorAll(".breadcrumb .breadcrumb-item").Select(c => c.Text().Trim()).ToList();

            crumbs.Count.ShouldBeGreaterThanOrEqualTo(3, url);
            crumbs.Distinct().Count().ShouldBe(crumbs.Count, $"{url}: {string.Join(" / ", crumbs)}");
            page.QuerySelector(".breadcrumb .breadcrumb-item:last-child").ShouldNotBeNull().ClassList.ShouldContain("active");
            if (current is not null)
            {
                crumbs[^1].ShouldBe(current);
            }
        }
    }
}
