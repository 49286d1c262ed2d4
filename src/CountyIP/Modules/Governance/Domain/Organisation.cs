using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Governance.Domain;

/// <summary>A member's place in the leadership group (source 三(一): 组长 the deputy district head, 副组长, 成员, the office).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GroupRole>))]
public enum GroupRole
{
    Leader = 0,
    DeputyLeader = 1,
    Member = 2,
    OfficeDirector = 3,
}

/// <summary>
/// A member of the leadership group (知识产权强县工程试点工作领导小组): who, with post and body, the role in the group,
/// joined and left. A member who leaves keeps the record (history), with the day they left.
/// </summary>
public sealed class GroupMember : VersionedRecord
{
    public const int NameMaxLength = 50;
    public const int PostMaxLength = 100;

    private GroupMember()
    {
    }

    public GroupMember(string name, string post, string body, GroupRole role, DateOnly joinedOn, DateTime utcNow)
    {
        Name = name.Trim();
        Post = post.Trim();
        Body = body.Trim();
        Role = role;
        JoinedOn = joinedOn;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>A public official's name and post as the group's founding document lists them.</summary>
    [AuditPlain]
    public string Name { get; private set; } = string.Empty;

    /// <summary>职务, e.g. 副区长.</summary>
    [AuditPlain]
    public string Post { get; private set; } = string.Empty;

    /// <summary>The body they come from, e.g. 区科技局.</summary>
    [AuditPlain]
    public string Body { get; private set; } = string.Empty;

    public GroupRole Role { get; private set; }

    public DateOnly JoinedOn { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public bool IsCurrentOn(DateOnly date) => JoinedOn <= date && (LeftOn is null || LeftOn >= date);

    public void Leave(DateOnly leftOn, DateTime utcNow)
    {
        if (LeftOn is not null || leftOn < JoinedOn)
        {
            throw new InvalidOperationException($"Member {Id} cannot leave on {leftOn}.");
        }

        LeftOn = leftOn;
        Touch(utcNow);
    }
}

/// <summary>
/// How a town or department is organised for the pilot (source 四(一)2 "组织、人员、经费三落实"): the lead office (牵头科室),
/// the responsible leader (分管领导), and the "three in place" check — a body, people and money — with the evidence
/// (the document that set them up). One record per unit, made the first time it is recorded.
/// </summary>
public sealed class UnitOrganisation : VersionedRecord
{
    public const int TextMaxLength = 100;
    public const int EvidenceMaxLength = 1_000;

    private UnitOrganisation()
    {
    }

    public UnitOrganisation(string ownerCode, OwnerKind ownerKind, DateTime utcNow)
    {
        OwnerCode = ownerCode;
        OwnerKind = ownerKind;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    [AuditPlain]
    public string OwnerCode { get; private set; } = string.Empty;

    public OwnerKind OwnerKind { get; private set; }

    [AuditPlain]
    public string? LeadOffice { get; private set; }

    [AuditPlain]
    public string? ResponsibleLeader { get; private set; }

    [AuditPlain]
    public string? ResponsibleLeaderPost { get; private set; }

    /// <summary>机构落实: a body (or a named office) carries the work.</summary>
    public bool BodyInPlace { get; private set; }

    /// <summary>人员落实: named people do it.</summary>
    public bool StaffInPlace { get; private set; }

    /// <summary>经费落实: money is budgeted for it.</summary>
    public bool FundsInPlace { get; private set; }

    /// <summary>The documents that show it (文号, budget line), as the unit or the office recorded them.</summary>
    [AuditPlain]
    public string? Evidence { get; private set; }

    public bool ThreeInPlace => BodyInPlace && StaffInPlace && FundsInPlace;

    public void Record(string? leadOffice, string? leader, string? leaderPost, bool body, bool staff, bool funds, string? evidence, DateTime utcNow)
    {
        LeadOffice = CleanText.Of(leadOffice);
        ResponsibleLeader = CleanText.Of(leader);
        ResponsibleLeaderPost = CleanText.Of(leaderPost);
        BodyInPlace = body;
        StaffInPlace = staff;
        FundsInPlace = funds;
        Evidence = CleanText.Of(evidence);
        Touch(utcNow);
    }
}

/// <summary>
/// A liaison officer (联络员) of a town or department: name, post, phone, e-mail, and the platform account they act
/// with. One who leaves keeps the record with the day they left and who took over (交接).
/// </summary>
public sealed class Liaison : VersionedRecord
{
    public const int NameMaxLength = 50;
    public const int PostMaxLength = 100;
    public const int PhoneMaxLength = 30;
    public const int EmailMaxLength = 100;

    private Liaison()
    {
    }

    public Liaison(string ownerCode, string name, string? post, string phone, string? email, string? userName, DateOnly since, DateTime utcNow)
    {
        OwnerCode = ownerCode;
        Name = name.Trim();
        Post = CleanText.Of(post);
        Phone = phone.Trim();
        Email = CleanText.Of(email);
        UserName = CleanText.Of(userName);
        Since = since;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    [AuditPlain]
    public string OwnerCode { get; private set; } = string.Empty;

    [AuditPlain]
    public string Name { get; private set; } = string.Empty;

    [AuditPlain]
    public string? Post { get; private set; }

    /// <summary>A work phone (personal data: masked in the audit log).</summary>
    public string Phone { get; private set; } = string.Empty;

    public string? Email { get; private set; }

    /// <summary>The platform account the liaison signs in with, when they have one.</summary>
    [AuditPlain]
    public string? UserName { get; private set; }

    public DateOnly Since { get; private set; }

    public DateOnly? Until { get; private set; }

    /// <summary>Who took over when they left.</summary>
    public Guid? SuccessorId { get; private set; }

    public bool IsCurrent => Until is null;

    public void HandOver(DateOnly until, Guid? successorId, DateTime utcNow)
    {
        if (Until is not null)
        {
            throw new InvalidOperationException($"Liaison {Id} already left.");
        }

        Until = until;
        SuccessorId = successorId;
        Touch(utcNow);
    }
}
