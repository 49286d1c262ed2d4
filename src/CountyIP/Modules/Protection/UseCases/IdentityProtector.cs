using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace CountyIP.Modules.Protection.UseCases;

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
