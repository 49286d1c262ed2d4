namespace CountyIP.Platform.Security;

/// <summary>
/// Lists what an account's scope may point at (departments, units, enterprises) so the admin pages can offer
/// choices and validate them, without the platform knowing the modules that own those records.
/// A module registers one implementation per <see cref="ScopeKind"/> it owns.
/// </summary>
public interface IScopeDirectory
{
    ScopeKind Kind { get; }

    /// <summary>Choices matching <paramref name="search"/> (null for all), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ScopeTarget>> SearchAsync(string? search, int limit, CancellationToken cancellationToken);

    /// <summary>The target with this id, or null when it does not exist.</summary>
    Task<ScopeTarget?> FindAsync(string id, CancellationToken cancellationToken);
}

/// <summary>A department, unit or enterprise an account can be scoped to; <see cref="Name"/> is shown to people.</summary>
public sealed record ScopeTarget(ScopeKind Kind, string Id, string Name);
