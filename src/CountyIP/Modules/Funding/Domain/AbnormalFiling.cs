using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Funding.Domain;

/// <summary>
/// A patent application number notified as an abnormal filing (非正常专利申请, issue 12 §4; 《关于规范申请专利行为的办法》):
/// an application citing it is refused, an approved one cannot be batched, and a paid one is flagged for recovery.
/// One row per number (canonical form, ZC 0006-2003), with the notice that named it.
/// </summary>
public sealed class AbnormalFiling : VersionedRecord
{
    public const int NoticeMaxLength = 100;

    private AbnormalFiling()
    {
    }

    public AbnormalFiling(string number, string notice, DateOnly notifiedOn, string importedBy, DateTime utcNow)
    {
        Number = number;
        Notice = notice.Trim();
        NotifiedOn = notifiedOn;
        ImportedBy = importedBy;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The application number in the Registry's canonical form (e.g. <c>201710601862.3</c>).</summary>
    [AuditPlain]
    public string Number { get; private set; } = string.Empty;

    /// <summary>The notice's document number (通报文号) or title.</summary>
    [AuditPlain]
    public string Notice { get; private set; } = string.Empty;

    [AuditPlain]
    public DateOnly NotifiedOn { get; private set; }

    [AuditPlain]
    public string ImportedBy { get; private set; } = string.Empty;
}
