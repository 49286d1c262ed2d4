using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

internal static class RegistryPaging
{
    public const int MaxPageSize = 200;

    public static async Task<PagedResult<TOut>> PageAsync<TIn, TOut>(IQueryable<TIn> query, int? page, int? pageSize, Func<TIn, TOut> map, CancellationToken ct) =>
        await PageAsync(query, page, pageSize, map, await query.CountAsync(ct), ct);

    /// <summary>One page of a list whose <paramref name="total"/> is known (counted once per filter, ADR 0021).</summary>
    public static async Task<PagedResult<TOut>> PageAsync<TIn, TOut>(IQueryable<TIn> query, int? page, int? pageSize, Func<TIn, TOut> map, int total, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 20, 1, MaxPageSize);
        var number = Math.Max(page ?? 1, 1);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new PagedResult<TOut>([.. items.Select(map)], total, number, size);
    }

    public static string? Like(string? q) => string.IsNullOrWhiteSpace(q) ? null : $"%{q.Trim().Replace("%", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal)}%";

    /// <summary>Refuses an update based on an older read (the client sends the version it read); the
    /// concurrency token on the row catches a change that slips in between this check and the save.</summary>
    public static void ExpectVersion(Guid? read, Guid current, IStringLocalizer<RegistryText> text) =>
        ConflictingSave.ExpectVersion(read, current, "registry.concurrency", text["Error_Concurrency"]);

    public static Task SaveAsync(CountyIpDbContext db, IStringLocalizer<RegistryText> text, CancellationToken ct) =>
        db.SaveOrConflictAsync("registry.concurrency", text["Error_Concurrency"], ct);
}
