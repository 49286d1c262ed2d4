using System.Text;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;

namespace CountyIP.Modules.Registry.Import.Domain;

/// <summary>A field an import fills and the headers (Chinese, as CNIPA and CTMO exports write them, and English) that name it.</summary>
public sealed record ImportColumn(string Field, bool Required, params string[] Headers);

/// <summary>Which column of a file feeds which field; headers nobody takes are reported and ignored.</summary>
public sealed class ColumnMap
{
    private readonly Dictionary<string, int> indexByField;
    private readonly Dictionary<string, string> headerByField;

    internal ColumnMap(Dictionary<string, int> indexByField, Dictionary<string, string> headerByField, IReadOnlyList<string> unknown, IReadOnlyList<ImportColumn> missing)
    {
        this.indexByField = indexByField;
        this.headerByField = headerByField;
        Unknown = unknown;
        Missing = missing;
    }

    public IReadOnlyList<string> Unknown { get; }

    public IReadOnlyList<ImportColumn> Missing { get; }

    public bool Has(string field) => indexByField.ContainsKey(field);

    public int? IndexOf(string field) => indexByField.TryGetValue(field, out var i) ? i : null;

    /// <summary>The header as the file wrote it, to name the column in a row's reasons.</summary>
    public string HeaderOf(string field) => headerByField.TryGetValue(field, out var h) ? h : field;
}

public static class ImportColumns
{
    public static class Patent
    {
        public const string Office = nameof(Office);
        public const string ApplicationNumber = nameof(ApplicationNumber);
        public const string FilingDate = nameof(FilingDate);
        public const string Type = nameof(Type);
        public const string Title = nameof(Title);
        public const string Applicants = nameof(Applicants);
        public const string ApplicantKind = nameof(ApplicantKind);
        public const string ApplicantCreditCode = nameof(ApplicantCreditCode);
        public const string ApplicantAddress = nameof(ApplicantAddress);
        public const string Inventors = nameof(Inventors);
        public const string PublicationNumber = nameof(PublicationNumber);
        public const string PublicationDate = nameof(PublicationDate);
        public const string GrantNumber = nameof(GrantNumber);
        public const string GrantDate = nameof(GrantDate);
        public const string IpcMain = nameof(IpcMain);
        public const string IpcFurther = nameof(IpcFurther);
        public const string AgencyName = nameof(AgencyName);
        public const string AgencyCode = nameof(AgencyCode);
        public const string LegalStatus = nameof(LegalStatus);
        public const string Abstract = nameof(Abstract);
        public const string ServiceInvention = nameof(ServiceInvention);
    }

    public static class Trademark
    {
        public const string RegistrationNumber = nameof(RegistrationNumber);
        public const string Mark = nameof(Mark);
        public const string NiceClasses = nameof(NiceClasses);
        public const string OwnerName = nameof(OwnerName);
        public const string OwnerCreditCode = nameof(OwnerCreditCode);
        public const string ApplicationDate = nameof(ApplicationDate);
        public const string RegistrationDate = nameof(RegistrationDate);
        public const string ValidUntil = nameof(ValidUntil);
        public const string Status = nameof(Status);
        public const string GeographicalIndication = nameof(GeographicalIndication);
    }

    public static class Copyright
    {
        public const string RegistrationNumber = nameof(RegistrationNumber);
        public const string Kind = nameof(Kind);
        public const string CertificateNumber = nameof(CertificateNumber);
        public const string Title = nameof(Title);
        public const string OwnerName = nameof(OwnerName);
        public const string OwnerCreditCode = nameof(OwnerCreditCode);
        public const string RegisteredOn = nameof(RegisteredOn);
    }

    public static class Enterprise
    {
        public const string Name = nameof(Name);
        public const string CreditCode = nameof(CreditCode);
        public const string Kind = nameof(Kind);
        public const string UnitCode = nameof(UnitCode);
        public const string Address = nameof(Address);
        public const string IndustrySection = nameof(IndustrySection);
        public const string Size = nameof(Size);
        public const string HighTechCertificateNumber = nameof(HighTechCertificateNumber);
        public const string HighTechValidUntil = nameof(HighTechValidUntil);
        public const string KeyIndustry = nameof(KeyIndustry);
        public const string HasIpManagementBody = nameof(HasIpManagementBody);
        public const string FullTimeIpStaff = nameof(FullTimeIpStaff);
        public const string PartTimeIpStaff = nameof(PartTimeIpStaff);
        public const string ContactPerson = nameof(ContactPerson);
    }

