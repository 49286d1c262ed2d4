namespace CountyIP.Modules.Registry.Contracts;

/// <summary>
/// What other modules may read of the enterprise directory (企业名录), issue 10 §4 and ADR 0020: find an enterprise by
/// id, credit code or name, its unit, its designations and its rights counts. No data scope is applied: like every
/// module contract, the caller decides who may see what it reads (the Registry's own pages and API keep theirs).
/// </summary>
public interface IEnterpriseRegistry
{
    Task<EnterpriseRecord?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The enterprises among <paramref name="ids"/>, by id, in one query (an unknown id is left out).</summary>
    Task<IReadOnlyDictionary<Guid, EnterpriseRecord>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The enterprise with the 统一社会信用代码 <paramref name="creditCode"/> (any case or spacing); null when invalid or unknown.</summary>
    Task<EnterpriseRecord?> FindByCreditCodeAsync(string creditCode, CancellationToken cancellationToken);

    /// <summary>
    /// The enterprise named exactly <paramref name="name"/> (trimmed), the rule the Registry itself uses to link a
    /// patent applicant without a credit code; when two share the name, the first registered.
    /// </summary>
    Task<EnterpriseRecord?> FindByNameAsync(string name, CancellationToken cancellationToken);

    /// <summary>Rights held by the enterprise (as applicant or owner); null when there is no such enterprise.</summary>
    Task<EnterpriseRightsCounts?> CountRightsAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>
/// An enterprise as other modules see it; <see cref="UnitCode"/> is the ReferenceData unit (town, zone);
/// <see cref="Industries"/> are the plan industries it is tagged with (电气, 新能源…; none, one or several), as the codes of
/// the ReferenceData code list <c>industry-tag</c> (<c>electrical</c>, <c>new-energy</c>…), in the list's order.
/// </summary>
public sealed record EnterpriseRecord(Guid Id, string Name, string CreditCode, string? UnitCode, IReadOnlyList<EnterpriseDesignation> Designations, IReadOnlyList<string> Industries)
{
    /// <summary>Holds a 示范/试点 designation valid on <paramref name="date"/>.</summary>
    public bool IsDesignatedOn(DateOnly date) => Designations.Any(d => d.IsValidOn(date));
}

/// <summary>
/// A 示范/试点 designation. <see cref="Level"/> is National, Provincial or Municipal and <see cref="Kind"/> Demonstration
/// or Pilot: the names the Registry API uses for them (strings, so the Registry's domain enums stay its own).
/// </summary>
public sealed record EnterpriseDesignation(string Level, string Kind, string Title, int Year, DateOnly? ValidUntil, DateOnly? RevokedOn = null)
{
    public bool IsValidOn(DateOnly date) => (ValidUntil is null || ValidUntil >= date) && (RevokedOn is not { } revoked || revoked > date);
}

/// <summary>
/// Counts of an enterprise's rights: patents where it is an applicant, those granted, those in force today (the
/// derived status, ADR 0016, as the patent list filters it), and its trademarks, copyrights and standards projects.
/// </summary>
public sealed record EnterpriseRightsCounts(int Patents, int GrantedPatents, int PatentsInForce, int Trademarks, int Copyrights, int StandardsProjects);
