using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>An approved extension of a running limit; the approving officer is the caller (bureau staff).</summary>
public sealed record ExtendDeadlineCommand(Guid CaseId, DeadlineStage Stage, int Days, string Reason, int? ExpectedVersion = null);

internal sealed class ExtendDeadlineHandler(
    CountyIpDbContext db,
    CaseScope scope,
    DeadlinePolicyLoader policies,
    TimeProvider clock,
    IStringLocalizer<ProtectionText> text)
{
    public async Task<int?> HandleAsync(ExtendDeadlineCommand command, CancellationToken cancellationToken)
    {
        var @case = await CaseQueries.LoadAsync(db, scope, command.CaseId, tracking: true, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        if (command.ExpectedVersion is { } expected && expected != @case.Version)
        {
            throw new Platform.Web.BusinessRuleException("protection.concurrent-change", text["Error_ConcurrentChange"]);
        }

        var policy = await policies.LoadAsync(cancellationToken);
        @case.ExtendDeadline(command.Stage, command.Days, command.Reason, scope.Actor, clock.GetUtcNow().UtcDateTime, policy);
        await CaseSaving.SaveAsync(db, text, cancellationToken);
        return @case.Version;
    }
}
