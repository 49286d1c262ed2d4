using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>Who complained and how to reach them. Held in clear only in memory; stored encrypted.</summary>
public sealed record ComplainantIdentity(string? Name, string? Mobile, string? Email, string? IdNumber, string? Address)
{
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Mobile) && string.IsNullOrWhiteSpace(Email)
        && string.IsNullOrWhiteSpace(IdNumber) && string.IsNullOrWhiteSpace(Address);
}

/// <summary>
/// Encrypts the complainant's identity with ASP.NET Core Data Protection (keys kept in the database, shared by all
/// instances). The purpose string isolates these ciphertexts from every other protector in the app.
/// </summary>
internal sealed class IdentityProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("CountyIP.Protection.ComplainantIdentity.v1");

    public string Protect(ComplainantIdentity identity) => protector.Protect(JsonSerializer.Serialize(identity));

    public ComplainantIdentity? Unprotect(string? ciphertext) =>
        ciphertext is null ? null : JsonSerializer.Deserialize<ComplainantIdentity>(protector.Unprotect(ciphertext));
}

/// <summary>Deadline rules from the database over the district's working-day calendar.</summary>
internal sealed class DeadlinePolicyLoader(CountyIpDbContext db, IWorkingDayCalendar calendar)
{
    public async Task<IDeadlinePolicy> LoadAsync(CancellationToken cancellationToken)
    {
        var rules = await db.Set<DeadlineRule>().AsNoTracking().ToListAsync(cancellationToken);
        return new Policy(rules, calendar);
    }

    private sealed class Policy(List<DeadlineRule> rules, IWorkingDayCalendar calendar) : IDeadlinePolicy
    {
        public DeadlineRule? RuleFor(CaseKind kind, DeadlineStage stage) => rules.FirstOrDefault(r => r.Kind == kind && r.Stage == stage);

        public bool IsWorkingDay(DateOnly date) => calendar.IsWorkingDay(date);
    }
}

/// <summary>
/// Issues tracking codes. With an idempotency key the code is derived from it (HMAC with the bureau's tracking secret)
/// so a repeated submission answers with the same code although only hashes are stored; without one it is random.
/// </summary>
internal sealed class TrackingCodeIssuer(CountyIpDbContext db, IDataProtectionProvider provider)
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private readonly IDataProtector protector = provider.CreateProtector("CountyIP.Protection.TrackingSecret.v1");

    public async Task<string> IssueAsync(string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (idempotencyKey is null)
        {
            return TrackingCode.New();
        }

        var secret = await db.Set<ProtectionSecret>().AsNoTracking().SingleAsync(s => s.Name == ProtectionSecret.TrackingCode, cancellationToken);
        var mac = HMACSHA256.HashData(protector.Unprotect(Convert.FromBase64String(secret.ProtectedValue)), Encoding.UTF8.GetBytes(idempotencyKey));
        var text = new StringBuilder(29);
        for (var i = 0; i < 25; i++)
        {
            if (i > 0 && i % 5 == 0)
            {
                text.Append('-');
            }

            text.Append(Alphabet[mac[i] & 31]);
        }

        return text.ToString();
    }

    public static string HashKey(string idempotencyKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("idempotency:" + idempotencyKey)));
}

/// <summary>Which cases the caller may see (DESIGN.md: data scope in the query). Null user = none.</summary>
internal sealed class CaseScope(ICurrentUser user)
{
    public string Actor => user.UserName ?? "anonymous";

    public bool IsBureau => user.IsInRole(Roles.BureauStaff);

    public string? Department => user.IsInRole(Roles.DepartmentLiaison) && user.ScopeKind == ScopeKind.Department ? user.ScopeId : null;

    public IQueryable<ProtectionCase> Filter(IQueryable<ProtectionCase> cases)
    {
        if (IsBureau)
        {
            return cases;
        }

        if (Department is { } department)
        {
            return cases.Where(c => c.Assignments.Any(a => a.IsActive && a.DepartmentCode == department));
        }

        return cases.Where(_ => false);
    }

    /// <summary>
    /// A handler of the case: a bureau officer who has acted on it, or the liaison of a department it is assigned to
    /// (信访工作条例 art. 30 and the SAMR measures: not to staff not handling the case). See ADR on confidentiality.
    /// </summary>
    public bool IsHandler(ProtectionCase @case) =>
        (IsBureau && @case.Transitions.Any(t => t.Actor == Actor && t.Action is not null))
        || (Department is { } department && @case.IsAssignedTo(department));
}

/// <summary>Runs the single SaveChanges of a case use case; a lost race becomes a 409 and changes nothing.</summary>
internal static class CaseSaving
{
    public static async Task SaveAsync(CountyIpDbContext db, IStringLocalizer<ProtectionText> text, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("protection.concurrent-change", text["Error_ConcurrentChange"]);
        }
    }

    public static DateOnly Today(TimeProvider clock) => TimeDisplay.Today(clock);
}
