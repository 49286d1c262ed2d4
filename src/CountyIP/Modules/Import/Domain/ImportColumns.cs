using System.Text;
using Copyright = CountyIP.Modules.Registry.Contracts.RecordFields.Copyright;
using Enterprise = CountyIP.Modules.Registry.Contracts.RecordFields.Enterprise;
using Patent = CountyIP.Modules.Registry.Contracts.RecordFields.Patent;
using Trademark = CountyIP.Modules.Registry.Contracts.RecordFields.Trademark;

namespace CountyIP.Modules.Import.Domain;

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
}
