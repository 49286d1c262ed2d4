using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Platform.Security;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ApiTokenStatus>))]
public enum ApiTokenStatus
{
    Active,
    Expired,
    Revoked,
}

/// <summary>An API token as the admin sees it (never the value or its hash).</summary>
public sealed record ApiTokenRow(
    Guid Id,
    string Name,
    string Role,
    ScopeKind ScopeKind,
    string? ScopeId,
    string Prefix,
    ApiTokenStatus Status,
    DateTime CreatedUtc,
    string CreatedBy,
    DateTime ExpiresUtc,
    DateTime? RevokedUtc,
    DateTime? LastUsedUtc);

public sealed record ApiTokenPage(int Total, int Page, int PageSize, IReadOnlyList<ApiTokenRow> Items);

internal sealed class ListApiTokensHandler(CountyIpDbContext db, TimeProvider clock)
{
    public async Task<ApiTokenPage> HandleAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 100);
        var now = clock.GetUtcNow().UtcDateTime;
        var total = await db.Set<ApiToken>().CountAsync(cancellationToken);
        var tokens = await db.Set<ApiToken>().AsNoTracking()
            .OrderByDescending(t => t.CreatedUtc)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new ApiTokenPage(total, page, pageSize, [.. tokens.Select(t => ToRow(t, now))]);
    }

    public static ApiTokenRow ToRow(ApiToken t, DateTime now) => new(
        t.Id, t.Name, t.Role, t.ScopeKind, t.ScopeId, t.Prefix,
        t.RevokedUtc is not null ? ApiTokenStatus.Revoked : t.ExpiresUtc <= now ? ApiTokenStatus.Expired : ApiTokenStatus.Active,
        t.CreatedUtc, t.CreatedBy, t.ExpiresUtc, t.RevokedUtc, t.LastUsedUtc);
}
