using System.Security.Cryptography;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Protection.Data;

/// <summary>Creates the tracking-code secret once, encrypted with Data Protection, shared by every instance.</summary>
internal sealed class ProtectionSecretSeeder(CountyIpDbContext db, IDataProtectionProvider provider) : IDataSeeder
{
    public int Order => 151;

    public bool IsDemoData => false;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<ProtectionSecret>().AnyAsync(s => s.Name == ProtectionSecret.TrackingCode, cancellationToken))
        {
            return;
        }

        var protector = provider.CreateProtector("CountyIP.Protection.TrackingSecret.v1");
        db.Add(new ProtectionSecret(ProtectionSecret.TrackingCode, Convert.ToBase64String(protector.Protect(RandomNumberGenerator.GetBytes(32)))));
        await db.SaveChangesAsync(cancellationToken);
    }
}
