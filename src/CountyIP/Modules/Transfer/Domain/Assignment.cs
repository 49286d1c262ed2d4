using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Transfer.Domain;

/// <summary>
/// An assignment of patents or trademarks (转让, source 四(一)2 "加快院校专利向企业转移"): from the assignor, who must hold
/// the rights on the day, to the assignee. From <see cref="AssignedOn"/> on, the assignee is who the checks of later
/// licences and pledges see as the owner (UseCases/Ownership); the ledger's applicant history is not rewritten.
/// </summary>
public sealed class Assignment : VersionedRecord
{
    public const int NameMaxLength = 200;

    private readonly List<ContractRight> rights = [];

    private Assignment()
    {
    }

    public Assignment(Guid? assignorId, string assignorName, Guid? assigneeId, string assigneeName, DateOnly assignedOn, decimal? price, bool fromInstitution, IEnumerable<ContractRight> rights, string createdBy, DateTime utcNow)
    {
        AssignorId = assignorId;
        AssignorName = assignorName.Trim();
        AssigneeId = assigneeId;
        AssigneeName = assigneeName.Trim();
        AssignedOn = assignedOn;
        Price = price;
        FromInstitution = fromInstitution;
        this.rights.AddRange(rights);
        CreatedBy = createdBy;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The registered enterprise or institution that assigns; null for an assignor outside the registry.</summary>
    public Guid? AssignorId { get; private set; }

    [AuditPlain]
    public string AssignorName { get; private set; } = string.Empty;

    /// <summary>The registered enterprise that receives; null for an assignee outside the district.</summary>
    public Guid? AssigneeId { get; private set; }

    [AuditPlain]
    public string AssigneeName { get; private set; } = string.Empty;

    /// <summary>The day the assignment takes effect (its registration with CNIPA, 专利法 art. 10).</summary>
    [AuditPlain]
    public DateOnly AssignedOn { get; private set; }

    [AuditPlain]
    public decimal? Price { get; private set; }

    /// <summary>The assignor is a university or research institute (院校): the transfer the plan wants sped up.</summary>
    [AuditPlain]
    public bool FromInstitution { get; private set; }

    [AuditPlain]
    public string CreatedBy { get; private set; } = string.Empty;

    public IReadOnlyList<ContractRight> Rights => rights;
}
