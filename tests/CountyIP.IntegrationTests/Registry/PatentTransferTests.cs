using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CountyIP.IntegrationTests.Infrastructure;
using CountyIP.Platform.Security;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>
/// A transfer (专利权转移, issue 13 §3): when a patent's first applicant changes from one registered enterprise to
/// another, both are told once; an edit that keeps the holder tells no one.
/// </summary>
[Collection(RegistryPagesApp.Name)]
public sealed class PatentTransferTests(RegistryPageTests.Factory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement[]> TransfersAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/notifications?pageSize=100", Ct)).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "registry.patent-transferred")];

    private static object Input(string number, string holder, string title, Guid version) => new
    {
        applicationNumber = number,
        title,
        applicants = new[] { new { name = holder } },
        filingDate = "2014-03-02",
        legalStatus = "Pending",
        version,
    };

    [Fact]
    public async Task FirstApplicantChangesEnterprise_BothHoldersNotifiedOnce_AnEditKeepingTheHolderNotifiesNoOne()
    {
        using var staff = await TestClient.SignedInAsync(factory, Roles.BureauStaff);
        var seller = $"转让{Guid.NewGuid():N}"[..10] + "有限公司";
        var buyer = $"受让{Guid.NewGuid():N}"[..10] + "有限公司";
        var from = await CreateAsync(staff.Http, "/api/enterprises", Enterprise(seller, CreditCode()));
        var to = await CreateAsync(staff.Http, "/api/enterprises", Enterprise(buyer, CreditCode()));
        var number = PatentNumber(2014, '1');
        var id = await CreateAsync(staff.Http, "/api/patents", Patent(number, seller));
        using var sellerClient = await TestClient.SignedInAsync(factory, Roles.Enterprise, from.ToString());
        using var buyerClient = await TestClient.SignedInAsync(factory, Roles.Enterprise, to.ToString());

        async Task PutAsync(string holder, string title)
        {
            var version = (await staff.Http.GetFromJsonAsync<JsonElement>($"/api/patents/{id}", Ct)).GetProperty("version").GetGuid();
            var response = await staff.Http.PutAsJsonAsync($"/api/patents/{id}", Input(number, holder, title, version), Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync(Ct));
        }

        await PutAsync(seller, "一种改进的散热外壳");
        (await TransfersAsync(sellerClient.Http)).ShouldBeEmpty("the holder did not change");

        await PutAsync(buyer, "一种改进的散热外壳");

        var told = (await TransfersAsync(sellerClient.Http)).ShouldHaveSingleItem();
        told.GetProperty("title").GetString()!.ShouldContain(number);
        told.GetProperty("body").GetString()!.ShouldContain(buyer);
        var gained = (await TransfersAsync(buyerClient.Http)).ShouldHaveSingleItem();
        gained.GetProperty("link").GetString().ShouldBe($"/registry/patents/{id}");
    }
}
