using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection.UseCases;

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
    IReadOnlyList<Guid> LinkedCaseIds);

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
    decimal? GoodsValue,
    string Results,
    IReadOnlyList<Guid> LinkedCaseIds);

internal sealed class RecordJointActionHandler(CountyIpDbContext db, CaseScope scope, TimeProvider clock, IStringLocalizer<ProtectionText> text)
{
    public async Task<Guid> HandleAsync(RecordJointActionCommand command, CancellationToken cancellationToken)
    {
        var linked = command.LinkedCaseIds.Distinct().ToList();
        var found = await db.Set<ProtectionCase>().CountAsync(c => linked.Contains(c.Id), cancellationToken);
        if (found != linked.Count)
        {
            throw new BusinessRuleException("protection.linked-case-unknown", text["Error_LinkedCaseUnknown"]);
        }

        var action = new JointEnforcementAction(command.Title, command.Date, command.LeadDepartment, command.ParticipatingDepartments, command.Scope,
            command.PlacesInspected, command.CasesOpened, command.GoodsSeized, command.GoodsValue, command.Results, linked, scope.Actor, clock.GetUtcNow().UtcDateTime);
        db.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return action.Id;
    }
}

/// <summary>Joint actions of a year; a department liaison sees those their department led or joined.</summary>
internal sealed class ListJointActionsHandler(CountyIpDbContext db, CaseScope scope)
{
    public async Task<IReadOnlyList<JointActionView>> HandleAsync(int? year, CancellationToken cancellationToken)
    {
        var actions = db.Set<JointEnforcementAction>().AsNoTracking().Include(a => a.LinkedCases).AsQueryable();
        if (year is { } y)
        {
            actions = actions.Where(a => a.Date >= new DateOnly(y, 1, 1) && a.Date <= new DateOnly(y, 12, 31));
        }

        var list = await actions.OrderByDescending(a => a.Date).ToListAsync(cancellationToken);
        if (!scope.IsBureau)
        {
            var department = scope.Department;
            list = [.. list.Where(a => department is not null && (a.LeadDepartmentCode == department || a.ParticipatingDepartmentCodes.Split(',').Contains(department)))];
        }

        return [.. list.Select(a => new JointActionView(a.Id, a.Title, a.Date, a.LeadDepartmentCode,
            a.ParticipatingDepartmentCodes.Length == 0 ? [] : a.ParticipatingDepartmentCodes.Split(','), a.Scope, a.PlacesInspected, a.CasesOpened,
            a.GoodsSeized, a.GoodsValue, a.Results, [.. a.LinkedCases.Select(l => l.CaseId)]))];
    }
}