    // Issue 3 §3 lists the CNIPA search-export headers; the English names are those of the API's fields and of the
    // app's own English export (Application no., Publication no., Patent agency), so an export re-imports in either UI
    // language (issue 9).
    private static readonly ImportColumn[] PatentColumns =
    [
        new(Patent.ApplicationNumber, true, "申请号", "专利号", "申请号/专利号", "application number", "applicationnumber", "application no", "application no."),
        new(Patent.FilingDate, true, "申请日", "申请日期", "filing date", "filingdate", "application date"),
        new(Patent.Type, false, "专利类型", "类型", "patent type", "type"),
        new(Patent.Title, true, "名称", "发明名称", "专利名称", "标题", "title"),
        new(Patent.Applicants, true, "申请(专利权)人", "申请人", "专利权人", "申请人/专利权人", "applicants", "applicant"),
        new(Patent.ApplicantKind, false, "申请人类型", "applicant kind", "applicant type"),
        new(Patent.ApplicantCreditCode, false, "申请人统一社会信用代码", "统一社会信用代码", "applicant credit code", "credit code"),
        new(Patent.ApplicantAddress, false, "申请人地址", "地址", "applicant address", "address"),
        new(Patent.Inventors, false, "发明(设计)人", "发明人", "设计人", "inventors", "inventor"),
        new(Patent.PublicationNumber, false, "公开(公告)号", "公开号", "publication number", "publicationnumber", "publication no."),
        new(Patent.PublicationDate, false, "公开(公告)日", "公开日", "publication date", "publicationdate"),
        new(Patent.GrantNumber, false, "授权公告号", "grant number", "grantnumber"),
        new(Patent.GrantDate, false, "授权公告日", "授权日", "grant date", "grantdate"),
        new(Patent.IpcMain, false, "主分类号", "ipc主分类号", "ipc主分类", "main ipc", "ipc main", "ipcmain"),
        new(Patent.IpcFurther, false, "分类号", "ipc分类号", "ipc", "ipc further", "ipcfurther", "classification"),
        new(Patent.AgencyName, false, "代理机构", "专利代理机构", "agency", "agency name", "agencyname", "patent agency"),
        new(Patent.AgencyCode, false, "代理机构代码", "agency code", "agencycode"),
        new(Patent.LegalStatus, false, "记录的法律状态", "recorded legal status", "法律状态", "当前法律状态", "legal status", "legalstatus", "status"),
        new(Patent.Abstract, false, "摘要", "abstract"),
        new(Patent.ServiceInvention, false, "职务发明", "service invention", "serviceinvention"),
        new(Patent.Office, false, "受理局", "国别", "office"),
    ];

    private static readonly ImportColumn[] TrademarkColumns =
    [
        new(Trademark.RegistrationNumber, true, "注册号", "商标注册号", "申请/注册号", "申请号", "registration number", "registrationnumber"),
        new(Trademark.Mark, true, "商标", "商标名称", "mark"),
        new(Trademark.NiceClasses, true, "国际分类", "类别", "国际分类号", "nice classes", "niceclasses", "class", "classes"),
        new(Trademark.OwnerName, true, "注册人", "商标注册人", "申请人", "申请人名称", "owner", "owner name", "ownername"),
        new(Trademark.OwnerCreditCode, false, "统一社会信用代码", "owner credit code", "credit code"),
        new(Trademark.ApplicationDate, false, "申请日期", "申请日", "application date", "applicationdate"),
        new(Trademark.RegistrationDate, false, "注册日期", "注册公告日期", "注册日", "registration date", "registrationdate"),
        new(Trademark.ValidUntil, false, "专用权期限至", "有效期至", "专用权截止日", "valid until", "validuntil"),
        new(Trademark.Status, false, "记录的商标状态", "recorded trademark status", "商标状态", "状态", "status"),
        new(Trademark.GeographicalIndication, false, "地理标志", "geographical indication", "geographicalindication"),
    ];

