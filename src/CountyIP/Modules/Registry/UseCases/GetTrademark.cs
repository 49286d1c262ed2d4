using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

public sealed record GetTrademarkQuery(Guid Id);

internal sealed class GetTrademarkHandler(CountyIpDbContext db, RegistryScope scope, TimeProvider clock)
{
    public async Task<TrademarkView?> HandleAsync(GetTrademarkQuery query, CancellationToken ct) =>
        await scope.Trademarks(db).AsNoTracking().FirstOrDefaultAsync(t => t.Id == query.Id, ct) is { } t ? TrademarkView.From(t, TimeDisplay.Today(clock)) : null;
}
