using System.Globalization;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Web.Validation;
using CountyIP.Modules.Registry.UseCases;

namespace CountyIP.UnitTests.Registry;

/// <summary>
/// Issue 10 item 1: the cross-field identifier rules are declared on the input types (IValidatableObject), so the one
/// validation path (API filter, page forms) answers them before any handler runs, in the user's language.
/// </summary>
public sealed class RegistryInputRulesTests
{
    private static readonly PatentInput ValidPatent = new()
    {
        ApplicationNumber = "201710601862.3",
        Title = "一种茶叶烘干装置",
        Applicants = [new ApplicantInput("福州某某科技有限公司")],
        FilingDate = new DateOnly(2017, 8, 1),
    };

    [Fact]
    public void Patent_Valid_NoErrors() =>
        InputValidation.Validate(ValidPatent).ShouldBeEmpty();

    [Fact]
    public void Patent_WrongCheckDigit_SaysTheExpectedOneInChinese()
    {
        var errors = InCulture("zh-CN", () => InputValidation.Validate(ValidPatent with { ApplicationNumber = "201710601862.4" }));

        errors.Keys.ShouldBe(["ApplicationNumber"]);
        errors["ApplicationNumber"].ShouldBe(["校验位“4”错误，正确的校验位应为 3。"]);
    }

    [Fact]
    public void Patent_TypeDisagreesWithTheNumber_ErrorOnType()
    {
        var errors = InCulture("en-US", () => InputValidation.Validate(ValidPatent with { Type = PatentType.Design }));

        errors.Keys.ShouldBe(["Type"]);
    }

    [Fact]
    public void Patent_ForeignOfficeWithoutType_TypeRequired()
    {
        var errors = InCulture("zh-CN", () => InputValidation.Validate(ValidPatent with { Office = "US", ApplicationNumber = "16/123,456" }));

        errors["Type"].ShouldBe(["必填。"]);
    }

    [Fact]
    public void Patent_NoApplicants_Required() =>
        InputValidation.Validate(ValidPatent with { Applicants = [] }).Keys.ShouldBe(["Applicants"]);

    [Fact]
    public void Copyright_WorksNumberForSoftware_ErrorOnNumber()
    {
        var input = new CopyrightInput
        {
            Kind = CopyrightKind.Software,
            RegistrationNumber = "国作登字-2021-L-00268255",
            Title = "茶园管理系统",
            OwnerName = "福州某某科技有限公司",
            RegisteredOn = new DateOnly(2021, 5, 6),
        };

        InputValidation.Validate(input).Keys.ShouldBe(["RegistrationNumber"]);
        InputValidation.Validate(input with { Kind = CopyrightKind.Works }).ShouldBeEmpty();
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
