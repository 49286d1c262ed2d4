using System.Text.Json.Serialization;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Registry.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<ApplicantKind>))]
public enum ApplicantKind
{
    Organisation,
    Individual,
}

/// <summary>Legal status of a patent or application.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PatentLegalStatus>))]
public enum PatentLegalStatus
{
    Pending,
    Granted,
    Rejected,
    Withdrawn,
    Lapsed,
    Expired,
    Invalidated,

    /// <summary>放弃专利权: the patentee gave the right up (专利法 art. 44).</summary>
    Abandoned,
}

/// <summary>An application or patent of the IP-rights ledger (Chinese by default; foreign offices and PCT record 国(境)外 filings).</summary>
public sealed class Patent : VersionedRecord
{
    public const string ChineseOffice = "CN";

    private readonly List<PatentApplicant> applicants = [];
    private readonly List<PatentStatusChange> statusHistory = [];
    private string office = ChineseOffice;
    private PatentType type;
    private DateOnly filingDate;

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Office code: CN, a foreign office (US, EP, JP…) or WO for an international (PCT) application.</summary>
    [AuditPlain]
    public string Office
    {
        get => office;
        set
        {
            office = value;
            UpdateTerm();
        }
    }

    /// <summary>Canonical form for CN (<see cref="PatentApplicationNumber"/>); as written for other offices. Unique per office.</summary>
    [AuditPlain]
    public required string ApplicationNumber { get; set; }

    public PatentType Type
    {
        get => type;
        set
        {
            type = value;
            UpdateTerm();
        }
    }

    public bool ViaPct { get; set; }

    [AuditPlain]
    public required string Title { get; set; }

    public string? Abstract { get; set; }

    public IReadOnlyList<PatentApplicant> Applicants => applicants;

    /// <summary>Inventors (发明(设计)人) joined with <c>;</c>.</summary>
    public string? Inventors { get; set; }

    public string? ApplicantAddress { get; set; }

    /// <summary>The registered enterprise the first applicant is linked to.</summary>
    public Guid? EnterpriseId { get; private set; }

    /// <summary>Unit of the first applicant (from its enterprise).</summary>
    [AuditPlain]
    public string? UnitCode { get; private set; }

    /// <summary>The first applicant is in the district; patents of outside applicants are kept and marked external.</summary>
    public bool FirstApplicantInDistrict { get; private set; }

    public DateOnly FilingDate
    {
        get => filingDate;
        set
        {
            filingDate = value;
            UpdateTerm();
        }
    }

    /// <summary>
    /// Last day of the term (专利法 art. 42), derived from the office, type and filing date and stored so that "in force on
    /// a day" is an indexed comparison (<see cref="PatentLegalStatusRule.InForceOn"/>); null for other offices.
    /// </summary>
    public DateOnly? TermEndsOn { get; private set; }

    [AuditPlain]
    public string? PublicationNumber { get; set; }

    public DateOnly? PublicationDate { get; set; }

    [AuditPlain]
    public string? GrantNumber { get; set; }

    public DateOnly? GrantDate { get; set; }

    [AuditPlain]
    public string? IpcMain { get; set; }

    /// <summary>Further IPC symbols, canonical, joined with <c>;</c>.</summary>
    [AuditPlain]
    public string? IpcFurther { get; set; }

    [AuditPlain]
    public string? AgencyName { get; set; }

    [AuditPlain]
    public string? AgencyCode { get; set; }

    /// <summary>
    /// The status as recorded (by CNIPA data, an import or a person): the last entry of the history. It is compared with,
    /// never trusted over, the status the law derives (<see cref="StatusOn"/>, ADR 0016).
    /// </summary>
    public PatentLegalStatus LegalStatus { get; private set; }

    public IReadOnlyList<PatentStatusChange> StatusHistory => statusHistory;

    /// <summary>
    /// The day the application or right ended by a recorded event (rejected, withdrawn, abandoned, lapsed, expired or
    /// invalidated); null while pending or in force. Kept beside the history so "in force on a day" is one indexed
    /// comparison (issue 4 §6). A restoration (恢复权利, 专利法实施细则 art. 6) treats the right as never lost, so a later
    /// Granted or Pending entry clears it.
    /// </summary>
    public DateOnly? RightEndedOn { get; private set; }

    /// <summary>The recorded event that set <see cref="RightEndedOn"/>.</summary>
    public PatentLegalStatus? RightEndedBy { get; private set; }

    /// <summary>职务发明: from an explicit value, else derived (the first applicant is an organisation).</summary>
    public bool ServiceInvention { get; private set; }

    public DateOnly? AnnualFeePaidUntil { get; set; }

    /// <summary>
    /// Replaces the applicants; the first one decides the enterprise link, unit, district flag and the derived
    /// service-invention flag (<paramref name="serviceInvention"/> overrides the derivation).
    /// </summary>
    public void SetApplicants(IReadOnlyList<PatentApplicant> items, bool firstInDistrict, string? firstUnitCode, bool? serviceInvention)
    {
        if (items.Count == 0)
        {
            throw new ArgumentException("A patent has at least one applicant.", nameof(items));
        }

        applicants.Clear();
        for (var i = 0; i < items.Count; i++)
        {
            applicants.Add(items[i] with { Order = i + 1 });
        }

        var first = applicants[0];
        EnterpriseId = first.EnterpriseId;
        FirstApplicantInDistrict = firstInDistrict;
        UnitCode = firstUnitCode;
        ServiceInvention = serviceInvention ?? first.Kind == ApplicantKind.Organisation;
    }

    /// <summary>Records a status change in the history; the same status again is ignored.</summary>
    public void ChangeStatus(PatentLegalStatus status, DateOnly date, string? note)
    {
        if (statusHistory.Count > 0 && LegalStatus == status)
        {
            return;
        }

        LegalStatus = status;
        statusHistory.Add(new PatentStatusChange(date, status, note));
        if (PatentLegalStatusRule.Ends(status))
        {
            // The first end counts: an invalidation after a lapse does not move the day the right was lost.
            if (RightEndedOn is null)
            {
                RightEndedOn = date;
                RightEndedBy = status;
            }
        }
        else
        {
            RightEndedOn = null;
            RightEndedBy = null;
        }
    }

    /// <summary>What the status rule reads of this patent.</summary>
    public PatentStatusFacts StatusFacts => new(GrantDate, TermEndsOn, RightEndedOn, RightEndedBy, AnnualFeePaidUntil);

    /// <summary>The status the law derives on <paramref name="date"/>, fee lapses as known <paramref name="today"/> (ADR 0016).</summary>
    public PatentStatusOn StatusOn(DateOnly date, DateOnly today) => PatentLegalStatusRule.StatusOn(StatusFacts, date, today);

    /// <summary>In force on <paramref name="date"/> by the derived status.</summary>
    public bool IsValidOn(DateOnly date, DateOnly today) => StatusOn(date, today).InForce;

    private void UpdateTerm() => TermEndsOn = PatentLegalStatusRule.TermEndsOn(office, type, filingDate);
}

/// <summary>An applicant in order; linked to a registered enterprise when the name or credit code matches, else external.</summary>
public sealed record PatentApplicant(string Name, ApplicantKind Kind, Guid? EnterpriseId, string? CreditCode)
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public int Order { get; init; }
}

public sealed record PatentStatusChange(DateOnly Date, PatentLegalStatus Status, string? Note)
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
}
