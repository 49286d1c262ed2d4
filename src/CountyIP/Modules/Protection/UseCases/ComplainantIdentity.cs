namespace CountyIP.Modules.Protection.UseCases;

/// <summary>Who complained and how to reach them. Held in clear only in memory; stored encrypted.</summary>
public sealed record ComplainantIdentity(string? Name, string? Mobile, string? Email, string? IdNumber, string? Address)
{
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Mobile) && string.IsNullOrWhiteSpace(Email)
        && string.IsNullOrWhiteSpace(IdNumber) && string.IsNullOrWhiteSpace(Address);
}
