using System.Text.Json.Nodes;
using CountyIP.Modules.Plans.Domain;

namespace CountyIP.UnitTests.Plans;

/// <summary>A bad plan file is refused with the field named (issue 2 §7).</summary>
public sealed class PlanFileValidationTests
{
    private static JsonObject Valid() => JsonNode.Parse("""
        {
          "id": "test-plan",
          "title": { "zh": "测试方案", "en": "Test plan" },
          "issuingBody": { "zh": "仓山区人民政府", "en": "Cangshan District People's Government" },
          "issued": "2013-04",
          "pilotYears": { "from": 2013, "to": 2014 },
          "targets": [
            { "id": "a", "section": "二(二)1", "name": { "zh": "甲", "en": "A" }, "clause": "甲", "unit": "件", "comparison": "at-least", "targetValue": 5, "periodKind": "annual" },
            { "id": "b", "section": "二(二)2", "name": { "zh": "乙", "en": "B" }, "clause": "乙", "unit": "%", "comparison": "at-least", "targetValue": 0.8, "periodKind": "ratio" },
            { "id": "c", "section": "二(二)3", "name": { "zh": "丙", "en": "C" }, "clause": "丙", "unit": "件", "comparison": "growth", "targetValue": null, "periodKind": "trend" },
            { "id": "d", "section": "二(二)4", "name": { "zh": "丁", "en": "D" }, "clause": "丁", "unit": "项", "comparison": "exists", "periodKind": "milestone" }
          ]
        }
        """)!.AsObject();

    private static IReadOnlyList<PlanFileError> Errors(JsonObject plan)
    {
        var (result, errors) = PlanFile.Parse(plan.ToJsonString());
        if (errors.Count > 0)
        {
            result.ShouldBeNull();
        }

        return errors;
    }

    private static JsonObject Target(JsonObject plan, int index) => plan["targets"]![index]!.AsObject();

    [Fact]
    public void Parse_ValidFile_ReturnsPlanWithoutErrors()
    {
        var (plan, errors) = PlanFile.Parse(Valid().ToJsonString());
        errors.ShouldBeEmpty();
        plan.ShouldNotBeNull().Targets.Count.ShouldBe(4);
    }

    [Fact]
    public void Parse_UnknownPeriodKind_NamesFieldAndValue()
    {
        var plan = Valid();
        Target(plan, 3)["periodKind"] = "yearly";
        Errors(plan).Select(e => e.ToString()).ShouldBe(["targets[3].periodKind: unknown value 'yearly'"]);
    }

    [Fact]
    public void Parse_UnknownComparison_NamesField()
    {
        var plan = Valid();
        Target(plan, 0)["comparison"] = "more-than";
        Errors(plan).ShouldHaveSingleItem().ShouldBe(new PlanFileError("targets[0].comparison", PlanFileErrorCode.UnknownValue, "more-than"));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("issued")]
    [InlineData("targets")]
    [InlineData("title")]
    [InlineData("pilotYears")]
    public void Parse_MissingTopLevelField_NamesIt(string field)
    {
        var plan = Valid();
        plan.Remove(field);
        Errors(plan).ShouldHaveSingleItem().ShouldBe(new PlanFileError(field, PlanFileErrorCode.Required));
    }

    [Theory]
    [InlineData("section")]
    [InlineData("clause")]
    [InlineData("unit")]
    [InlineData("comparison")]
    [InlineData("periodKind")]
    [InlineData("id")]
    public void Parse_MissingTargetField_NamesIt(string field)
    {
        var plan = Valid();
        Target(plan, 2).Remove(field);
        Errors(plan).ShouldHaveSingleItem().ShouldBe(new PlanFileError($"targets[2].{field}", PlanFileErrorCode.Required));
    }

    [Fact]
    public void Parse_MissingEnglishName_NamesNestedField()
    {
        var plan = Valid();
        Target(plan, 1)["name"]!.AsObject().Remove("en");
        Errors(plan).ShouldHaveSingleItem().Field.ShouldBe("targets[1].name.en");
    }

