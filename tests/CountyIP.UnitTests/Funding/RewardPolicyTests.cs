using System.Globalization;
using CountyIP.Modules.Funding;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Modules.Funding.Pages;
using CountyIP.Modules.Funding.UseCases;
using CountyIP.Platform.Web.Validation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CountyIP.UnitTests.Funding;

/// <summary>
/// Reward policies (issue 12 §2): the amount rule in words as the pages show it, the shape of a draft (fen-exact amounts
/// and factors, caps not below the amount, unique codes, dates in order) and the versions of a series.
/// </summary>
public sealed class RewardPolicyTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc);
    private static readonly ResourceManagerStringLocalizerFactory Localizers = new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
    private static readonly StringLocalizer<FundingText> Text = new StringLocalizer<FundingText>(Localizers);

    private readonly CultureInfo culture = CultureInfo.CurrentUICulture;

    public RewardPolicyTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

    public void Dispose() => CultureInfo.CurrentUICulture = culture;

    private static PolicyItemView View(AchievementKind kind, AmountMode mode, decimal amount, decimal? perApplication = null, decimal? perYear = null, decimal service = 1m, decimal foreign = 1m) =>
        new(Guid.NewGuid(), "A1", "项目", kind, mode, amount, perApplication, perYear, service, foreign, BudgetUse.Subsidy);

    [Fact]
    public void Rule_PerUnitWithCapsAndFactors_ReadsAsTheDocumentDoes()
    {
        var invention = View(AchievementKind.InventionGrant, AmountMode.PerUnit, 3_000m, 20_000m, null, 1.5m, 2m);
        var pledge = View(AchievementKind.PledgeLoanInterest, AmountMode.PerUnit, 0.5m, null, 200_000m);
        var designation = View(AchievementKind.NationalDesignation, AmountMode.Fixed, 200_000m);

        PolicyFormat.Rule(invention, Text).ShouldBe("每件 3,000.00 元，每项申请上限 20,000.00 元，职务发明 ×1.5，境外或PCT申请 ×2");
        PolicyFormat.Rule(pledge, Text).ShouldBe("每元利息 0.50 元，每家企业每年上限 200,000.00 元");
        PolicyFormat.Rule(designation, Text).ShouldBe("定额 200,000.00 元");

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        PolicyFormat.Rule(invention, Text).ShouldBe("3,000.00 yuan per patent; at most 20,000.00 yuan per application; service invention ×1.5; foreign or PCT filing ×2");
        PolicyFormat.Rule(View(AchievementKind.Training, AmountMode.PerUnit, 200m), Text).ShouldBe("200.00 yuan per person-time");
    }

    [Fact]
    public void Rule_EveryKindHasItsUnitInBothLanguages()
    {
        foreach (var language in new[] { "zh-CN", "en-US" })
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            foreach (var kind in Enum.GetValues<AchievementKind>())
            {
                Text[$"Unit_{kind}"].ResourceNotFound.ShouldBeFalse($"Unit_{kind} in {language}");
            }
        }
    }

    [Fact]
    public void Draft_FenExactAmountsFactorsCapsCodesAndDates_AreCheckedUnderTheirFields()
    {
        var command = new DraftPolicyCommand
        {
            Name = "办法",
            DocumentNumber = "仓政综〔2013〕45号",
            EffectiveFrom = new DateOnly(2014, 1, 1),
            EffectiveTo = new DateOnly(2013, 12, 31),
            Items =
            [
                Input("A1", 5_000.001m),
                Input("B1", 500m, perApplication: 100m, service: 1.555m),
                Input("a1", 10m),
            ],
        };

        var errors = InputValidation.Validate(command);

        errors.Keys.ShouldBe(["Items[0].Amount", "Items[1].PerApplicationCap", "Items[1].ServiceInventionMultiplier"], ignoreOrder: true);
        errors["Items[1].PerApplicationCap"].ShouldBe(["上限不能低于金额 500.00。"]);

        command.Items = [Input("A1", 5_000m), Input("a1", 10m)];
        errors = InputValidation.Validate(command);
        errors.Keys.ShouldBe(["EffectiveTo", "Items[1].Code"], ignoreOrder: true);

        command.Items = [Input("A1", 5_000m, service: 10.5m), Input("A2", 0m)];
        InputValidation.Validate(command).Keys.ShouldBe(["Items[0].ServiceInventionMultiplier", "Items[1].Amount"], ignoreOrder: true);
    }

    [Fact]
    public void NextVersion_CopiesAPublishedVersionAfterTheSeriesLatest_NeverADraft()
    {
        var first = new RewardPolicy("办法", "仓政综〔2013〕45号", new DateOnly(2013, 1, 1), null,
            [new PolicyItem("A1", "发明", AchievementKind.InventionGrant, AmountMode.PerUnit, 3_000m, null, null, 1.5m, 1m, BudgetUse.Subsidy)], "alice", Now);

        Should.Throw<InvalidOperationException>(() => first.NextVersion("alice", Now));
        first.Publish("bob", Now);
        var third = first.NextVersion(3, "carol", Now);

        third.SeriesId.ShouldBe(first.SeriesId);
        third.Revision.ShouldBe(3);
        third.State.ShouldBe(PolicyState.Draft);
        third.DraftedBy.ShouldBe("carol");
        third.Items.Single().Code.ShouldBe("A1");
        third.Items.Single().Id.ShouldNotBe(first.Items.Single().Id);
        Should.Throw<InvalidOperationException>(() => first.NextVersion(1, "carol", Now));
        Should.Throw<InvalidOperationException>(() => first.Revise("改", "号", new DateOnly(2013, 1, 1), null, [], "alice", Now));
    }

    private static PolicyItemInput Input(string code, decimal amount, decimal? perApplication = null, decimal? service = null) => new()
    {
        Code = code,
        Name = "项目",
        Kind = AchievementKind.InventionGrant,
        Mode = AmountMode.PerUnit,
        Amount = amount,
        PerApplicationCap = perApplication,
        ServiceInventionMultiplier = service,
        Line = BudgetUse.Subsidy,
    };
}
