using CountyIP.Modules.Funding.Domain;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Funding.UseCases;

/// <summary>What an application claims, checked and priced.</summary>
internal sealed record CheckedContents(RewardPolicy Policy, PolicyItem Item, EnterpriseRecord Enterprise, IReadOnlyList<ApplicationRight> Rights, decimal? Quantity, AmountCalculation Amount);

/// <summary>
/// The eligibility rules of issue 12 §2, evaluated against the ledger on the application's date, each with its own
/// message naming the rule (409; an unknown item or right is a field error, 400): the applicant is a registered
/// district enterprise; the policy is in force; each right is the enterprise's own (it is an applicant or the owner),
/// of the kind the item rewards, in force on the date, achieved within the policy's dates, and not claimed under the
/// same item by another application. Then the amount by the item's rule (<see cref="AmountRule"/>), with what the
/// enterprise's other applications under the item this year have already taken of the yearly cap.
/// </summary>
internal sealed class ApplicationEligibility(CountyIpDbContext db, IEnterpriseRegistry enterprises, IRightsLedger ledger, AbnormalFilings abnormal, IStringLocalizer<FundingText> text)
{
    public async Task<CheckedContents> CheckAsync(Guid enterpriseId, Guid itemId, IReadOnlyList<string>? rightIds, decimal? quantity, DateOnly date, Guid? applicationId, CancellationToken ct)
    {
        var policy = await db.Set<RewardPolicy>().AsNoTracking().FirstOrDefaultAsync(p => p.Items.Any(i => i.Id == itemId), ct)
            ?? throw InputValidationException.For(nameof(FileApplicationCommand.PolicyItemId), text["Error_UnknownPolicyItem"]);
        var item = policy.Items.First(i => i.Id == itemId);
        if (!policy.IsInForceOn(date))
        {
            throw new BusinessRuleException("funding.policy-not-in-force", text["Error_PolicyNotInForce", policy.Name, Money.Date(date)]);
        }

        if (await enterprises.FindAsync(enterpriseId, ct) is not { UnitCode: not null } enterprise)
        {
            throw new BusinessRuleException("funding.not-district-enterprise", text["Error_NotDistrictEnterprise"]);
        }

        var rights = new List<ApplicationRight>();
        if (AmountRule.UsesLedger(item.Kind))
        {
            rights.AddRange(await CheckRightsAsync(policy, item, enterpriseId, rightIds ?? [], date, applicationId, ct));
        }
        else if (quantity is not > 0)
        {
            throw InputValidationException.For(nameof(FileApplicationCommand.Quantity), text["Error_QuantityRequired"]);
        }

        var year = date.Year;
        var seriesId = policy.SeriesId;
        var code = item.Code;
        var used = await db.Set<FundingApplication>()
            .Where(a => a.EnterpriseId == enterpriseId && a.PolicySeriesId == seriesId && a.ItemCode == code && a.Year == year && a.Id != applicationId)
            .Where(a => a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Returned
                && a.Status != ApplicationStatus.Withdrawn && a.Status != ApplicationStatus.Rejected)
            .Select(a => a.Amount).ToListAsync(ct);
        var amount = AmountRule.Compute(item, [.. rights.Select(r => (r.ServiceInvention, r.Foreign))], AmountRule.UsesLedger(item.Kind) ? null : quantity, used.Sum());
        if (amount.Amount <= 0)
        {
            throw new BusinessRuleException("funding.cap-reached", text["Error_YearCapReached", Money.Format(item.PerEnterpriseYearCap ?? 0m)]);
        }

        var priced = rights.Select((r, i) => r with { UnitAmount = amount.UnitAmounts[i] }).ToList();
        return new CheckedContents(policy, item, enterprise, priced, AmountRule.UsesLedger(item.Kind) ? null : quantity, amount);
    }

    private async Task<IEnumerable<ApplicationRight>> CheckRightsAsync(RewardPolicy policy, PolicyItem item, Guid enterpriseId, IReadOnlyList<string> ids, DateOnly date, Guid? applicationId, CancellationToken ct)
    {
        var keys = ids.Select(id => KeyOf(item.Kind, id)).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            throw InputValidationException.For(nameof(FileApplicationCommand.RightIds), text["Error_NoRights"]);
        }

        var found = (await ledger.FindAsync(keys, enterpriseId, date, ct)).ToDictionary(r => r.Key, StringComparer.Ordinal);
        if (keys.FirstOrDefault(k => !found.ContainsKey(k)) is { } missing)
        {
            throw InputValidationException.For(nameof(FileApplicationCommand.RightIds), text["Error_UnknownRight", missing]);
        }

