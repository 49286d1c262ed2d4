using CountyIP.Modules.Registry.Contracts;
using CountyIP.Platform.Web.Validation;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Transfer.UseCases;

/// <summary>
/// The rights a form names as a contract does — by patent application number or trademark registration number, one
/// per line or separated by commas — turned into the ledger ids the use cases take. A number that does not validate
/// (ZC 0006-2003 check character) or that the ledger does not hold is a field error naming it, and nothing is stored.
/// </summary>
internal sealed class RightNumbers(IRightsLedger ledger, IStringLocalizer<TransferText> text)
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；', '\n', '\r', '\t', ' '];

    public async Task<List<Guid>> PatentsAsync(string? written, string field, CancellationToken cancellationToken)
    {
        var parsed = Tokens(written).Select(t => (Written: t, Canonical: ledger.CanonicalPatentNumber(t))).ToList();
        var invalid = parsed.Where(p => p.Canonical is null).Select(p => p.Written).ToList();
        if (invalid.Count > 0)
        {
            throw InputValidationException.For(field, text["Error_PatentNumber", string.Join("、", invalid)]);
        }

        var numbers = parsed.Select(p => p.Canonical!).Distinct(StringComparer.Ordinal).ToList();
        return await IdsAsync(LedgerRightKind.Patent, numbers, field, "Error_PatentNotInLedger", cancellationToken);
    }

    public async Task<List<Guid>> TrademarksAsync(string? written, string field, CancellationToken cancellationToken) =>
        await IdsAsync(LedgerRightKind.Trademark, [.. Tokens(written).Distinct(StringComparer.Ordinal)], field, "Error_TrademarkNotInLedger", cancellationToken);

    private async Task<List<Guid>> IdsAsync(LedgerRightKind kind, List<string> numbers, string field, string missingKey, CancellationToken cancellationToken)
    {
        if (numbers.Count == 0)
        {
            return [];
        }

        var found = await ledger.IdsByNumberAsync(kind, numbers, cancellationToken);
        var missing = numbers.Where(n => !found.ContainsKey(n)).ToList();
        return missing.Count > 0
            ? throw InputValidationException.For(field, text[missingKey, string.Join("、", missing)])
            : [.. numbers.Select(n => found[n])];
    }

    public static List<string> Tokens(string? written) =>
        [.. (written ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
