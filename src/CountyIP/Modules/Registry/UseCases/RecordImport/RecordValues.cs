using System.Globalization;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;

namespace CountyIP.Modules.Registry.UseCases.RecordImport;

/// <summary>
/// The values of imported cells as Registry fields: lists, the date forms exports use, yes/no, and the choices
/// (patent type, legal status, kinds…) in the words CNIPA and CTMO exports write them, or the English names.
/// </summary>
internal static class RecordValues
{
    /// <summary>Splits a list cell on <c>;</c> or <c>；</c> (CNIPA exports join applicants and inventors so).</summary>
    public static IReadOnlyList<string> SplitList(string? value) =>
        string.IsNullOrEmpty(value)
            ? []
            : value.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>
    /// A date written as 2013-05-01, 2013/5/1, 2013.05.01, 2013年5月1日 or 20130501, or an Excel serial number (days
    /// since 1899-12-30; Excel's phantom 1900-02-29 makes serials below 61 one day off, which no filing date reaches).
    /// A year with a point and one or two digits (2013.5) is not taken as a serial: it reads as a mistyped date.
    /// </summary>
    public static bool TryParseDate(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var text = value.Trim();
        if (text.Length == 8 && text.All(char.IsAsciiDigit))
        {
            return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        if (IsPlainNumber(text) && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial))
        {
            if (serial is < 1 or >= 2958466)
            {
                return false;
            }

            date = ExcelEpoch.AddDays((int)Math.Floor(serial));
            return true;
        }

        // A date cell that also carries a time of day ("2013-05-01 00:00:00").
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            text = text[..space];
        }

