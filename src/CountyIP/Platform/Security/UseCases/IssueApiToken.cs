using System.ComponentModel.DataAnnotations;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Security;

/// <summary>An admin issues a bearer token to a machine client: a name, a role with its scope, and a lifetime.</summary>
public sealed class IssueApiTokenCommand
{
    [Required, StringLength(100, MinimumLength = 2)]
    public string Name { get; set; } = string.Empty;

    [Required]
    public string Role { get; set; } = string.Empty;

    [StringLength(64)]
    public string? ScopeId { get; set; }

    /// <summary>Days until the token stops working (1 to 730).</summary>
    [Range(1, 730)]
    public int ExpiresInDays { get; set; } = 90;
}

/// <summary>The token value appears only here, once; the database keeps its hash.</summary>
public sealed record IssuedApiToken(Guid Id, string Name, string Token, DateTime ExpiresUtc);

internal sealed class IssueApiTokenHandler(
    CountyIpDbContext db,
    AccountRules rules,
    ICurrentUser currentUser,
    SecurityAudit audit,
    TimeProvider clock,
    IStringLocalizer<SecurityText> text)
{
    public async Task<IssuedApiToken> HandleAsync(IssueApiTokenCommand command, CancellationToken cancellationToken)
    {
        if (command.Role == Roles.BureauAdmin)
        {
            // Account administration stays with people who sign in with two factors (ADR 0006).
            throw new BusinessRuleException("token_role_not_allowed", text["Rule_TokenRoleNotAllowed"]);
        }

        var (kind, scopeId) = await rules.CheckRoleAndScopeAsync(command.Role, command.ScopeId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var value = ApiTokenValue.Create();
        var token = new ApiToken
        {
            Id = Guid.NewGuid(),
            Name = command.Name.Trim(),
            Role = command.Role,
            ScopeKind = kind,
            ScopeId = scopeId,
            TokenHash = ApiTokenValue.Hash(value),
            Prefix = ApiTokenValue.PrefixOf(value),
            CreatedUtc = now,
            CreatedBy = currentUser.UserName ?? string.Empty,
            ExpiresUtc = now.AddDays(command.ExpiresInDays),
        };
        db.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.TokenIssued, AuditOutcome.Success, nameof(ApiToken), token.Id.ToString(),
            $"{token.Name} ({token.Role})", cancellationToken: cancellationToken);
        return new IssuedApiToken(token.Id, token.Name, value, token.ExpiresUtc);
    }
}
