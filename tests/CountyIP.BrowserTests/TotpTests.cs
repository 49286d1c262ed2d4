using CountyIP.BrowserTests.Infrastructure;

namespace CountyIP.BrowserTests;

/// <summary>The test's code generator must agree with RFC 6238 before journeys rely on it.</summary>
public sealed class TotpTests
{
    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    public void Code_Rfc6238Vector_MatchesLastSixDigits(long unixSeconds, string expected) =>
        Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(unixSeconds)).ShouldBe(expected);
}
