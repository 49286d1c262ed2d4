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
    private readonly List<LicenceChange> changes = [];

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

    /// <summary>The changes recorded after submission (变更、延期), oldest first.</summary>
    public IReadOnlyList<LicenceChange> Changes => changes;

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

    /// <summary>
    /// A change of the filing (变更) or an extension of its term (延期, a later <paramref name="requestedEndDate"/>):
    /// the use case has checked the new term and territory against the ledger and the other licences;
    /// <paramref name="endDate"/> is the new last day, cut at a patent's end when that comes first. The old values are
    /// kept in the change.
    /// </summary>
    public void Change(
        DateOnly on, DateOnly requestedEndDate, DateOnly endDate, string territory, decimal? royalty, string licenseeName, string note, string recordedBy, DateTime utcNow)
    {
        changes.Add(new LicenceChange(
            on, requestedEndDate > RequestedEndDate ? LicenceChangeKind.Extension : LicenceChangeKind.Change,
            RequestedEndDate, requestedEndDate, Territory, NormaliseTerritory(territory), Royalty, royalty, LicenseeName, licenseeName.Trim(), note.Trim(), recordedBy, utcNow));
        RequestedEndDate = requestedEndDate;
        EndDate = endDate;
        Territory = NormaliseTerritory(territory);
        Royalty = royalty;
        LicenseeName = licenseeName.Trim();
        Touch(utcNow);
    }

    public void Alert(string? alert, DateTime utcNow)
    {
        StatusAlert = alert;
        Touch(utcNow);
    }
}

/// <summary>What a recorded change of a licence filing did: extended its term (延期) or changed it otherwise (变更).</summary>
public enum LicenceChangeKind
{
    Change,
    Extension,
}

/// <summary>One change of a licence filing with the values before and after (the filing's history).</summary>
public sealed class LicenceChange
{
    private LicenceChange()
    {
    }

    public LicenceChange(
        DateOnly on, LicenceChangeKind kind, DateOnly oldEndDate, DateOnly newEndDate, string oldTerritory, string newTerritory, decimal? oldRoyalty, decimal? newRoyalty,
        string oldLicenseeName, string newLicenseeName, string note, string recordedBy, DateTime recordedUtc)
    {
        On = on;
        Kind = kind;
        OldEndDate = oldEndDate;
        NewEndDate = newEndDate;
        OldTerritory = oldTerritory;
        NewTerritory = newTerritory;
        OldRoyalty = oldRoyalty;
        NewRoyalty = newRoyalty;
        OldLicenseeName = oldLicenseeName;
        NewLicenseeName = newLicenseeName;
        Note = note;
        RecordedBy = recordedBy;
        RecordedUtc = recordedUtc;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The day the change takes effect (the supplementary agreement's date).</summary>
    [AuditPlain]
    public DateOnly On { get; private set; }

    [AuditPlain]
    public LicenceChangeKind Kind { get; private set; }

    /// <summary>The agreed last day before and after (the term actually in force may be cut at a patent's end).</summary>
    [AuditPlain]
    public DateOnly OldEndDate { get; private set; }

    [AuditPlain]
    public DateOnly NewEndDate { get; private set; }

    [AuditPlain]
    public string OldTerritory { get; private set; } = string.Empty;

    [AuditPlain]
    public string NewTerritory { get; private set; } = string.Empty;

    [AuditPlain]
    public decimal? OldRoyalty { get; private set; }

    [AuditPlain]
    public decimal? NewRoyalty { get; private set; }

    [AuditPlain]
    public string OldLicenseeName { get; private set; } = string.Empty;

    [AuditPlain]
    public string NewLicenseeName { get; private set; } = string.Empty;

    [AuditPlain]
    public string Note { get; private set; } = string.Empty;

    [AuditPlain]
    public string RecordedBy { get; private set; } = string.Empty;

    [AuditPlain]
    public DateTime RecordedUtc { get; private set; }
}
