namespace CountyIP.Platform.Security;

/// <summary>The display name of an account's or token's scope, from the module that owns it (null when unknown).</summary>
internal sealed class ScopeNames(IEnumerable<IScopeDirectory> directories)
{
    private readonly Dictionary<(ScopeKind, string), string?> cache = [];

    public async Task<string?> NameOfAsync(ScopeKind kind, string? id, CancellationToken cancellationToken)
    {
        if (kind == ScopeKind.District || id is null)
        {
            return null;
        }

        if (!cache.TryGetValue((kind, id), out var name))
        {
            var directory = directories.FirstOrDefault(d => d.Kind == kind);
            name = directory is null ? null : (await directory.FindAsync(id, cancellationToken))?.Name;
            cache[(kind, id)] = name;
        }

        return name;
    }
}
