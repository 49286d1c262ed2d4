using CountyIP.Platform.Audit;
using CsCheck;

namespace CountyIP.UnitTests.Audit;

public sealed class AuditMaskingTests
{
    [Theory]
    [InlineData("13812341234", MaskKind.Auto, "138****1234")]
    [InlineData("+8613812341234", MaskKind.Auto, "138****1234")]
    [InlineData("13812341234", MaskKind.Phone, "138****1234")]
    [InlineData("350102199001011234", MaskKind.Auto, "3501**********1234")]
    [InlineData("35010219900101123X", MaskKind.IdNumber, "3501**********123X")]
    [InlineData("张三", MaskKind.Auto, "***")]
    [InlineData("zhang@example.cn", MaskKind.Auto, "***")]
    [InlineData("13812341234", MaskKind.Text, "***")]
    [InlineData("12345", MaskKind.Phone, "***")]
    [InlineData("1234", MaskKind.IdNumber, "***")]
    public void Mask_Value_MatchesDomainMaskingRule(string value, MaskKind kind, string expected) =>
        AuditMasking.Mask(value, kind).ShouldBe(expected);

    [Fact]
    public void Mask_AnyMobileNumber_KeepsOnlyPrefixAndLastFour()
    {
        Gen.Long[13_000_000_000, 19_999_999_999].Sample(n =>
        {
            var text = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var masked = AuditMasking.Mask(text, MaskKind.Phone);
            masked.ShouldBe($"{text[..3]}****{text[^4..]}");
            masked.ShouldNotContain(text[3..7]);
        });
    }
}
