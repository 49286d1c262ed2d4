using CountyIP.Modules.Funding.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>
/// The second pair of eyes (issue 12 §1): another officer than the one who entered the figures puts them in force.
/// Refusals are broken rules (409): nothing waiting, or the same person. Two approvals at once: the version stamp lets
/// one through and gives the other 409.
/// </summary>
internal sealed class ApproveFiscalYearHandler(CountyIpDbContext db, ICurrentUser user, IStringLocalizer<FundingText> text, TimeProvider clock)
{
    public async Task<FiscalYearView?> HandleAsync(int year, CancellationToken cancellationToken)
    {
        if (await db.Set<FiscalYear>().FirstOrDefaultAsync(y => y.Year == year, cancellationToken) is not { } record)
        {
            return null;
        }

        var approver = user.UserName ?? string.Empty;
        switch (record.CannotApprove(approver))
        {
            case FiscalYearRefusal.NothingPending:
                throw new BusinessRuleException("funding.nothing-to-approve", text["Error_NothingToApprove", year]);
            case FiscalYearRefusal.SamePerson:
                throw new BusinessRuleException("funding.same-person", text["Error_SamePersonApproves"]);
            case FiscalYearRefusal.BelowCommitted:
                throw new BusinessRuleException("funding.below-committed", text["Error_LineBelowCommitted"]);
        }

        record.Approve(approver, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return FiscalYearView.From(record);
    }
}
