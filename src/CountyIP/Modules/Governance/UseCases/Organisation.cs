using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CountyIP.Modules.Governance.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Exports;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Governance.UseCases;

/// <summary>A member joining the leadership group (<c>POST /api/governance/organisation/members</c>).</summary>
public sealed class GroupMemberInput
{
    [Required, StringLength(GroupMember.NameMaxLength)]
    public string? Name { get; set; }

    [Required, StringLength(GroupMember.PostMaxLength)]
    public string? Post { get; set; }

    [Required, StringLength(GroupMember.PostMaxLength)]
    public string? Body { get; set; }

    [Required]
    public GroupRole? Role { get; set; }

    [Required]
    public DateOnly? JoinedOn { get; set; }
}

/// <summary>A unit's organisation (<c>PUT /api/governance/organisation/units/{code}</c>).</summary>
public sealed class UnitOrganisationInput
{
    [StringLength(UnitOrganisation.TextMaxLength)]
    public string? LeadOffice { get; set; }

    [StringLength(UnitOrganisation.TextMaxLength)]
    public string? ResponsibleLeader { get; set; }

    [StringLength(UnitOrganisation.TextMaxLength)]
    public string? ResponsibleLeaderPost { get; set; }

    public bool BodyInPlace { get; set; }

    public bool StaffInPlace { get; set; }

    public bool FundsInPlace { get; set; }

    [StringLength(UnitOrganisation.EvidenceMaxLength)]
    public string? Evidence { get; set; }
}

/// <summary>A liaison officer joining a unit's roster (<c>POST /api/governance/organisation/units/{code}/liaisons</c>).</summary>
public sealed class LiaisonInput
{
    [Required, StringLength(Liaison.NameMaxLength)]
    public string? Name { get; set; }

    [StringLength(Liaison.PostMaxLength)]
    public string? Post { get; set; }

    [Required, StringLength(Liaison.PhoneMaxLength), RegularExpression(@"^[0-9+\-() ]{5,30}$")]
    public string? Phone { get; set; }

    [StringLength(Liaison.EmailMaxLength), EmailAddress]
    public string? Email { get; set; }

    [StringLength(256)]
    public string? UserName { get; set; }
}

/// <summary>A liaison leaves and hands over to a successor on the same roster (<c>POST …/liaisons/{id}/handover</c>).</summary>
public sealed class HandoverInput
{
    public Guid? SuccessorId { get; set; }

    [Required]
    public DateOnly? On { get; set; }
}

public sealed record GroupMemberView(Guid Id, string Name, string Post, string Body, GroupRole Role, DateOnly JoinedOn, DateOnly? LeftOn);

public sealed record LiaisonView(Guid Id, string Name, string? Post, string Phone, string? Email, string? UserName, DateOnly Since, DateOnly? Until, string? SuccessorName);

public sealed record UnitRosterView(
    Guid? RecordId,
    string UnitCode, string UnitName, OwnerKind UnitKind, string? LeadOffice, string? ResponsibleLeader, string? ResponsibleLeaderPost,
    bool BodyInPlace, bool StaffInPlace, bool FundsInPlace, string? Evidence, IReadOnlyList<LiaisonView> Liaisons, bool CanEdit)
{
    public bool ThreeInPlace => BodyInPlace && StaffInPlace && FundsInPlace;
}

public sealed record OrganisationView(IReadOnlyList<GroupMemberView> Members, IReadOnlyList<UnitRosterView> Units);

/// <summary>One row of the roster export: a unit with one of its current liaisons (or none).</summary>
public sealed record RosterRow(string UnitName, OwnerKind UnitKind, string? LeadOffice, string? ResponsibleLeader, bool BodyInPlace, bool StaffInPlace, bool FundsInPlace,
    string? LiaisonName, string? LiaisonPost, string? LiaisonPhone, string? LiaisonEmail);

