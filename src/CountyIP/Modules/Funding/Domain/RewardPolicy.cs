using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Funding.Domain;

/// <summary>
/// A reward and subsidy policy (奖励办法, source 四(二)3: 《仓山区扶持和培育自主知识产权奖励办法》) as data: its name, document
/// number, the dates it is in force, and the items it pays for (issue 12 §2). Versioned: a published version never
/// changes — a revision is a new version of the same series (<see cref="SeriesId"/>), drafted, then published, which
/// supersedes the one before. Applications keep the item of the version they were filed under, so a new version never
/// changes an application decided under the old one; a right is claimed once per item code across a series' versions.
/// </summary>
public sealed class RewardPolicy : VersionedRecord
{
    public const int NameMaxLength = 200;
    public const int DocumentNumberMaxLength = 100;

    private readonly List<PolicyItem> items = [];

    private RewardPolicy()
    {
    }

    public RewardPolicy(string name, string documentNumber, DateOnly effectiveFrom, DateOnly? effectiveTo, IEnumerable<PolicyItem> items, string draftedBy, DateTime utcNow)
    {
        SeriesId = Id;
        Revision = 1;
        Revise(name, documentNumber, effectiveFrom, effectiveTo, items, draftedBy, utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The policy across its versions: the first version's id.</summary>
    [AuditPlain]
    public Guid SeriesId { get; private set; }

    /// <summary>The version's number within its series (1, 2, …).</summary>
    [AuditPlain]
    public int Revision { get; private set; }

    [AuditPlain]
    public string Name { get; private set; } = string.Empty;

    /// <summary>The issuing document's number (文号), e.g. 仓政综〔2013〕123号.</summary>
    [AuditPlain]
    public string DocumentNumber { get; private set; } = string.Empty;

    /// <summary>First day the policy applies to achievements and applications.</summary>
    [AuditPlain]
    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>Last day it applies; null while open-ended.</summary>
    [AuditPlain]
    public DateOnly? EffectiveTo { get; private set; }

    [AuditPlain]
    public PolicyState State { get; private set; }

    [AuditPlain]
    public string DraftedBy { get; private set; } = string.Empty;

    [AuditPlain]
    public string? PublishedBy { get; private set; }

    public DateTime? PublishedUtc { get; private set; }

    public IReadOnlyList<PolicyItem> Items => items;

    /// <summary>In force on <paramref name="date"/>: published and within its dates.</summary>
    public bool IsInForceOn(DateOnly date) =>
        State == PolicyState.Published && date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>Within the policy's dates (an achievement's date must be: the policy's window).</summary>
    public bool Covers(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>Replaces a draft's fields and items (a published version never changes).</summary>
    public void Revise(string name, string documentNumber, DateOnly effectiveFrom, DateOnly? effectiveTo, IEnumerable<PolicyItem> newItems, string draftedBy, DateTime utcNow)
    {
        if (State != PolicyState.Draft)
        {
            throw new InvalidOperationException($"Policy {Id} is {State}; only a draft can be revised.");
        }

        Name = name.Trim();
        DocumentNumber = documentNumber.Trim();
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        items.Clear();
        items.AddRange(newItems);
        DraftedBy = draftedBy;
        Touch(utcNow);
    }

    /// <summary>Publishes the draft; the caller supersedes the series' version in force (<see cref="Supersede"/>).</summary>
    public void Publish(string publishedBy, DateTime utcNow)
    {
        if (State != PolicyState.Draft)
        {
            throw new InvalidOperationException($"Policy {Id} is {State}; only a draft can be published.");
        }

        State = PolicyState.Published;
        PublishedBy = publishedBy;
        PublishedUtc = utcNow;
        Touch(utcNow);
    }

    /// <summary>Ends a published version when the next one of its series is published; its items stay for the applications filed under them.</summary>
    public void Supersede(DateTime utcNow)
    {
        if (State != PolicyState.Published)
        {
            throw new InvalidOperationException($"Policy {Id} is {State}; only a published version is superseded.");
        }

        State = PolicyState.Superseded;
        Touch(utcNow);
    }

    /// <summary>A draft of the next version: the same series, fields and items (new item ids, same codes).</summary>
    public RewardPolicy NextVersion(string draftedBy, DateTime utcNow) => NextVersion(Revision + 1, draftedBy, utcNow);

    /// <summary>
    /// A draft of the series' version <paramref name="revision"/> copied from this one: an older version can be the
    /// starting point, the new draft still comes after the series' latest (the caller passes latest + 1).
    /// </summary>
    public RewardPolicy NextVersion(int revision, string draftedBy, DateTime utcNow)
    {
        if (State == PolicyState.Draft || revision <= Revision)
        {
            throw new InvalidOperationException($"Policy {Id} is {State} at revision {Revision}; a new version {revision} copies a published one and comes after it.");
        }

        var next = new RewardPolicy
        {
            SeriesId = SeriesId,
            Revision = revision,
        };
        next.Revise(Name, DocumentNumber, EffectiveFrom, EffectiveTo, items.Select(i => i.Copy()), draftedBy, utcNow);
        return next;
    }
}

/// <summary>Where a policy version stands.</summary>
public enum PolicyState
{
    /// <summary>Being written; no one can apply under it (草稿).</summary>
    Draft,

    /// <summary>In force within its dates (已发布).</summary>
    Published,

    /// <summary>Replaced by a later version of its series (已被新版本取代).</summary>
    Superseded,
}

/// <summary>
/// One thing a policy pays for (奖励/资助项目): the kind of achievement, the amount (fixed, or per unit with caps; service
/// inventions and foreign filings may carry a multiplier), and the budget line it is charged to.
/// </summary>
public sealed class PolicyItem
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 200;

    private PolicyItem()
    {
    }

    public PolicyItem(string code, string name, AchievementKind kind, AmountMode mode, decimal amount, decimal? perApplicationCap, decimal? perEnterpriseYearCap, decimal serviceInventionMultiplier, decimal foreignMultiplier, BudgetUse line, bool requiresEvidence = false)
    {
        Code = code.Trim();
        Name = name.Trim();
        Kind = kind;
        Mode = mode;
        Amount = amount;
        PerApplicationCap = perApplicationCap;
        PerEnterpriseYearCap = perEnterpriseYearCap;
        ServiceInventionMultiplier = serviceInventionMultiplier;
        ForeignMultiplier = foreignMultiplier;
        Line = line;
        RequiresEvidence = requiresEvidence;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Short code, unique within the policy and kept across its versions (a right is claimed once per code).</summary>
    [AuditPlain]
    public string Code { get; private set; } = string.Empty;

    [AuditPlain]
    public string Name { get; private set; } = string.Empty;

    [AuditPlain]
    public AchievementKind Kind { get; private set; }

    [AuditPlain]
    public AmountMode Mode { get; private set; }

    /// <summary>The fixed amount, or the amount per unit (per right, per 10,000 yuan of interest, per person…), in yuan.</summary>
    [AuditPlain]
    public decimal Amount { get; private set; }

    [AuditPlain]
    public decimal? PerApplicationCap { get; private set; }

    [AuditPlain]
    public decimal? PerEnterpriseYearCap { get; private set; }

    /// <summary>Factor for a service invention (职务发明), 1 when none.</summary>
    [AuditPlain]
    public decimal ServiceInventionMultiplier { get; private set; } = 1m;

    /// <summary>Factor for a foreign or PCT filing, 1 when none.</summary>
    [AuditPlain]
    public decimal ForeignMultiplier { get; private set; } = 1m;

    /// <summary>The budget line every payment under this item is charged to.</summary>
    [AuditPlain]
    public BudgetUse Line { get; private set; }

    /// <summary>An application under this item is submitted only with evidence attached (a grant certificate, an invoice…).</summary>
    [AuditPlain]
    public bool RequiresEvidence { get; private set; }

    public PolicyItem Copy() => new(Code, Name, Kind, Mode, Amount, PerApplicationCap, PerEnterpriseYearCap, ServiceInventionMultiplier, ForeignMultiplier, Line, RequiresEvidence);
}

/// <summary>How an item's amount is computed.</summary>
public enum AmountMode
{
    /// <summary>The amount once per application (定额).</summary>
    Fixed,

    /// <summary>The amount times the units claimed (按件/按额), capped per application and per enterprise and year.</summary>
    PerUnit,
}

/// <summary>
/// The achievements a policy item can reward (issue 12 §2). The ledger kinds are checked against the Registry: a patent
/// grant of the type, a foreign or PCT filing, a 示范/试点 designation of the level, a recognised mark, a standards
/// project led or joined. The others are claimed with a quantity and evidence.
/// </summary>
public enum AchievementKind
{
    InventionGrant,
    UtilityModelGrant,
    DesignGrant,
    ForeignFiling,
    NationalDesignation,
    ProvincialDesignation,
    MunicipalDesignation,
    WellKnownMark,
    FamousMark,
    StandardLed,
    StandardJoined,
    PledgeLoanInterest,
    IndustrialisationProject,
    Training,
    Other,
}