        // A patent notified as an abnormal filing earns nothing (《关于规范申请专利行为的办法》; issue 12 §4).
        await abnormal.EnsureNoneAsync(found.Values.Where(r => r.Kind == LedgerRightKind.Patent && !r.Foreign).Select(r => r.Number), ct);
        var checkedRights = new List<ApplicationRight>();
        foreach (var key in keys)
        {
            var right = found[key];
            if (!right.Held)
            {
                throw new BusinessRuleException("funding.right-not-own", text["Error_RightNotOwn", right.Number]);
            }

            if (!Matches(item.Kind, right))
            {
                throw new BusinessRuleException("funding.right-wrong-kind", text["Error_RightWrongKind", right.Number, text[EnumNames.Key(item.Kind)]]);
            }

            if (!right.InForce)
            {
                throw new BusinessRuleException("funding.right-not-in-force", text["Error_RightNotInForce", right.Number, Money.Date(date)]);
            }

            if (right.AchievedOn is not { } achieved || !policy.Covers(achieved))
            {
                throw new BusinessRuleException("funding.outside-policy-window", text["Error_OutsidePolicyWindow", right.Number,
                    right.AchievedOn is { } on ? Money.Date(on) : "—", Money.Date(policy.EffectiveFrom),
                    policy.EffectiveTo is { } to ? Money.Date(to) : text["Policy_OpenEnded"]]);
            }

            var claim = RightClaim.KeyOf(policy.SeriesId, item.Code, key);
            if (await db.Set<RightClaim>().AnyAsync(c => c.Key == claim && c.ApplicationId != applicationId, ct))
            {
                throw new BusinessRuleException("funding.right-claimed", text["Error_RightClaimed", right.Number]);
            }

            checkedRights.Add(new ApplicationRight(key, right.Number, right.Title, right.Category, right.AchievedOn, right.ServiceInvention, right.Foreign, 0m)
            {
                LedgerId = right.Kind == LedgerRightKind.Patent ? right.Id : null,
            });
        }

        return checkedRights;
    }

    /// <summary>A right named by its id (a patent, mark or standards project) or by its ledger key (a designation).</summary>
    public static string KeyOf(AchievementKind kind, string id)
    {
        var trimmed = id.Trim();
        if (!Guid.TryParse(trimmed, out var guid))
        {
            return trimmed;
        }

        return kind switch
        {
            AchievementKind.WellKnownMark => $"mark:{guid:D}:WellKnown",
            AchievementKind.FamousMark => $"mark:{guid:D}:Famous",
            AchievementKind.StandardLed or AchievementKind.StandardJoined => $"standard:{guid:D}",
            _ => $"patent:{guid:D}",
        };
    }

    /// <summary>The ledger kind and sort an item kind rewards.</summary>
    public static (LedgerRightKind Kind, Func<LedgerRight, bool> Test) LedgerFilter(AchievementKind kind) => kind switch
    {
        AchievementKind.InventionGrant => (LedgerRightKind.Patent, r => !r.Foreign && r.Category == "Invention"),
        AchievementKind.UtilityModelGrant => (LedgerRightKind.Patent, r => !r.Foreign && r.Category == "UtilityModel"),
        AchievementKind.DesignGrant => (LedgerRightKind.Patent, r => !r.Foreign && r.Category == "Design"),
        AchievementKind.ForeignFiling => (LedgerRightKind.Patent, r => r.Foreign),
        AchievementKind.NationalDesignation => (LedgerRightKind.Designation, r => r.Category == "National"),
        AchievementKind.ProvincialDesignation => (LedgerRightKind.Designation, r => r.Category == "Provincial"),
        AchievementKind.MunicipalDesignation => (LedgerRightKind.Designation, r => r.Category == "Municipal"),
        AchievementKind.WellKnownMark => (LedgerRightKind.TrademarkRecognition, r => r.Category == "WellKnown"),
        AchievementKind.FamousMark => (LedgerRightKind.TrademarkRecognition, r => r.Category == "Famous"),
        AchievementKind.StandardLed => (LedgerRightKind.StandardsProject, r => r.Category == "Lead"),
        AchievementKind.StandardJoined => (LedgerRightKind.StandardsProject, r => r.Category == "Participate"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a ledger kind"),
    };

    private static bool Matches(AchievementKind kind, LedgerRight right)
    {
        var (ledgerKind, test) = LedgerFilter(kind);
        return right.Kind == ledgerKind && test(right);
    }
}
