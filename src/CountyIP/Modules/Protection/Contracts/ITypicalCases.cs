namespace CountyIP.Modules.Protection.Contracts;

/// <summary>
/// Concluded protection cases as candidates for typical-case publicity (source 三(五)3 "利用报刊、电视、网络等媒体宣传典型案例"):
/// only what may be told to the public — the number, kind, outcome and the public outcome text written at conclusion.
/// The complainant's identity, contact and the case's description never leave the module through this contract.
/// </summary>
public interface ITypicalCases
{
    /// <summary>Concluded cases, newest conclusion first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<TypicalCase>> ConcludedAsync(int limit, CancellationToken cancellationToken);

    /// <summary>One concluded case, or null when there is none with this id or it is not concluded.</summary>
    Task<TypicalCase?> FindConcludedAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>A concluded case as the public may see it; kind and outcome named in the current UI language.</summary>
public sealed record TypicalCase(Guid Id, string Number, DateOnly ConcludedOn, string KindName, string OutcomeName, string PublicOutcome);
