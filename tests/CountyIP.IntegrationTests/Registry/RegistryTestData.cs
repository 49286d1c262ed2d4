using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CountyIP.Modules.Registry.Api;
using CountyIP.Modules.Registry.Domain.Identifiers;

namespace CountyIP.IntegrationTests.Registry;

/// <summary>Valid identifiers made fresh for each test (each test creates its own data).</summary>
internal static class RegistryTestData
{
    private static int serial = Random.Shared.Next(1_000_000);

    /// <summary>Four random CJK characters: a search term no other test's record holds.</summary>
    public static string Word()
    {
        var bytes = Guid.NewGuid().ToByteArray();
        return string.Concat(Enumerable.Range(0, 4).Select(i => (char)(0x5000 + ((bytes[2 * i] << 8 | bytes[(2 * i) + 1]) % 0x3000))));
    }

    public static string CreditCode()
    {
        var n = Interlocked.Increment(ref serial);
        var body = string.Create(CultureInfo.InvariantCulture, $"91350104MA{n % 10_000_000:D7}");
        return body + UnifiedSocialCreditCode.CheckCharacter(body);
    }

    public static string PatentNumber(int year = 2013, char type = '1')
    {
        var n = Interlocked.Increment(ref serial);
        var body = string.Create(CultureInfo.InvariantCulture, $"{year}{type}{n % 10_000_000:D7}");
        return body + "." + PatentApplicationNumber.CheckCharacter(body);
    }

    public static string TrademarkNumber() => (10_000_000 + Interlocked.Increment(ref serial)).ToString(CultureInfo.InvariantCulture);

    public static string SoftwareNumber() => string.Create(CultureInfo.InvariantCulture, $"2014SR{Interlocked.Increment(ref serial) % 1_000_000:D6}");

    public static async Task<Guid> CreateAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        }

        return (await response.Content.ReadFromJsonAsync<CreatedId>(TestContext.Current.CancellationToken))!.Id;
    }

    public static object Enterprise(string name, string creditCode, string unit = "350104001") => new
    {
        name,
        creditCode,
        kind = "Enterprise",
        unitCode = unit,
        address = "福州市仓山区" + name,
        industrySection = "C",
        industryTags = "Electrical, NewEnergy",
        highTechCertificateNumber = "GR201335000123",
        highTechValidUntil = "2099-10-31",
        designations = new[] { new { level = "Provincial", kind = "Demonstration", title = "福建省知识产权示范企业", issuingBody = "福建省知识产权局", year = 2013, validUntil = "2099-12-31" } },
    };

    public static object Patent(string number, string applicant, string? creditCode = null, string? grantDate = "2014-05-07") => new
    {
        applicationNumber = number,
        title = "一种锂离子电池正极材料及其制备方法",
        applicants = new[] { new { name = applicant, creditCode } },
        inventors = "张三;李四",
        applicantAddress = "福建省福州市仓山区建新镇",
        filingDate = "2013-03-01",
        grantDate,
        ipcMain = "H01M4/131",
        ipcFurther = "H01M10/0525(2010.01);H01M4/36",
    };
}
