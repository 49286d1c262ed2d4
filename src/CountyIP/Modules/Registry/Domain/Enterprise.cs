using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Registry.Domain;

/// <summary>What kind of organisation a registry entry is; institutions are registered like enterprises (issue 3 §1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrganisationKind>))]
public enum OrganisationKind
{
    Enterprise,
    University,
    ResearchInstitute,
    Hospital,
}

/// <summary>Enterprise size class (国家统计局《统计上大中小微型企业划分办法》).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EnterpriseSize>))]
public enum EnterpriseSize
{
    Large,
    Medium,
    Small,
    Micro,
}

/// <summary>The industries the 2013 plan names: pillars 电气、机电、汽配; emerging 新材料、新能源、电子信息、生物医药.</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<PlanIndustry>))]
public enum PlanIndustry
{
    None = 0,
    Electrical = 1,
    Electromechanical = 2,
    AutoParts = 4,
    NewMaterials = 8,
    NewEnergy = 16,
    ElectronicInformation = 32,
    Biomedicine = 64,
}

[JsonConverter(typeof(JsonStringEnumConverter<DesignationLevel>))]
public enum DesignationLevel
{
    National,
    Provincial,
    Municipal,
}

[JsonConverter(typeof(JsonStringEnumConverter<DesignationKind>))]
public enum DesignationKind
{
    Demonstration,
    Pilot,
}

[JsonConverter(typeof(JsonStringEnumConverter<ContactKind>))]
public enum ContactKind
{
    Visit,
    Call,
    Service,
}

/// <summary>An entry of the 企业名录 (enterprise and institution directory).</summary>
public sealed class Enterprise : VersionedRecord
{
    private readonly List<Designation> designations = [];
    private readonly List<ContactLogEntry> contactLog = [];

    /// <summary>New by default; settable on creation so demo data can give the demo account's enterprise a known id.</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();

    [AuditPlain]
    public required string Name { get; set; }

    /// <summary>Canonical 统一社会信用代码; unique.</summary>
    [AuditPlain]
    public required string CreditCode { get; set; }

    public OrganisationKind Kind { get; set; }

    /// <summary>Code of the unit (town, sub-district, zone) in the reference data.</summary>
    [AuditPlain]
    public string? UnitCode { get; set; }

    public string? Address { get; set; }

    /// <summary>GB/T 4754 section letter (门类), A-T.</summary>
    [AuditPlain]
    public string? IndustrySection { get; set; }

    /// <summary>Edition of GB/T 4754 the section was recorded under (2011 or 2017): same letters, different divisions.</summary>
    [AuditPlain]
    public string? IndustryEdition { get; set; }

    public PlanIndustry IndustryTags { get; set; }

    public bool StrategicEmerging { get; set; }

    public EnterpriseSize? Size { get; set; }

    [AuditPlain]
    public string? HighTechCertificateNumber { get; set; }

    public DateOnly? HighTechValidUntil { get; set; }

    public bool KeyIndustry { get; set; }

    public bool HasIpManagementBody { get; set; }

    public int FullTimeIpStaff { get; set; }

    public int PartTimeIpStaff { get; set; }

    public DateOnly? IpStrategyAdoptedOn { get; set; }

    public DateOnly? ContactStartedOn { get; set; }

    public string? ContactPerson { get; set; }

    public DateOnly? ContactEndedOn { get; set; }

    public IReadOnlyList<Designation> Designations => designations;

    public IReadOnlyList<ContactLogEntry> ContactLog => contactLog;

    public bool IsHighTech(DateOnly on) => HighTechCertificateNumber is not null && (HighTechValidUntil is null || HighTechValidUntil >= on);

    /// <summary>
    /// Replaces the designations; a certificate file and a revocation stay with the same designation (level, kind, title,
    /// year): the edit form does not carry them, and a revocation is a fact of record a reward's recovery rests on.
    /// </summary>
    public void ReplaceDesignations(IEnumerable<Designation> items)
    {
        var previous = designations.ToList();
        designations.Clear();
        foreach (var item in items)
        {
            var same = previous.FirstOrDefault(p => p.Level == item.Level && p.Kind == item.Kind && p.Title == item.Title && p.Year == item.Year);
            if (item.CertificateFileKey is null && same?.CertificateFileKey is not null)
            {
                item.AttachCertificate(same.CertificateFileKey, same.CertificateFileName!, same.CertificateContentType!);
            }

            if (item.RevokedOn is null && same?.RevokedOn is { } revokedOn)
            {
                item.Revoke(revokedOn, same.RevocationReason ?? string.Empty);
            }

            designations.Add(item);
        }
    }

    public void AddDesignation(Designation designation) => designations.Add(designation);

    /// <summary>Removes a designation; returns it (its certificate file is the caller's to delete) or null when absent.</summary>
    public Designation? RemoveDesignation(Guid designationId)
    {
        var found = designations.FirstOrDefault(d => d.Id == designationId);
        if (found is not null)
        {
            designations.Remove(found);
        }

        return found;
    }

    public void LogContact(ContactLogEntry entry) => contactLog.Add(entry);
}

/// <summary>A 示范/试点 designation (e.g. 国家知识产权示范企业), level × kind.</summary>
public sealed record Designation(DesignationLevel Level, DesignationKind Kind, string Title, string IssuingBody, int Year, DateOnly? ValidUntil)
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public const int RevocationReasonMaxLength = 500;

    /// <summary>Valid on the day: within its validity and not revoked before it.</summary>
    public bool IsValidOn(DateOnly date) => (ValidUntil is null || ValidUntil >= date) && (RevokedOn is not { } revoked || revoked > date);

    /// <summary>
    /// The day the issuing body revoked it (撤销, e.g. a 示范企业 failing its review), the first day without it; a reward
    /// paid on it within the recovery period is flagged for recovery (issue 12 §4).
    /// </summary>
    public DateOnly? RevokedOn { get; private set; }

    /// <summary>Why and by which document it was revoked.</summary>
    public string? RevocationReason { get; private set; }

    public void Revoke(DateOnly on, string reason)
    {
        RevokedOn = on;
        RevocationReason = reason;
    }

    /// <summary>Key of the scanned certificate in the file store (server-generated), with the uploader's file name.</summary>
    public string? CertificateFileKey { get; private set; }

    public string? CertificateFileName { get; private set; }

    /// <summary>Decided from the content (PDF, JPEG or PNG), not from the name.</summary>
    public string? CertificateContentType { get; private set; }

    public void AttachCertificate(string fileKey, string fileName, string contentType)
    {
        CertificateFileKey = fileKey;
        CertificateFileName = fileName;
        CertificateContentType = contentType;
    }
}

/// <summary>One contact of the bureau with the enterprise (走访, 电话, 服务).</summary>
public sealed record ContactLogEntry(DateOnly Date, ContactKind Kind, string Note, string? RecordedBy)
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
}
