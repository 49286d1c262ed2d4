using System.Globalization;
using CountyIP.Platform.Security;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CountyIP.UnitTests.Platform.Security;

/// <summary>Issue 2 §4 password policy: ≥10 characters, 3 of 4 classes, not containing the user name.</summary>
public sealed class PasswordPolicyTests
{
    private static readonly CountyIpPasswordValidator Validator = new(
        new StringLocalizer<SecurityText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    [Theory]
    [InlineData("Abcdefgh12")]
    [InlineData("abcdefgh1#")]
    [InlineData("ABCDEFGH1#")]
    [InlineData("Abcdefghi#")]
    [InlineData("正确Horse#Battery")]
    public void Validate_TenCharactersThreeClasses_Succeeds(string password) =>
        Validator.Validate("someone", password).Succeeded.ShouldBeTrue();

    [Theory]
    [InlineData("Abcdef12#")]
    [InlineData("")]
    public void Validate_ShorterThanTen_FailsTooShort(string password) =>
        Codes("someone", password).ShouldContain("PasswordTooShort");

    [Theory]
    [InlineData("abcdefghijk1")]
    [InlineData("ABCDEFGHIJK#")]
    [InlineData("abcdefghijklmn")]
    [InlineData("1234567890##")]
    public void Validate_TwoClassesOrFewer_FailsTooSimple(string password) =>
        Codes("someone", password).ShouldContain("PasswordTooSimple");

    [Theory]
    [InlineData("zhangsan", "Zhangsan#2026")]
    [InlineData("Admin", "my-admin-Pass1")]
    public void Validate_ContainsUserNameAnyCase_Fails(string userName, string password) =>
        Codes(userName, password).ShouldBe(["PasswordContainsUserName"]);

    [Fact]
    public void Validate_ChineseCulture_MessagesInChinese()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            Validator.Validate("someone", "short").Errors.First().Description.ShouldContain("密码长度至少为 10 个字符");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Generate_ManyOneTimePasswords_AllMeetPolicyForAnyUserName()
    {
        for (var i = 0; i < 500; i++)
        {
            var password = OneTimePassword.Generate();
            password.Length.ShouldBe(16);
            CountyIpPasswordValidator.CountClasses(password).ShouldBe(4);
            Validator.Validate("admin", password).Succeeded.ShouldBeTrue(password);
        }
    }

    [Fact]
    public void CreateToken_HashIsStableHexAndValueNotGuessableFromPrefix()
    {
        var value = ApiTokenValue.Create();

        value.ShouldStartWith("cip_");
        value.Length.ShouldBeGreaterThan(40);
        ApiTokenValue.Hash(value).ShouldBe(ApiTokenValue.Hash(value));
        ApiTokenValue.Hash(value).Length.ShouldBe(64);
        ApiTokenValue.Hash(value).ShouldNotBe(ApiTokenValue.Hash(ApiTokenValue.Create()));
        ApiTokenValue.PrefixOf(value).Length.ShouldBe(10);
    }

    private static string[] Codes(string userName, string password) =>
        [.. Validator.Validate(userName, password).Errors.Select(e => e.Code)];
}
