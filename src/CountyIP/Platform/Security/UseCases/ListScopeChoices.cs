namespace CountyIP.Platform.Security;

/// <summary>Departments, units and enterprises an account or token can be scoped to, from every registered directory.</summary>
internal sealed class ListScopeChoicesHandler(IEnumerable<IScopeDirectory> directories)
{
    public const int LimitPerKind = 500;

    public async Task<IReadOnlyDictionary<ScopeKind, IReadOnlyList<ScopeTarget>>> HandleAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<ScopeKind, IReadOnlyList<ScopeTarget>>();
        foreach (var directory in directories)
        {
            result[directory.Kind] = await directory.SearchAsync(null, LimitPerKind, cancellationToken);
        }

        return result;
    }
}
