namespace CountyIP.Modules.Funding.Domain;

/// <summary>
/// What the special fund is spent on (source 四(二)2-3: subsidies, industrialisation, protection, rewards, publicity and
/// training, the strong-county work itself); every payment and commitment will be charged to one line.
/// </summary>
public enum BudgetUse
{
    /// <summary>资助 (application and grant subsidies).</summary>
    Subsidy,

    /// <summary>产业化实施.</summary>
    Industrialisation,

    /// <summary>保护 (enforcement and rights protection).</summary>
    Protection,

    /// <summary>表彰奖励.</summary>
    Rewards,

    /// <summary>宣传培训.</summary>
    PublicityTraining,

    /// <summary>强区创建 (the pilot's own work).</summary>
    StrongCounty,

    /// <summary>其他; an appropriation entered without a split stands here whole.</summary>
    Other,
}

/// <summary>
/// The appropriation of one use in a fiscal year: proposed, approved (in force), committed by approved applications
/// (paid ones included) and paid. The remaining money is the approved appropriation less what is committed.
/// </summary>
public sealed class BudgetLine
{
    private BudgetLine()
    {
    }

    internal BudgetLine(BudgetUse use) => Use = use;

    public BudgetUse Use { get; private set; }

    public decimal Proposed { get; private set; }

    /// <summary>Null until the year's first approval.</summary>
    public decimal? Approved { get; private set; }

    /// <summary>Approved applications charged to the line, paid or not.</summary>
    public decimal Committed { get; private set; }

    /// <summary>Of <see cref="Committed"/>, what has been paid.</summary>
    public decimal Paid { get; private set; }

    /// <summary>What can still be committed: the approved appropriation less the commitments (0 before approval).</summary>
    public decimal Remaining => (Approved ?? 0m) - Committed;

    internal void Propose(decimal amount) => Proposed = amount;

    internal void Approve() => Approved = Proposed;

    internal void Commit(decimal amount) => Committed += amount;

    internal void RecordPaid(decimal amount) => Paid += amount;
}
