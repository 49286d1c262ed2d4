using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>One enterprise by id, or by credit code (any accepted input form) when <see cref="CreditCode"/> is set.</summary>
public sealed record GetEnterpriseQuery(Guid? Id = null, string? CreditCode = null);

internal sealed class GetEnterpriseHandler(CountyIpDbContext db, RegistryScope scope, InputErrors errors)
{
    /// <returns>Null when absent or outside the caller's scope (404).</returns>
    public async Task<EnterpriseDetails?> HandleAsync(GetEnterpriseQuery query, CancellationToken ct)
    {
        var q = scope.Enterprises(db).AsNoTracking();
        if (query.CreditCode is not null)
        {
            var code = errors.Mandatory("code", query.CreditCode, UnifiedSocialCreditCode.Parse);
            errors.ThrowIfAny();
            q = q.Where(e => e.CreditCode == code!.Value);
        }
        else
        {
            q = q.Where(e => e.Id == query.Id);
        }

        return await q.FirstOrDefaultAsync(ct) is { } e ? EnterpriseDetails.From(e) : null;
    }
}