        var parts = text.Split(['-', '/', '.', '年', '月', '日'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            && Set(new DateOnly(y, m, d), out date);
    }

    /// <summary>Digits with at most one decimal point and at most 7 integer digits: an Excel serial (a time of day after the point).</summary>
    private static bool IsPlainNumber(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integer = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? string.Empty : text[(dot + 1)..];
        return integer.Length is >= 1 and <= 7 && integer.All(char.IsAsciiDigit) && fraction.All(char.IsAsciiDigit)
            && (dot < 0 || fraction.Length > 2 || integer.Length != 4);
    }

    private static bool Set(DateOnly value, out DateOnly date)
    {
        date = value;
        return true;
    }

    /// <summary>Yes/no in the forms exports and people write (是/否, Y/N, true/false, 1/0, 有/无).</summary>
    public static bool? ParseYesNo(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "是" or "有" or "Y" or "YES" or "TRUE" or "1" or "√" => true,
        "否" or "无" or "N" or "NO" or "FALSE" or "0" => false,
        _ => null,
    };

    /// <summary>专利类型 as exports write it.</summary>
    public static PatentType? ParsePatentType(string? value) => value switch
    {
        null => null,
        _ when value.StartsWith("发明", StringComparison.Ordinal) || IsName(value, nameof(PatentType.Invention)) => PatentType.Invention,
        _ when value.StartsWith("实用新型", StringComparison.Ordinal) || IsName(value, nameof(PatentType.UtilityModel)) => PatentType.UtilityModel,
        _ when value.StartsWith("外观设计", StringComparison.Ordinal) || IsName(value, nameof(PatentType.Design)) => PatentType.Design,
        _ => null,
    };

    /// <summary>The enum name as written or as the English UI words it ("Utility model" for UtilityModel).</summary>
    private static bool IsName(string value, string name) => value.Replace(" ", "", StringComparison.Ordinal).Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>法律状态 as CNIPA exports word it (有效, 审中, 失效 with a reason…) or the English status name.</summary>
    public static PatentLegalStatus? ParseLegalStatus(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (Enum.TryParse<PatentLegalStatus>(value, ignoreCase: true, out var named) && Enum.IsDefined(named))
        {
            return named;
        }

        // Order matters: "全部无效" before "有效", "视为撤回" before generic words.
        return value switch
        {
            _ when value.Contains("无效", StringComparison.Ordinal) && !value.StartsWith("有效", StringComparison.Ordinal) => PatentLegalStatus.Invalidated,
            _ when value.Contains("驳回", StringComparison.Ordinal) => PatentLegalStatus.Rejected,
            _ when value.Contains("撤回", StringComparison.Ordinal) => PatentLegalStatus.Withdrawn,
            _ when value.Contains("届满", StringComparison.Ordinal) => PatentLegalStatus.Expired,
            _ when value.Contains("放弃", StringComparison.Ordinal) => PatentLegalStatus.Abandoned,
            _ when value.Contains("年费", StringComparison.Ordinal) || value.Contains("终止", StringComparison.Ordinal) || value.Contains("失效", StringComparison.Ordinal) => PatentLegalStatus.Lapsed,
            _ when value.Contains("有效", StringComparison.Ordinal) || value.Contains("授权", StringComparison.Ordinal) || value.Contains("维持", StringComparison.Ordinal) => PatentLegalStatus.Granted,
            _ when value.Contains('审', StringComparison.Ordinal) || value.Contains("公开", StringComparison.Ordinal) || value.Contains("申请", StringComparison.Ordinal) => PatentLegalStatus.Pending,
            _ => null,
        };
    }

    /// <summary>申请人类型: 单位 / 个人 (or the English kind name).</summary>
    public static ApplicantKind? ParseApplicantKind(string? value) => value switch
    {
        null => null,
        "单位" or "企业" or "机构" or "法人" => ApplicantKind.Organisation,
        "个人" or "自然人" => ApplicantKind.Individual,
        _ when Enum.TryParse<ApplicantKind>(value, ignoreCase: true, out var named) && Enum.IsDefined(named) => named,
        _ => null,
    };

    public static TrademarkStatus? ParseTrademarkStatus(string? value) => value switch
    {
        null => null,
        _ when Enum.TryParse<TrademarkStatus>(value, ignoreCase: true, out var named) && Enum.IsDefined(named) => named,
        _ when value.Contains("无效", StringComparison.Ordinal) => TrademarkStatus.Invalidated,
        _ when value.Contains("注销", StringComparison.Ordinal) || value.Contains("撤销", StringComparison.Ordinal) => TrademarkStatus.Cancelled,
        _ when value.Contains("过期", StringComparison.Ordinal) || value.Contains("届满", StringComparison.Ordinal) => TrademarkStatus.Expired,
        _ when value.Contains("注册", StringComparison.Ordinal) && !value.Contains("申请", StringComparison.Ordinal) => TrademarkStatus.Registered,
        _ when value.Contains("申请", StringComparison.Ordinal) || value.Contains('审', StringComparison.Ordinal) || value.Contains("公告", StringComparison.Ordinal) => TrademarkStatus.Pending,
        _ => null,
    };

    public static CopyrightKind? ParseCopyrightKind(string? value) => value switch
    {
        null => null,
        _ when value.Contains("软件", StringComparison.Ordinal) => CopyrightKind.Software,
        _ when value.Contains("作品", StringComparison.Ordinal) => CopyrightKind.Works,
        _ when Enum.TryParse<CopyrightKind>(value, ignoreCase: true, out var named) && Enum.IsDefined(named) => named,
        _ => null,
    };

    public static OrganisationKind? ParseOrganisationKind(string? value) => value switch
    {
        null => null,
        "企业" or "公司" => OrganisationKind.Enterprise,
        "高校" or "大学" or "高等院校" => OrganisationKind.University,
        "科研院所" or "研究所" or "研究院" => OrganisationKind.ResearchInstitute,
        "医院" => OrganisationKind.Hospital,
        _ when Enum.TryParse<OrganisationKind>(value, ignoreCase: true, out var named) && Enum.IsDefined(named) => named,
        _ => null,
    };

    public static EnterpriseSize? ParseSize(string? value) => value switch
    {
        null => null,
        _ when value.StartsWith('大') => EnterpriseSize.Large,
        _ when value.StartsWith('中') => EnterpriseSize.Medium,
        _ when value.StartsWith('小') => EnterpriseSize.Small,
        _ when value.StartsWith('微') => EnterpriseSize.Micro,
        _ when Enum.TryParse<EnterpriseSize>(value, ignoreCase: true, out var named) && Enum.IsDefined(named) => named,
        _ => null,
    };
}
