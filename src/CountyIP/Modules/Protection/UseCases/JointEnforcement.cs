using CountyIP.Modules.Protection.Domain;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>
/// A joint enforcement action to record or correct. Linked cases are given by id (API) or by case number (pages);
/// departments are codes of the district's reference data.
/// </summary>
public sealed record RecordJointActionCommand(
    string Title,
    DateOnly Date,
    string LeadDepartment,
    IReadOnlyList<string> ParticipatingDepartments,
    EnforcementScope Scope,
    int PlacesInspected,
    int CasesOpened,
    string? GoodsSeized,
    decimal? GoodsValue,
    string Results,
    IReadOnlyList<Guid> LinkedCaseIds,
    IReadOnlyList<string>? LinkedCaseNumbers = null);

public sealed record UpdateJointActionCommand(Guid Id, RecordJointActionCommand Action);

public sealed record ListJointActionsQuery(
    int? Year = null,
    EnforcementScope? Scope = null,
    string? Department = null,
    string? Search = null,
    int Page = 1,
    int PageSize = 20);

public sealed record LinkedCaseView(Guid Id, string Number);

public sealed record JointActionView(
    Guid Id,
    string Title,
    DateOnly Date,
    string LeadDepartment,
    IReadOnlyList<string> ParticipatingDepartments,
    EnforcementScope Scope,
    int PlacesInspected,
    int CasesOpened,
    string? GoodsSeized,
    [property: Money] decimal? GoodsValue,
    string Results,
    IReadOnlyList<Guid> LinkedCaseIds,
    IReadOnlyList<LinkedCaseView> LinkedCases,
    string RecordedBy,
    DateTime RecordedAtUtc,
    string? UpdatedBy,
    DateTime? UpdatedAtUtc);

public sealed record JointActionPage(IReadOnlyList<JointActionView> Items, int Total, int Page, int PageSize);

/// <summary>Checks a command against reference data and resolves linked cases (shared by record and update).</summary>
internal sealed class JointActionValidator(CountyIpDbContext db, IReferenceDirectory directory, IStringLocalizer<ProtectionText> text)
{
    public async Task<List<Guid>> ValidateAsync(RecordJointActionCommand command, CancellationToken cancellationToken)
    {
        // Only departments of the district's reference data may lead or join (DESIGN.md: reference data, not free text);
        // an inactive department may still appear on an older record, so all known codes are accepted.
        var known = (await directory.ListDepartmentsAsync(activeOnly: false, cancellationToken)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var codes = command.ParticipatingDepartments.Append(command.LeadDepartment).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim());
        if (codes.FirstOrDefault(c => !known.Contains(c)) is { } unknown)
        {
            throw new BusinessRuleException("protection.department-unknown", text["Error_DepartmentUnknown", unknown]);
        }

        var ids = command.LinkedCaseIds.ToHashSet();
        var numbers = (command.LinkedCaseNumbers ?? []).Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (numbers.Count > 0)
        {
            var found = await db.Set<ProtectionCase>().Where(c => numbers.Contains(c.Number)).Select(c => new { c.Id, c.Number }).ToListAsync(cancellationToken);
            if (found.Count != numbers.Count)
            {
                throw new BusinessRuleException("protection.linked-case-unknown", text["Error_LinkedCaseUnknown"]);
            }

            ids.UnionWith(found.Select(f => f.Id));
        }

        var linked = ids.ToList();
        if (await db.Set<ProtectionCase>().CountAsync(c => linked.Contains(c.Id), cancellationToken) != linked.Count)
        {
            throw new BusinessRuleException("protection.linked-case-unknown", text["Error_LinkedCaseUnknown"]);
        }

        return linked;
    }
}

internal sealed class RecordJointActionHandler(CountyIpDbContext db, JointActionValidator validator, CaseScope scope, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(RecordJointActionCommand command, CancellationToken cancellationToken)
    {
        var linked = await validator.ValidateAsync(command, cancellationToken);
        var action = new JointEnforcementAction(command.Title, command.Date, command.LeadDepartment, command.ParticipatingDepartments, command.Scope,
            command.PlacesInspected, command.CasesOpened, command.GoodsSeized, command.GoodsValue, command.Results, linked, scope.Actor, clock.GetUtcNow().UtcDateTime);
        db.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return action.Id;
    }
}

