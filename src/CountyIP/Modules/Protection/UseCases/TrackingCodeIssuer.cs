using System.Security.Cryptography;
using System.Text;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Protection.UseCases;

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