    [Fact]
    public void Parse_BlankClause_IsEmptyError()
    {
        var plan = Valid();
        Target(plan, 1)["clause"] = "   ";
        Errors(plan).ShouldHaveSingleItem().ShouldBe(new PlanFileError("targets[1].clause", PlanFileErrorCode.Empty));
    }

    [Fact]
    public void Parse_DuplicateTargetId_NamesSecondOccurrence()
    {
        var plan = Valid();
        Target(plan, 2)["id"] = "a";
        Errors(plan).ShouldHaveSingleItem().ShouldBe(new PlanFileError("targets[2].id", PlanFileErrorCode.Duplicate, "a"));
    }

    [Fact]
    public void Parse_PilotYearsReversed_NamesTo()
    {
        var plan = Valid();
        plan["pilotYears"] = new JsonObject { ["from"] = 2014, ["to"] = 2013 };
        var error = Errors(plan).ShouldHaveSingleItem();
        error.Field.ShouldBe("pilotYears.to");
        error.Code.ShouldBe(PlanFileErrorCode.OutOfOrder);
    }

    [Fact]
    public void Parse_PilotYearNotNumber_IsWrongType()
    {
        var plan = Valid();
        plan["pilotYears"]!["from"] = "2013";
        Errors(plan).ShouldHaveSingleItem().ShouldBe(new PlanFileError("pilotYears.from", PlanFileErrorCode.WrongType, "a whole number"));
    }

    [Fact]
    public void Parse_IssuedNotYearMonth_IsInvalidFormat()
    {
        var plan = Valid();
        plan["issued"] = "April 2013";
        Errors(plan).ShouldHaveSingleItem().ShouldBe(new PlanFileError("issued", PlanFileErrorCode.InvalidFormat, "YYYY-MM"));
    }

    [Fact]
    public void Parse_RatioGivenAsPercentage_IsOutOfRange()
    {
        var plan = Valid();
        Target(plan, 1)["targetValue"] = 80;
        var error = Errors(plan).ShouldHaveSingleItem();
        error.Field.ShouldBe("targets[1].targetValue");
        error.Code.ShouldBe(PlanFileErrorCode.OutOfRange);
    }

    [Fact]
    public void Parse_AtLeastWithoutValue_RequiresTargetValue()
    {
        var plan = Valid();
        Target(plan, 0).Remove("targetValue");
        Errors(plan).ShouldHaveSingleItem().ShouldBe(new PlanFileError("targets[0].targetValue", PlanFileErrorCode.Required));
    }

    [Fact]
    public void Parse_TargetValueAsText_IsWrongType()
    {
        var plan = Valid();
        Target(plan, 0)["targetValue"] = "5";
        Errors(plan).ShouldHaveSingleItem().Field.ShouldBe("targets[0].targetValue");
    }

    [Fact]
    public void Parse_EmptyTargets_IsEmptyError()
    {
        var plan = Valid();
        plan["targets"] = new JsonArray();
        Errors(plan).ShouldHaveSingleItem().ShouldBe(new PlanFileError("targets", PlanFileErrorCode.Empty));
    }

    [Fact]
    public void Parse_IdWithCapitals_IsInvalidFormat()
    {
        var plan = Valid();
        plan["id"] = "Cangshan 2013";
        Errors(plan).ShouldHaveSingleItem().Field.ShouldBe("id");
    }

    [Fact]
    public void Parse_NotJson_ReportsInvalidJson() =>
        PlanFile.Parse("{ \"id\": ").Errors.ShouldHaveSingleItem().Code.ShouldBe(PlanFileErrorCode.InvalidJson);

    [Fact]
    public void Parse_SeveralProblems_ReportsEach()
    {
        var plan = Valid();
        Target(plan, 0)["periodKind"] = "yearly";
        Target(plan, 3)["clause"] = "";
        plan.Remove("issued");
        Errors(plan).Select(e => e.Field).ShouldBe(["issued", "targets[0].periodKind", "targets[3].clause"], ignoreOrder: true);
    }
}
