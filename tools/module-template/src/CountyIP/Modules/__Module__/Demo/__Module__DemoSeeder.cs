using CountyIP.Modules.__Module__.Domain;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.__Module__.Demo;

/// <summary>
/// A few demo items when demo data is on (Development, or <c>CountyIP:DemoData</c>) and the module holds none yet: the
/// bureau's own records are never mixed with invented ones, and a second start adds nothing.
/// </summary>
internal sealed class __Module__DemoSeeder(CountyIpDbContext db, TimeProvider clock) : IDataSeeder, IDemoDataReport
{
    private static readonly (string Code, string NameZh, string NameEn)[] Items =
    [
        ("demo-1", "示例一", "Example one"),
        ("demo-2", "示例二", "Example two"),
        ("demo-3", "示例三", "Example three"),
    ];

    /// <summary>After the registry's and protection's demo data (900, 950).</summary>
    public int Order => 960;

    public bool IsDemoData => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<__Module__Item>().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.AddRange(Items.Select(i => new __Module__Item(i.Code, i.NameZh, i.NameEn, "demo", now)));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<string> DescribeAsync(CancellationToken cancellationToken) =>
        $"__ModuleEn__: {await db.Set<__Module__Item>().CountAsync(cancellationToken)} items";
}
