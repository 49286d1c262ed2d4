using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Transfer.Domain;

/// <summary>
/// A patent licence contract filed with the bureau (专利实施许可合同备案, source 四(二)2; 《专利实施许可合同备案办法》).
/// The pre-checks run before it is stored (UseCases/RightChecks): the licensor holds every patent, each is in force on
/// the first day, the term is cut at the first patent's end with a warning, no exclusive or sole licence overlaps, and
/// a filing later than 3 months after the effective date is marked late.
/// </summary>
public sealed class LicenceContract : VersionedRecord
{
    public const int NameMaxLength = 200;
    public const int TerritoryMaxLength = 100;
    public const int FilingNumberMaxLength = 40;
    public const int NoteMaxLength = 1000;

    /// <summary>《专利实施许可合同备案办法》 art. 8: filed within three months of the contract taking effect.</summary>
    public const int FilingMonths = 3;

    private readonly List<ContractRight> rights = [];

    private LicenceContract()
    {
    }

    public LicenceContract(
        Guid licensorId, string licensorName, Guid? licenseeId, string licenseeName, LicenceKind kind, string territory,
        DateOnly startDate, DateOnly requestedEndDate, DateOnly endDate, DateOnly signedOn, decimal? royalty, IEnumerable<ContractRight> rights, string createdBy, DateTime utcNow)
    {
        LicensorId = licensorId;
        LicensorName = licensorName;
        LicenseeId = licenseeId;
        LicenseeName = licenseeName.Trim();
        Kind = kind;
        Territory = NormaliseTerritory(territory);
        StartDate = startDate;
        RequestedEndDate = requestedEndDate;
        EndDate = endDate;
        SignedOn = signedOn;
        Royalty = royalty;
        this.rights.AddRange(rights);
        CreatedBy = createdBy;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid LicensorId { get; private set; }

    [AuditPlain]
    public string LicensorName { get; private set; } = string.Empty;

    public Guid? LicenseeId { get; private set; }

    [AuditPlain]
    public string LicenseeName { get; private set; } = string.Empty;

    [AuditPlain]
    public LicenceKind Kind { get; private set; }

    /// <summary>The territory as agreed; empty text is the whole country (全国).</summary>
    [AuditPlain]
    public string Territory { get; private set; } = string.Empty;

    /// <summary>The contract's effective date: the first day of the licence.</summary>
    [AuditPlain]
    public DateOnly StartDate { get; private set; }

    /// <summary>The last day the parties agreed.</summary>
    [AuditPlain]
    public DateOnly RequestedEndDate { get; private set; }

    /// <summary>The last day of the licence: the agreed one, or the day before a patent ends when that comes first.</summary>
    [AuditPlain]
    public DateOnly EndDate { get; private set; }

    [AuditPlain]
    public DateOnly SignedOn { get; private set; }

    /// <summary>Royalty in yuan (two decimals); null when the contract states none (a lump sum in kind, a cross licence).</summary>
    [AuditPlain]
    public decimal? Royalty { get; private set; }

    [AuditPlain]
    public LicenceState State { get; private set; }

    [AuditPlain]
    public string? FilingNumber { get; private set; }

    [AuditPlain]
    public DateOnly? FiledOn { get; private set; }

    /// <summary>Filed more than <see cref="FilingMonths"/> months after <see cref="StartDate"/>.</summary>
    [AuditPlain]
    public bool FiledLate { get; private set; }

    [AuditPlain]
    public DateOnly? CancelledOn { get; private set; }

    [AuditPlain]
    public string? CancelReason { get; private set; }

    /// <summary>Set when a patent's legal status changed after filing so that the licence needs a look (issue 16 §5).</summary>
    [AuditPlain]
    public string? StatusAlert { get; private set; }

    [AuditPlain]
    public string CreatedBy { get; private set; } = string.Empty;

    public IReadOnlyList<ContractRight> Rights => rights;

    public bool TermCut => EndDate < RequestedEndDate;

    /// <summary>The last day a filing is on time.</summary>
    public DateOnly FilingDueOn => StartDate.AddMonths(FilingMonths);

    /// <summary>In effect on <paramref name="date"/>: not cancelled and the date within the term.</summary>
    public bool InEffectOn(DateOnly date) => State != LicenceState.Cancelled && StartDate <= date && date <= EndDate;

    /// <summary>Two territories overlap when either is the whole country or they are the same text.</summary>
    public static bool TerritoriesOverlap(string a, string b) => a.Length == 0 || b.Length == 0 || string.Equals(a, b, StringComparison.Ordinal);

    public static string NormaliseTerritory(string? territory)
    {
        var t = (territory ?? string.Empty).Trim();
        return t is "全国" or "中国" or "中华人民共和国" or "China" ? string.Empty : t;
    }

    public void File(string filingNumber, DateOnly filedOn, DateTime utcNow)
    {
        State = LicenceState.Filed;
        FilingNumber = filingNumber;
        FiledOn = filedOn;
        FiledLate = filedOn > FilingDueOn;
        Touch(utcNow);
    }

    public void Cancel(DateOnly on, string reason, DateTime utcNow)
    {
        State = LicenceState.Cancelled;
        CancelledOn = on;
        CancelReason = reason.Trim();
        Touch(utcNow);
    }

    public void Alert(string? alert, DateTime utcNow)
    {
        StatusAlert = alert;
        Touch(utcNow);
    }
}
