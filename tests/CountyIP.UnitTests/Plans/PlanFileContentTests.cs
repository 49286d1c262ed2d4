using CountyIP.Modules.Plans.Contracts;
using CountyIP.Modules.Plans.Domain;

namespace CountyIP.UnitTests.Plans;

/// <summary>plans/cangshan-2013.json against the source document (section 二(二)).</summary>
public sealed class PlanFileContentTests
{
    private static readonly string[] ExpectedIds =
    [
        "special-fund-ratio", "publicity-events", "training-person-times", "enterprises-in-contact", "service-invention-share",
        "enterprises-with-3-grants", "national-demo-units", "provincial-demo-enterprises", "municipal-demo-enterprises",
        "service-agencies", "agency-filed-share", "patent-database", "supported-industrialization-projects",
        "introduced-patent-projects", "patent-applications", "patent-grants", "invention-grants",
        "invention-applications-growth", "foreign-applications-growth", "trademark-applications", "well-known-trademarks",
        "famous-trademarks", "copyright-registrations", "standards-projects",
    ];

    private static PlanDefinition Load()
    {
        var (plan, errors) = PlanFile.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plans", "cangshan-2013.json")));
        errors.ShouldBeEmpty();
        return plan.ShouldNotBeNull();
    }

    private static string Source() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "source-2013.txt"));

    [Fact]
    public void Parse_Cangshan2013_HasHeaderOfThePlan()
    {
        var plan = Load();
        plan.Id.ShouldBe("cangshan-2013");
        plan.IssuingBody.Zh.ShouldBe("仓山区人民政府");
        plan.Issued.ShouldBe("2013-04");
        (plan.PilotFromYear, plan.PilotToYear).ShouldBe((2013, 2014));
        Source().ShouldContain(plan.Title.Zh);
    }

    [Fact]
    public void Parse_Cangshan2013_HasTheTwentyFourTargetsInOrder() =>
        Load().Targets.Select(t => t.Id).ShouldBe(ExpectedIds);

    [Fact]
    public void Parse_Cangshan2013_EveryClauseIsVerbatimInSource()
    {
        var source = Source();
        foreach (var target in Load().Targets)
        {
            source.ShouldContain(target.Clause, customMessage: target.Id);
        }
    }

    [Fact]
    public void Parse_Cangshan2013_EveryTargetIsInSectionTwoTwo() =>
        Load().Targets.ShouldAllBe(t => t.Section.StartsWith("二(二)", StringComparison.Ordinal));

    [Theory]
    [InlineData("special-fund-ratio", "0.0021", TargetPeriodKind.Ratio)]
    [InlineData("service-invention-share", "0.8", TargetPeriodKind.Ratio)]
    [InlineData("agency-filed-share", "0.75", TargetPeriodKind.Ratio)]
    [InlineData("training-person-times", "600", TargetPeriodKind.Annual)]
    [InlineData("patent-applications", "1800", TargetPeriodKind.AnnualAverage)]
    [InlineData("famous-trademarks", "18", TargetPeriodKind.CumulativeOverPilot)]
    public void Parse_Cangshan2013_NumericTargetsMatchTheClause(string id, string value, TargetPeriodKind periodKind)
    {
        var target = Load().Targets.Single(t => t.Id == id);
        target.TargetValue.ShouldBe(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        target.PeriodKind.ShouldBe(periodKind);
        target.Comparison.ShouldBe(TargetComparison.AtLeast);
    }

    [Fact]
    public void Parse_Cangshan2013_NonNumericTargetsHaveNoValue()
    {
        var targets = Load().Targets.ToDictionary(t => t.Id);
        targets["patent-database"].Comparison.ShouldBe(TargetComparison.Exists);
        targets["invention-applications-growth"].Comparison.ShouldBe(TargetComparison.Growth);
        targets["foreign-applications-growth"].Comparison.ShouldBe(TargetComparison.SteadyRise);
        targets["patent-database"].TargetValue.ShouldBeNull();
        targets["invention-applications-growth"].TargetValue.ShouldBeNull();
        targets["foreign-applications-growth"].TargetValue.ShouldBeNull();
    }
}
