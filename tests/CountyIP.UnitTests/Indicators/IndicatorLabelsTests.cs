using System.Globalization;
using System.Text.Json;
using CountyIP.Modules.Indicators.UseCases;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Calculators;

namespace CountyIP.UnitTests.Indicators;

/// <summary>Names instead of codes in the indicators (issue 9): plan industries and the plan's counting units.</summary>
public sealed class IndicatorLabelsTests
{
    [Fact]
    public void IndustryCode_EveryPlanIndustry_IsAnEntryOfTheShippedIndustryTagList()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ReferenceData", "dictionaries.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var codes = document.RootElement.GetProperty("lists").EnumerateArray()
            .Single(l => l.GetProperty("kind").GetString() == "industry-tag")
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();

        var mapped = Enum.GetValues<PlanIndustry>().Where(i => i != PlanIndustry.None).Select(RegistryIndicatorLabels.IndustryCode).ToList();

        mapped.ShouldBe(codes, ignoreOrder: true);
        RegistryIndicatorLabels.IndustryCode(PlanIndustry.NewEnergy).ShouldBe("new-energy");
    }

    [Theory]
    [InlineData("zh-CN", "家", "家")]
    [InlineData("en-US", "家", "organisations")]
    [InlineData("en-US", "人次", "person-times")]
    [InlineData("en-US", "%", "")]
    [InlineData("en-US", "吨", "吨")]
    public void UnitText_PlanUnit_InTheUiLanguage(string culture, string unit, string expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            IndicatorFormat.UnitText(unit).ShouldBe(expected);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
