using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Outreach.Domain;

/// <summary>
/// A piece of media coverage (媒体宣传, source 三(五)3 "利用报刊、电视、网络等媒体宣传典型案例"): where and when it appeared,
/// its title, a link or a scan, and the event or the typical case (典型案例) it covers. A typical case is kept by its
/// number and public outcome text, copied when linked: the case itself is purged after its retention period, the
/// coverage is not.
/// </summary>
public sealed class MediaCoverage : VersionedRecord
{
    public const int OutletMaxLength = 100;
    public const int TitleMaxLength = 200;
    public const int LinkMaxLength = 500;

    private MediaCoverage()
    {
    }

    public MediaCoverage(string organiserCode, string outlet, DateOnly publishedOn, string title, string? link, Guid? eventId, string createdBy, DateTime utcNow)
    {
        OrganiserCode = organiserCode;
        Outlet = outlet.Trim();
        PublishedOn = publishedOn;
        Title = title.Trim();
        Link = PublicityEvent.Clean(link);
        EventId = eventId;
        CreatedBy = createdBy;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Who recorded it (the bureau, a department or a town): the scope of the record.</summary>
    [AuditPlain]
    public string OrganiserCode { get; private set; } = string.Empty;

    [AuditPlain]
    public string Outlet { get; private set; } = string.Empty;

    [AuditPlain]
    public DateOnly PublishedOn { get; private set; }

    [AuditPlain]
    public string Title { get; private set; } = string.Empty;

    [AuditPlain]
    public string? Link { get; private set; }

    /// <summary>The publicity event the coverage reports on, if any.</summary>
    public Guid? EventId { get; private set; }

    /// <summary>The concluded protection case reported as a typical case, if any (no foreign key: the case may be purged).</summary>
    public Guid? CaseId { get; private set; }

    [AuditPlain]
    public string? CaseNumber { get; private set; }

    /// <summary>The case's public outcome text as it was when linked: what may be told to the public, nothing more.</summary>
    [AuditPlain]
    public string? CaseSummary { get; private set; }

    public string? ScanKey { get; private set; }

    [AuditPlain]
    public string? ScanName { get; private set; }

    public string? ScanContentType { get; private set; }

    [AuditPlain]
    public string CreatedBy { get; private set; } = string.Empty;

    public const int CaseNumberMaxLength = 32;
    public const int CaseSummaryMaxLength = 2000;

    public void CoverCase(Guid caseId, string number, string publicSummary, DateTime utcNow)
    {
        CaseId = caseId;
        CaseNumber = number;
        CaseSummary = publicSummary.Length > CaseSummaryMaxLength ? publicSummary[..CaseSummaryMaxLength] : publicSummary;
        Touch(utcNow);
    }

    public void AttachScan(string key, string name, string contentType, DateTime utcNow)
    {
        ScanKey = key;
        ScanName = name;
        ScanContentType = contentType;
        Touch(utcNow);
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<MaterialKind>))]
public enum MaterialKind
{
    Leaflet = 0,
    Slides = 1,
    Video = 2,
    Other = 3,
}

/// <summary>
/// A publicity or training material in the library (宣传资料库): a leaflet, slides or a video as a file, tagged by theme;
/// marked public, it can be downloaded from the portal.
/// </summary>
public sealed class OutreachMaterial : VersionedRecord
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 1000;

    private OutreachMaterial()
    {
    }

    public OutreachMaterial(string title, MaterialKind kind, PublicityTheme theme, string? description, bool isPublic, string fileKey, string fileName, string contentType, long size, string createdBy, DateTime utcNow)
    {
        Title = title.Trim();
        Kind = kind;
        Theme = theme;
        Description = PublicityEvent.Clean(description);
        IsPublic = isPublic;
        FileKey = fileKey;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        CreatedBy = createdBy;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    [AuditPlain]
    public string Title { get; private set; } = string.Empty;

    [AuditPlain]
    public MaterialKind Kind { get; private set; }

    [AuditPlain]
    public PublicityTheme Theme { get; private set; }

    [AuditPlain]
    public string? Description { get; private set; }

    [AuditPlain]
    public bool IsPublic { get; private set; }

    public string FileKey { get; private set; } = string.Empty;

    [AuditPlain]
    public string FileName { get; private set; } = string.Empty;

    [AuditPlain]
    public string ContentType { get; private set; } = string.Empty;

    public long Size { get; private set; }

    [AuditPlain]
    public string CreatedBy { get; private set; } = string.Empty;

    public void Publish(bool isPublic, DateTime utcNow)
    {
        IsPublic = isPublic;
        Touch(utcNow);
    }
}
