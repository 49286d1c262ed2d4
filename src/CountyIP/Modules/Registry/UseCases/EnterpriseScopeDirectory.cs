using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>Lets the account pages scope an Enterprise account to a registered enterprise (id = enterprise id).</summary>
internal sealed class EnterpriseScopeDirectory(CountyIpDbContext db) : IScopeDirectory
{
    public ScopeKind Kind => ScopeKind.Enterprise;

    public async Task<IReadOnlyList<ScopeTarget>> SearchAsync(string? search, int limit, CancellationToken cancellationToken)
    {
        var q = db.Set<Enterprise>().AsNoTracking();
        if (RegistryPaging.Like(search) is { } like)
        {
            q = q.Where(e => EF.Functions.Like(e.Name, like) || EF.Functions.Like(e.CreditCode, like.ToUpperInvariant()));
        }

        var items = await q.OrderBy(e => e.Name).Take(Math.Clamp(limit, 1, 200)).Select(e => new { e.Id, e.Name, e.CreditCode }).ToListAsync(cancellationToken);
        return [.. items.Select(e => new ScopeTarget(ScopeKind.Enterprise, e.Id.ToString(), $"{e.Name} ({e.CreditCode})"))];
    }

    public async Task<ScopeTarget?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var guid))
        {
            return null;
        }

        var e = await db.Set<Enterprise>().AsNoTracking().Where(x => x.Id == guid).Select(x => new { x.Id, x.Name, x.CreditCode }).FirstOrDefaultAsync(cancellationToken);
        return e is null ? null : new ScopeTarget(ScopeKind.Enterprise, e.Id.ToString(), $"{e.Name} ({e.CreditCode})");
    }
}