/// <summary>
/// The organisation as data (issue 14 §1): the leadership group with its history, and per town and department the lead
/// office, the responsible leader, the three-in-place check and the liaison roster. The office keeps all of it; a
/// liaison keeps their own unit's record and roster. A person on a roster twice is refused.
/// </summary>
internal sealed class OrganisationHandler(
    CountyIpDbContext db, OwnerDirectory owners, GovernanceScope scope, ICurrentUser user, INotifier notifier,
    SpreadsheetExport export, IStringLocalizer<GovernanceText> text, TimeProvider clock)
{
    public async Task<OrganisationView> GetAsync(string? unitCode, CancellationToken cancellationToken)
    {
        var members = await db.Set<GroupMember>().AsNoTracking().OrderBy(m => m.LeftOn != null).ThenBy(m => m.Role).ThenBy(m => m.JoinedOn).ToListAsync(cancellationToken);
        var units = (await owners.ListAsync(cancellationToken)).Where(o => unitCode is null || o.Code == unitCode).ToList();
        var codes = units.Select(u => u.Code).ToList();
        var records = await db.Set<UnitOrganisation>().AsNoTracking().Where(u => codes.Contains(u.OwnerCode)).ToDictionaryAsync(u => u.OwnerCode, cancellationToken);
        var liaisons = await db.Set<Liaison>().AsNoTracking().Where(l => codes.Contains(l.OwnerCode)).OrderBy(l => l.Until != null).ThenBy(l => l.Since).ToListAsync(cancellationToken);
        var names = liaisons.ToDictionary(l => l.Id, l => l.Name);
        return new OrganisationView(
            [.. members.Select(m => new GroupMemberView(m.Id, m.Name, m.Post, m.Body, m.Role, m.JoinedOn, m.LeftOn))],
            [.. units.Select(u =>
            {
                var r = records.GetValueOrDefault(u.Code);
                return new UnitRosterView(r?.Id, u.Code, u.Name, u.Kind, r?.LeadOffice, r?.ResponsibleLeader, r?.ResponsibleLeaderPost,
                    r?.BodyInPlace ?? false, r?.StaffInPlace ?? false, r?.FundsInPlace ?? false, r?.Evidence,
                    [.. liaisons.Where(l => l.OwnerCode == u.Code).Select(l => new LiaisonView(l.Id, l.Name, l.Post, l.Phone, l.Email, l.UserName, l.Since, l.Until,
                        l.SuccessorId is { } s ? names.GetValueOrDefault(s) : null))],
                    scope.ActsFor(u.Code));
            })]);
    }

    public async Task<GroupMemberView> AddMemberAsync(GroupMemberInput input, CancellationToken cancellationToken)
    {
        var name = input.Name!.Trim();
        if (await db.Set<GroupMember>().AnyAsync(m => m.Name == name && m.LeftOn == null, cancellationToken))
        {
            throw InputValidationException.For(nameof(GroupMemberInput.Name), text["Error_MemberTwice", name]);
        }

        var member = new GroupMember(name, input.Post!, input.Body!, input.Role!.Value, input.JoinedOn!.Value, clock.GetUtcNow().UtcDateTime);
        db.Add(member);
        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return new GroupMemberView(member.Id, member.Name, member.Post, member.Body, member.Role, member.JoinedOn, member.LeftOn);
    }

    public async Task<bool> MemberLeavesAsync(Guid id, DateOnly on, CancellationToken cancellationToken)
    {
        if (await db.Set<GroupMember>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } member)
        {
            return false;
        }

        if (member.LeftOn is not null || on < member.JoinedOn)
        {
            throw new BusinessRuleException("governance.member-leave", text["Error_MemberLeave", member.JoinedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        }

        member.Leave(on, clock.GetUtcNow().UtcDateTime);
        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return true;
    }

    public async Task<UnitRosterView?> RecordUnitAsync(string code, UnitOrganisationInput input, CancellationToken cancellationToken)
    {
        if (await OwnAsync(code, cancellationToken) is not { } owner)
        {
            return null;
        }

        var record = await db.Set<UnitOrganisation>().FirstOrDefaultAsync(u => u.OwnerCode == owner.Code, cancellationToken);
        if (record is null)
        {
            record = new UnitOrganisation(owner.Code, owner.Kind, clock.GetUtcNow().UtcDateTime);
            db.Add(record);
        }

        record.Record(input.LeadOffice, input.ResponsibleLeader, input.ResponsibleLeaderPost, input.BodyInPlace, input.StaffInPlace, input.FundsInPlace, input.Evidence, clock.GetUtcNow().UtcDateTime);
        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return (await GetAsync(owner.Code, cancellationToken)).Units.Single();
    }

    public async Task<LiaisonView?> AddLiaisonAsync(string code, LiaisonInput input, CancellationToken cancellationToken)
    {
        if (await OwnAsync(code, cancellationToken) is not { } owner)
        {
            return null;
        }

        var name = input.Name!.Trim();
        var phone = input.Phone!.Trim();
        if (await db.Set<Liaison>().AnyAsync(l => l.OwnerCode == owner.Code && l.Until == null && (l.Name == name || l.Phone == phone), cancellationToken))
        {
            throw InputValidationException.For(nameof(LiaisonInput.Name), text["Error_LiaisonTwice", name]);
        }

        var liaison = new Liaison(owner.Code, name, input.Post, phone, input.Email, input.UserName, TimeDisplay.Today(clock), clock.GetUtcNow().UtcDateTime);
        db.Add(liaison);
        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return new LiaisonView(liaison.Id, liaison.Name, liaison.Post, liaison.Phone, liaison.Email, liaison.UserName, liaison.Since, null, null);
    }

    /// <summary>
    /// The liaison leaves; the successor (a current liaison of the same unit) takes over the unit's open tasks and owed
    /// reports: each open task's history records the handover, and the unit's accounts are told what is now theirs.
    /// </summary>
    public async Task<UnitRosterView?> HandOverAsync(string code, Guid liaisonId, HandoverInput input, CancellationToken cancellationToken)
    {
        if (await OwnAsync(code, cancellationToken) is not { } owner
            || await db.Set<Liaison>().FirstOrDefaultAsync(l => l.Id == liaisonId && l.OwnerCode == owner.Code, cancellationToken) is not { } leaving)
        {
            return null;
        }

        if (!leaving.IsCurrent)
        {
            throw new BusinessRuleException("governance.liaison-left", text["Error_LiaisonLeft", leaving.Name]);
        }

        Liaison? successor = null;
        if (input.SuccessorId is { } successorId
            && ((successor = await db.Set<Liaison>().FirstOrDefaultAsync(l => l.Id == successorId && l.OwnerCode == owner.Code && l.Until == null, cancellationToken)) is null
                || successor.Id == leaving.Id))
        {
            throw InputValidationException.For(nameof(HandoverInput.SuccessorId), text["Error_SuccessorNotOnRoster"]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        leaving.HandOver(input.On!.Value, successor?.Id, now);
        var open = await db.Set<SupervisedTask>().Include(t => t.Steps).Where(t => t.OwnerCode == owner.Code && t.State != SupervisedTaskState.Completed).ToListAsync(cancellationToken);
        var note = successor is null ? text["Handover_NoteNoSuccessor", leaving.Name].Value : text["Handover_Note", leaving.Name, successor.Name].Value;
        foreach (var task in open)
        {
            task.RecordHandover(note, user.UserName ?? string.Empty, now);
        }

        var owed = await db.Set<PeriodicReport>().CountAsync(r => r.OwnerCode == owner.Code && (r.State == ReportState.Pending || r.State == ReportState.Returned), cancellationToken);
        await notifier.NotifyAsync(GovernanceNotifications.OwnerLiaisons(owner), GovernanceNotifications.HandedOver,
            [owner.NameZh, (successor?.Name ?? string.Empty), open.Count.ToString(CultureInfo.InvariantCulture), owed.ToString(CultureInfo.InvariantCulture)],
            "/governance/tasks?state=Open", cancellationToken);
        await GovernanceSave.SaveAsync(db, text, cancellationToken);
        return (await GetAsync(owner.Code, cancellationToken)).Units.Single();
    }

    /// <summary>The roster as .xlsx: a row per unit and current liaison, with the unit's lead office, leader and three-in-place check.</summary>
    public async Task<ExportFile> ExportAsync(CancellationToken cancellationToken)
    {
        var view = await GetAsync(null, cancellationToken);
        var rows = view.Units.SelectMany(u =>
        {
            var current = u.Liaisons.Where(l => l.Until is null).ToList();
            return current.Count == 0
                ? [new RosterRow(u.UnitName, u.UnitKind, u.LeadOffice, u.ResponsibleLeader, u.BodyInPlace, u.StaffInPlace, u.FundsInPlace, null, null, null, null)]
                : current.Select(l => new RosterRow(u.UnitName, u.UnitKind, u.LeadOffice, u.ResponsibleLeader, u.BodyInPlace, u.StaffInPlace, u.FundsInPlace, l.Name, l.Post, l.Phone, l.Email));
        }).ToList();
        SpreadsheetColumn<RosterRow>[] columns =
        [
            SpreadsheetColumn<RosterRow>.Text("Field_Owner", r => r.UnitName),
            SpreadsheetColumn<RosterRow>.Enum("Field_UnitKind", r => r.UnitKind),
            SpreadsheetColumn<RosterRow>.Text("Field_LeadOffice", r => r.LeadOffice),
            SpreadsheetColumn<RosterRow>.Text("Field_ResponsibleLeader", r => r.ResponsibleLeader),
            SpreadsheetColumn<RosterRow>.YesNo("Field_BodyInPlace", r => r.BodyInPlace),
            SpreadsheetColumn<RosterRow>.YesNo("Field_StaffInPlace", r => r.StaffInPlace),
            SpreadsheetColumn<RosterRow>.YesNo("Field_FundsInPlace", r => r.FundsInPlace),
            SpreadsheetColumn<RosterRow>.Text("Field_LiaisonName", r => r.LiaisonName),
            SpreadsheetColumn<RosterRow>.Text("Field_Post", r => r.LiaisonPost),
            SpreadsheetColumn<RosterRow>.Text("Field_Phone", r => r.LiaisonPhone),
            SpreadsheetColumn<RosterRow>.Text("Field_Email", r => r.LiaisonEmail),
        ];
        var sheet = new SpreadsheetSheet<RosterRow>(text, text["Organisation_ExportTitle"], nameof(Liaison), null, null, columns);
        return await export.FromQueryAsync(sheet, rows.AsQueryable(), cancellationToken);
    }

    /// <summary>The unit when the caller may keep its record (the office, or its own liaison); null otherwise (a 404).</summary>
    private async Task<OwnerInfo?> OwnAsync(string code, CancellationToken cancellationToken) =>
        await owners.FindAsync(code, cancellationToken) is { } owner && scope.ActsFor(owner.Code) ? owner : null;
}