    private static readonly ImportColumn[] CopyrightColumns =
    [
        new(Copyright.RegistrationNumber, true, "登记号", "软件登记号", "作品登记号", "registration number", "registrationnumber"),
        new(Copyright.Kind, false, "类别", "登记类别", "kind"),
        new(Copyright.CertificateNumber, false, "证书号", "登记证书号", "certificate number", "certificatenumber"),
        new(Copyright.Title, true, "软件名称", "作品名称", "名称", "软件全称", "title"),
        new(Copyright.OwnerName, true, "著作权人", "权利人", "著作权人名称", "owner", "owner name", "ownername"),
        new(Copyright.OwnerCreditCode, false, "统一社会信用代码", "owner credit code", "credit code"),
        new(Copyright.RegisteredOn, true, "登记日期", "登记日", "registered on", "registeredon", "registration date"),
    ];

    private static readonly ImportColumn[] EnterpriseColumns =
    [
        new(Enterprise.Name, true, "企业名称", "单位名称", "名称", "name"),
        new(Enterprise.CreditCode, true, "统一社会信用代码", "信用代码", "credit code", "creditcode"),
        new(Enterprise.Kind, false, "机构类型", "类型", "kind"),
        new(Enterprise.UnitCode, false, "所属单位", "所属单位代码", "乡镇街道", "unit", "unit code", "unitcode"),
        new(Enterprise.Address, false, "地址", "住所", "address"),
        new(Enterprise.IndustrySection, false, "行业门类", "国民经济行业门类", "industry section", "industrysection"),
        new(Enterprise.Size, false, "企业规模", "规模", "size"),
        new(Enterprise.HighTechCertificateNumber, false, "高新技术企业证书号", "high-tech certificate", "hightechcertificatenumber"),
        new(Enterprise.HighTechValidUntil, false, "高新技术企业有效期至", "high-tech valid until", "hightechvaliduntil"),
        new(Enterprise.KeyIndustry, false, "重点产业", "重点产业企业", "key industry", "keyindustry"),
        new(Enterprise.HasIpManagementBody, false, "知识产权管理机构", "ip management body", "hasipmanagementbody"),
        new(Enterprise.FullTimeIpStaff, false, "专职知识产权人员", "full-time ip staff", "fulltimeipstaff"),
        new(Enterprise.PartTimeIpStaff, false, "兼职知识产权人员", "part-time ip staff", "parttimeipstaff"),
        new(Enterprise.ContactPerson, false, "联系人", "contact person", "contactperson"),
    ];

    public static IReadOnlyList<ImportColumn> For(ImportKind kind) => kind switch
    {
        ImportKind.Patents => PatentColumns,
        ImportKind.Trademarks => TrademarkColumns,
        ImportKind.Copyrights => CopyrightColumns,
        _ => EnterpriseColumns,
    };

    /// <summary>Matches the file's headers to fields: spaces and case are ignored, full-width brackets count as half-width.</summary>
    public static ColumnMap Map(ImportKind kind, IReadOnlyList<string?> headers)
    {
        var columns = For(kind);
        var byHeader = new Dictionary<string, ImportColumn>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            foreach (var header in column.Headers)
            {
                byHeader[Key(header)] = column;
            }
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = CellText.Clean(headers[i]);
            if (header is null)
            {
                continue;
            }

            if (byHeader.TryGetValue(Key(header), out var column) && !index.ContainsKey(column.Field))
            {
                index[column.Field] = i;
                names[column.Field] = header;
            }
            else
            {
                unknown.Add(header);
            }
        }

        return new ColumnMap(index, names, unknown, [.. columns.Where(c => c.Required && !index.ContainsKey(c.Field))]);
    }

    private static string Key(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            var half = c switch
            {
                '（' => '(',
                '）' => ')',
                '／' => '/',
                _ => c,
            };
            if (!char.IsWhiteSpace(half) && half != '*')
            {
                builder.Append(char.ToLowerInvariant(half));
            }
        }

        return builder.ToString();
    }

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
