using System.Globalization;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Transfer.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Transfer.UseCases;

/// <summary>A right as the checks see it on a day: the ledger's description and whether the holder asked about owns it then.</summary>
internal sealed record CheckedRight(LedgerRight Ledger, RightKind Kind, bool Owned)
{
    public ContractRight ToContract() => new(Ledger.Key, Kind, Ledger.Id!.Value, Ledger.Number, Ledger.Title);
}

/// <summary>
/// The pre-checks no peer system makes (issue 16): every right named in a licence, pledge, assignment or project is
/// looked up in the ledger (<see cref="IRightsLedger"/>, the one status rule of ADR 0016), which names its owner on the
/// day — by the latest assignment recorded here on or before it (<see cref="AssignmentOwnership"/>), else the
/// applicants. Each failed check
/// is a named rule: <c>right.not-owned</c>, <c>right.not-in-force</c>; unknown rights are field errors.
/// </summary>
internal sealed class RightChecks(IRightsLedger ledger, IStringLocalizer<TransferText> text)
{
    /// <summary>
    /// The rights named by <paramref name="patentIds"/> and <paramref name="trademarkIds"/> on <paramref name="date"/>,
    /// owned or not by <paramref name="holderId"/>; a right the ledger does not have is a field error and nothing is stored.
    /// </summary>
    public async Task<IReadOnlyList<CheckedRight>> ResolveAsync(
        IReadOnlyCollection<Guid>? patentIds, IReadOnlyCollection<Guid>? trademarkIds, Guid holderId, DateOnly date, CancellationToken cancellationToken,
        string patentField = "PatentIds", string trademarkField = "TrademarkIds")
    {
        var patents = (patentIds ?? []).Distinct().ToList();
        var marks = (trademarkIds ?? []).Distinct().ToList();
        var keys = patents.Select(ContractRight.PatentKey).Concat(marks.Select(ContractRight.TrademarkKey)).ToList();
        var found = keys.Count == 0 ? [] : (await ledger.FindAsync(keys, holderId, date, cancellationToken)).ToDictionary(r => r.Key, StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>();
        var missingPatents = patents.Where(id => !found.ContainsKey(ContractRight.PatentKey(id))).ToList();
        if (missingPatents.Count > 0)
        {
            errors[patentField] = [text["Error_PatentNotInLedger", string.Join("、", missingPatents)]];
        }

        var missingMarks = marks.Where(id => !found.ContainsKey(ContractRight.TrademarkKey(id))).ToList();
        if (missingMarks.Count > 0)
        {
            errors[trademarkField] = [text["Error_TrademarkNotInLedger", string.Join("、", missingMarks)]];
        }

        if (errors.Count > 0)
        {
            throw new InputValidationException(errors);
        }

        return [.. keys.Select(k =>
        {
            var right = found[k];
            return new CheckedRight(right, right.Kind == LedgerRightKind.Trademark ? RightKind.Trademark : RightKind.Patent, right.Held);
        })];
    }

    /// <summary>Every right is owned by the holder on the day (<c>right.not-owned</c>).</summary>
    public void RequireOwned(IEnumerable<CheckedRight> rights, string holderName)
    {
        if (rights.FirstOrDefault(r => !r.Owned) is { } notOwned)
        {
            throw new BusinessRuleException("right.not-owned", text["Rule_NotOwned", notOwned.Ledger.Number, holderName]);
        }
    }

    /// <summary>Every right is in force on the day it is described on (<c>right.not-in-force</c>), its status named.</summary>
    public void RequireInForce(IEnumerable<CheckedRight> rights, DateOnly date)
    {
        if (rights.FirstOrDefault(r => !r.Ledger.InForce) is { } ended)
        {
            throw new BusinessRuleException("right.not-in-force", text["Rule_NotInForce", ended.Ledger.Number, Day(date), StatusName(ended.Ledger)]);
        }
    }

    /// <summary>
    /// The first day on which any of the rights is no longer in force, looking at <paramref name="lastDay"/>: null when
    /// all still are then. The ledger names the day the right ended (a lapse, the end of its term).
    /// </summary>
    public async Task<(DateOnly EndsOn, string Number)?> FirstEndAsync(IReadOnlyCollection<string> keys, Guid holderId, DateOnly lastDay, CancellationToken cancellationToken)
    {
        var onLastDay = await ledger.FindAsync(keys, holderId, lastDay, cancellationToken);
        return onLastDay.Where(r => !r.InForce).Select(r => (EndsOn: r.EndedOn ?? lastDay, r.Number)).OrderBy(r => r.EndsOn).Cast<(DateOnly, string)?>().FirstOrDefault();
    }

    public string StatusName(LedgerRight right) => text[$"Status_{right.Status}"] is { ResourceNotFound: false } name ? name : right.Status;

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