internal sealed class UpdateJointActionHandler(CountyIpDbContext db, JointActionValidator validator, CaseScope scope, TimeProvider clock)
{
    /// <summary>False when the action does not exist.</summary>
    public async Task<bool> HandleAsync(UpdateJointActionCommand command, CancellationToken cancellationToken)
    {
        var action = await db.Set<JointEnforcementAction>().Include(a => a.LinkedCases).FirstOrDefaultAsync(a => a.Id == command.Id, cancellationToken);
        if (action is null)
        {
            return false;
        }

        var c = command.Action;
        var linked = await validator.ValidateAsync(c, cancellationToken);
        action.Update(c.Title, c.Date, c.LeadDepartment, c.ParticipatingDepartments, c.Scope, c.PlacesInspected, c.CasesOpened, c.GoodsSeized, c.GoodsValue,
            c.Results, linked, scope.Actor, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

/// <summary>Joint actions with filters and paging; a department liaison sees those their department led or joined.</summary>
internal sealed class ListJointActionsHandler(CountyIpDbContext db, CaseScope scope)
{
    public async Task<JointActionPage> HandleAsync(ListJointActionsQuery query, CancellationToken cancellationToken)
    {
        var actions = Visible();
        if (query.Year is { } y)
        {
            actions = actions.Where(a => a.Date >= new DateOnly(y, 1, 1) && a.Date <= new DateOnly(y, 12, 31));
        }

        if (query.Scope is { } enforcementScope)
        {
            actions = actions.Where(a => a.Scope == enforcementScope);
        }

        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            actions = TookPart(actions, query.Department.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            actions = actions.Where(a => a.Title.Contains(term) || a.Results.Contains(term) || (a.GoodsSeized != null && a.GoodsSeized.Contains(term)));
        }

        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var total = await actions.CountAsync(cancellationToken);
        var rows = await actions.Include(a => a.LinkedCases).OrderByDescending(a => a.Date).ThenByDescending(a => a.RecordedAtUtc)
            .Skip((page - 1) * size).Take(size).AsSplitQuery().ToListAsync(cancellationToken);
        var numbers = await CaseNumbersAsync(rows, cancellationToken);
        return new JointActionPage([.. rows.Select(a => View(a, numbers))], total, page, size);
    }

    public async Task<JointActionView?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var action = await Visible().Include(a => a.LinkedCases).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return action is null ? null : View(action, await CaseNumbersAsync([action], cancellationToken));
    }

    private IQueryable<JointEnforcementAction> Visible()
    {
        var actions = db.Set<JointEnforcementAction>().AsNoTracking();
        if (scope.IsBureau)
        {
            return actions;
        }

        return scope.Department is { } department ? TookPart(actions, department) : actions.Where(_ => false);
    }

    private static IQueryable<JointEnforcementAction> TookPart(IQueryable<JointEnforcementAction> actions, string department)
    {
        var delimited = "," + department + ",";
        return actions.Where(a => a.LeadDepartmentCode == department || ("," + a.ParticipatingDepartmentCodes + ",").Contains(delimited));
    }

    private async Task<Dictionary<Guid, string>> CaseNumbersAsync(IReadOnlyCollection<JointEnforcementAction> actions, CancellationToken cancellationToken)
    {
        var ids = actions.SelectMany(a => a.LinkedCases).Select(l => l.CaseId).Distinct().ToList();
        return ids.Count == 0
            ? []
            : await db.Set<ProtectionCase>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken);
    }

    private static JointActionView View(JointEnforcementAction a, Dictionary<Guid, string> numbers) => new(
        a.Id, a.Title, a.Date, a.LeadDepartmentCode, a.Participants, a.Scope, a.PlacesInspected, a.CasesOpened, a.GoodsSeized, a.GoodsValue, a.Results,
        [.. a.LinkedCases.Select(l => l.CaseId)],
        [.. a.LinkedCases.Select(l => new LinkedCaseView(l.CaseId, numbers.GetValueOrDefault(l.CaseId, string.Empty))).OrderBy(l => l.Number, StringComparer.Ordinal)],
        a.RecordedBy, a.RecordedAtUtc, a.UpdatedBy, a.UpdatedAtUtc);
}
