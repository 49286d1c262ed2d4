using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;

namespace CountyIP.Modules.Governance.Domain;

/// <summary>What an evidence file supports.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceSubject>))]
public enum EvidenceSubject
{
    /// <summary>A supervised task's progress or completion (办理佐证).</summary>
    Task = 0,

    /// <summary>A meeting's minutes as issued (会议纪要文件).</summary>
    Meeting = 1,

    /// <summary>A unit's three-in-place check (三落实佐证).</summary>
    UnitOrganisation = 2,

    /// <summary>An appeal against a preliminary score (申诉材料).</summary>
    Appeal = 3,
}

/// <summary>
/// A file that supports a governance record: a task's progress, a meeting's minutes, a unit's three-in-place check, an
/// appeal. Kept like the record it supports (never deleted by a user: evidence is what an assessment is checked
/// against). <see cref="OwnerCode"/> is the unit whose scope it belongs to; null for a meeting, which every reader sees.
/// </summary>
public sealed class EvidenceFile
{
    public const int MaxPerSubject = 10;

    private EvidenceFile()
    {
    }

    public EvidenceFile(EvidenceSubject subject, Guid subjectId, string? ownerCode, string fileKey, string fileName, string contentType, long size, string uploadedBy, DateTime atUtc)
    {
        Subject = subject;
        SubjectId = subjectId;
        OwnerCode = ownerCode;
        FileKey = fileKey;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        UploadedBy = uploadedBy;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public EvidenceSubject Subject { get; private set; }

    public Guid SubjectId { get; private set; }

    [AuditPlain]
    public string? OwnerCode { get; private set; }

    [AuditPlain]
    public string FileKey { get; private set; } = string.Empty;

    [AuditPlain]
    public string FileName { get; private set; } = string.Empty;

    [AuditPlain]
    public string ContentType { get; private set; } = string.Empty;

    public long Size { get; private set; }

    [AuditPlain]
    public string UploadedBy { get; private set; } = string.Empty;

    public DateTime AtUtc { get; private set; }
}
