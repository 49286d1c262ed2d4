namespace CountyIP.Modules.Funding.Domain;

/// <summary>The amount an item's rule gives: each cited right's share, the total before the caps, the amount, and the cap that decided it.</summary>
public sealed record AmountCalculation(IReadOnlyList<decimal> UnitAmounts, decimal Gross, decimal Amount, AmountCap Cap);

/// <summary>
/// How a policy item turns what is claimed into money (issue 12 §2). Ledger kinds: each right is worth the item's
/// amount, times the service-invention factor for a service invention and the foreign factor for a foreign or PCT
/// filing; a fixed item pays its amount once for the application, a per-unit item the sum of its rights. Other kinds: a
/// fixed item pays its amount, a per-unit item the amount times the quantity. Then the cap per application, then what
/// is left of the cap per enterprise and year after its other applications under the same item. Fen-exact: every
/// product is rounded half away from zero to the fen, as a finance office rounds.
/// </summary>
public static class AmountRule
{
    /// <summary>Whether the kind is claimed with rights of the ledger (else with a quantity and evidence).</summary>
    public static bool UsesLedger(AchievementKind kind) => kind < AchievementKind.PledgeLoanInterest;

    public static AmountCalculation Compute(PolicyItem item, IReadOnlyList<(bool ServiceInvention, bool Foreign)> rights, decimal? quantity, decimal usedThisYear)
    {
        IReadOnlyList<decimal> units;
        decimal gross;
        if (UsesLedger(item.Kind))
        {
            units = [.. rights.Select(r => Fen(item.Amount
                * (r.ServiceInvention ? item.ServiceInventionMultiplier : 1m)
                * (r.Foreign ? item.ForeignMultiplier : 1m)))];
            gross = item.Mode == AmountMode.Fixed ? (units.Count == 0 ? 0m : units.Max()) : units.Sum();
        }
        else
        {
            units = [];
            gross = item.Mode == AmountMode.Fixed ? item.Amount : Fen(item.Amount * (quantity ?? 0m));
        }

        var amount = gross;
        var cap = AmountCap.None;
        if (item.PerApplicationCap is { } perApplication && amount > perApplication)
        {
            amount = perApplication;
            cap = AmountCap.PerApplication;
        }

        if (item.PerEnterpriseYearCap is { } perYear && amount > Math.Max(perYear - usedThisYear, 0m))
        {
            amount = Math.Max(perYear - usedThisYear, 0m);
            cap = AmountCap.PerEnterpriseYear;
        }

        return new AmountCalculation(units, gross, amount, cap);
    }

    private static decimal Fen(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
