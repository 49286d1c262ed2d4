using System.Net.Http.Json;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Modules;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static CountyIP.IntegrationTests.Registry.RegistryTestData;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>
/// ADR 0021: a list total is counted once per filter and data version; a save in this process counts again at once;
/// a total only older than <see cref="ListResultCache.MaxAge"/> (a write this process did not see) is served while it
/// is recounted in the background, and the recount's answer follows.
/// </summary>
[Collection(RegistryApp.Name)]
public sealed class ListResultCacheTests(RegistryAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task Total_LapsedByTime_ServedWhileRecounted_SaveInProcess_CountedAtOnce()
    {
        using var staff = await factory.StaffAsync();
        var marker = $"缓存{Guid.NewGuid():N}"[..12];
        await CreateAsync(staff, "/api/enterprises", Enterprise(marker + "甲有限公司", CreditCode()));
        var unseen = await CreateAsync(staff, "/api/enterprises", Enterprise("另一" + marker[2..] + "有限公司", CreditCode()));

        var clock = new ManualClock();
        var cache = new ListResultCache(
            factory.Services.GetRequiredService<DataChangeSignal>(), clock,
            factory.Services.GetRequiredService<ScopedFactory<CountyIpDbContext>>(), NullLogger<ListResultCache>.Instance);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CountyIpDbContext>();
        Task<int> CountAsync() => cache.CountAsync(db, on => on.Set<Enterprise>().Where(e => e.Name.StartsWith(marker)), Ct);

        (await CountAsync()).ShouldBe(1);

        // A write this process does not see (another instance, raw SQL): the total stays until it lapses.
        await db.Database.ExecuteSqlAsync($"UPDATE registry_enterprises SET \"Name\" = {marker + "乙有限公司"} WHERE \"Id\" = {unseen}", Ct);
        (await CountAsync()).ShouldBe(1);

        clock.Now += ListResultCache.MaxAge + TimeSpan.FromSeconds(1);
        (await CountAsync()).ShouldBe(1, "a lapsed total is answered at once while it is recounted");
        var recounted = 1;
        for (var i = 0; i < 200 && recounted == 1; i++)
        {
            await Task.Delay(25, Ct);
            recounted = await CountAsync();
        }

        recounted.ShouldBe(2, "the background recount's total follows");

        // A save in this process moves the data version: the next caller waits for a new count.
        await CreateAsync(staff, "/api/enterprises", Enterprise(marker + "丙有限公司", CreditCode()));
        (await CountAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task PatentTotal_OfAnEnterpriseAccount_CountedInItsScope()
    {
        using var staff = await factory.StaffAsync();
        var name = $"总数{Guid.NewGuid():N}"[..10] + "有限公司";
        var enterprise = await CreateAsync(staff, "/api/enterprises", Enterprise(name, CreditCode()));
        await CreateAsync(staff, "/api/patents", Patent(PatentNumber(), name));
        await CreateAsync(staff, "/api/patents", Patent(PatentNumber(), name));
        await CreateAsync(staff, "/api/patents", Patent(PatentNumber(), "别人" + name));
        using var client = await factory.ClientForAsync(Roles.Enterprise, ScopeKind.Enterprise, enterprise.ToString());

        // The total is counted on a database context of its own, after the request's user is gone: the scope must
        // have been taken with it (RegistryScope.Fixed).
        var page = await client.GetFromJsonAsync<PagedResult<PatentSummary>>("/api/patents?pageSize=1", Ct);
        page!.Total.ShouldBe(2);
        page.Items.Count.ShouldBe(1);
    }
}
