namespace CountyIP.Modules.Registry.Domain;

/// <summary>
/// A watch rule (专利预警规则, issue 13 §3): a saved patent search of one account — keywords, IPC classes, competitors
/// as applicants (<c>pa:</c>) in the search's query language. Every import evaluates it against the rows it added or
/// changed and notifies the owner once of the new matches. A town liaison's rule watches its unit (the scope it
/// searches in), everyone else's the district.
/// </summary>
public sealed class WatchRule
{
    public const int MaxNameLength = 100;

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public required Guid OwnerUserId { get; init; }

    /// <summary>The unit a town liaison's rule is limited to, as its search is; null for the district.</summary>
    public string? UnitCode { get; init; }

    public required string Name { get; init; }

    public required string Query { get; init; }

    public DateTime CreatedUtc { get; init; }

    /// <summary>When an import last found new matches for it (null: never).</summary>
    public DateTime? LastMatchedUtc { get; private set; }

    /// <summary>How many patents it has matched and notified in all.</summary>
    public int MatchCount { get; private set; }

    public void Matched(int count, DateTime utcNow)
    {
        MatchCount += count;
        LastMatchedUtc = utcNow;
    }
}

/// <summary>A patent a watch rule has notified, so a later import that changes it again does not notify it twice.</summary>
public sealed class WatchRuleMatch
{
    public required Guid RuleId { get; init; }

    public required Guid PatentId { get; init; }

    public DateTime MatchedUtc { get; init; }
}
