using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Exports;
using CountyIP.Platform.Web;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>
/// The registry lists as .xlsx through the Platform export (issue 10 §5): the same filters and scope as each list, the
/// columns declared once here; streaming, the row cap and the audit record are the export's.
/// </summary>
internal sealed class RegistryExport(
    ListEnterprisesHandler enterprises,
    ListPatentsHandler patents,
    ListTrademarksHandler trademarks,
    ListCopyrightsHandler copyrights,
    ListStandardsProjectsHandler standards,
    ListServiceAgenciesHandler agencies,
    SpreadsheetExport export,
    IStringLocalizer<RegistryText> text,
    TimeProvider clock)
{
    private static readonly SpreadsheetColumn<Enterprise>[] EnterpriseColumns =
    [
        SpreadsheetColumn<Enterprise>.Text("Field_Name", e => e.Name),
        SpreadsheetColumn<Enterprise>.Text("Field_CreditCode", e => e.CreditCode),
        SpreadsheetColumn<Enterprise>.Enum("Field_Kind", e => e.Kind),
        SpreadsheetColumn<Enterprise>.Text("Field_UnitCode", e => e.UnitCode),
        SpreadsheetColumn<Enterprise>.Text("Field_Address", e => e.Address),
        SpreadsheetColumn<Enterprise>.Text("Field_IndustrySection", e => e.IndustrySection),
        SpreadsheetColumn<Enterprise>.Enum("Field_IndustryTags", e => e.IndustryTags),
        SpreadsheetColumn<Enterprise>.YesNo("Field_StrategicEmerging", e => e.StrategicEmerging),
        SpreadsheetColumn<Enterprise>.YesNo("Field_KeyIndustry", e => e.KeyIndustry),
        SpreadsheetColumn<Enterprise>.Text("Field_HighTechCertificateNumber", e => e.HighTechCertificateNumber),
        SpreadsheetColumn<Enterprise>.Date("Field_HighTechValidUntil", e => e.HighTechValidUntil),
        SpreadsheetColumn<Enterprise>.Number("Field_FullTimeIpStaff", e => e.FullTimeIpStaff),
        SpreadsheetColumn<Enterprise>.Number("Field_PartTimeIpStaff", e => e.PartTimeIpStaff),
    ];

    private static readonly SpreadsheetColumn<CopyrightRegistration>[] CopyrightColumns =
    [
        SpreadsheetColumn<CopyrightRegistration>.Enum("Field_CopyrightKind", c => c.Kind),
        SpreadsheetColumn<CopyrightRegistration>.Text("Field_RegistrationNumber", c => c.RegistrationNumber),
        SpreadsheetColumn<CopyrightRegistration>.Text("Field_CertificateNumber", c => c.CertificateNumber),
        SpreadsheetColumn<CopyrightRegistration>.Text("Field_Title", c => c.Title),
        SpreadsheetColumn<CopyrightRegistration>.Text("Field_OwnerName", c => c.OwnerName),
        SpreadsheetColumn<CopyrightRegistration>.Date("Field_RegisteredOn", c => c.RegisteredOn),
    ];

    private static readonly SpreadsheetColumn<StandardsProject>[] StandardColumns =
    [
        SpreadsheetColumn<StandardsProject>.Text("Field_StandardNumber", s => s.Number),
        SpreadsheetColumn<StandardsProject>.Text("Field_Title", s => s.Title),
        SpreadsheetColumn<StandardsProject>.Enum("Field_StandardLevel", s => s.Level),
        SpreadsheetColumn<StandardsProject>.Enum("Field_StandardRole", s => s.Role),
        SpreadsheetColumn<StandardsProject>.Enum("Field_StandardProjectKind", s => s.Kind),
        SpreadsheetColumn<StandardsProject>.Number("Field_StartYear", s => s.StartYear),
    ];

    private static readonly SpreadsheetColumn<ServiceAgency>[] AgencyColumns =
    [
        SpreadsheetColumn<ServiceAgency>.Text("Field_Name", a => a.Name),
        SpreadsheetColumn<ServiceAgency>.Text("Field_CreditCode", a => a.CreditCode),
        SpreadsheetColumn<ServiceAgency>.Enum("Field_AgencyKind", a => a.Kind),
        SpreadsheetColumn<ServiceAgency>.Text("Field_UnitCode", a => a.UnitCode),
        SpreadsheetColumn<ServiceAgency>.Date("Field_EstablishedOn", a => a.EstablishedOn),
        SpreadsheetColumn<ServiceAgency>.Date("Field_ClosedOn", a => a.ClosedOn),
        SpreadsheetColumn<ServiceAgency>.Text("Field_Services", a => a.Services),
    ];

    public Task<ExportFile> EnterprisesAsync(ListEnterprisesQuery query, CancellationToken ct) =>
        export.FromQueryAsync(Sheet("Menu_Enterprises", nameof(Enterprise), query, EnterpriseColumns), enterprises.Filter(query), ct);

    public Task<ExportFile> PatentsAsync(ListPatentsQuery query, CancellationToken ct)
    {
        var today = TimeDisplay.Today(clock);
        SpreadsheetColumn<Patent>[] columns =
        [
            SpreadsheetColumn<Patent>.Text("Field_ApplicationNumber", p => p.ApplicationNumber),
            SpreadsheetColumn<Patent>.Text("Field_Office", p => p.Office),
            SpreadsheetColumn<Patent>.Enum("Field_PatentType", p => p.Type),
            SpreadsheetColumn<Patent>.Text("Field_Title", p => p.Title),
            SpreadsheetColumn<Patent>.Text("Field_Applicants", p => string.Join(';', p.Applicants.OrderBy(a => a.Order).Select(a => a.Name))),
            SpreadsheetColumn<Patent>.Date("Field_FilingDate", p => p.FilingDate),
            SpreadsheetColumn<Patent>.Text("Field_PublicationNumber", p => p.PublicationNumber),
            SpreadsheetColumn<Patent>.Date("Field_GrantDate", p => p.GrantDate),
            SpreadsheetColumn<Patent>.Text("Field_IpcMain", p => p.IpcMain),
            // The recorded status comes first: re-importing the file reads the first column named for a field, and must
            // keep the recorded status rather than overwrite it with the derived one (ADR 0016).
            SpreadsheetColumn<Patent>.Enum("Field_RecordedStatus", p => p.LegalStatus),
            SpreadsheetColumn<Patent>.Enum("Field_LegalStatus", p => p.StatusOn(today, today).Status),
            SpreadsheetColumn<Patent>.YesNo("Field_ServiceInvention", p => p.ServiceInvention),
            SpreadsheetColumn<Patent>.YesNo("Field_InDistrict", p => p.FirstApplicantInDistrict),
            SpreadsheetColumn<Patent>.Text("Field_UnitCode", p => p.UnitCode),
            SpreadsheetColumn<Patent>.Text("Field_AgencyName", p => p.AgencyName),
        ];
        return export.FromQueryAsync(Sheet("Menu_Patents", nameof(Patent), query, columns), patents.Filter(query), ct);
    }

    public Task<ExportFile> TrademarksAsync(ListTrademarksQuery query, CancellationToken ct)
    {
        var today = TimeDisplay.Today(clock);
        SpreadsheetColumn<Trademark>[] columns =
        [
            SpreadsheetColumn<Trademark>.Text("Field_RegistrationNumber", t => t.RegistrationNumber),
            SpreadsheetColumn<Trademark>.Text("Field_Mark", t => t.Mark),
            SpreadsheetColumn<Trademark>.Text("Field_NiceClasses", t => t.NiceClasses),
            SpreadsheetColumn<Trademark>.Text("Field_OwnerName", t => t.OwnerName),
            SpreadsheetColumn<Trademark>.Date("Field_RegistrationDate", t => t.RegistrationDate),
            SpreadsheetColumn<Trademark>.Date("Field_ValidUntil", t => t.ValidUntil),
            SpreadsheetColumn<Trademark>.Enum("Field_RecordedTrademarkStatus", t => t.Status),
            SpreadsheetColumn<Trademark>.Enum("Field_TrademarkStatus", t => t.StatusOn(today, today).Status),
            SpreadsheetColumn<Trademark>.Text("Field_Recognitions", (t, names) => string.Join(';', t.Recognitions.Select(r => $"{names.Enum(r.Kind)} {r.Year}"))),
            SpreadsheetColumn<Trademark>.YesNo("Field_GeographicalIndication", t => t.GeographicalIndication),
        ];
        return export.FromQueryAsync(Sheet("Menu_Trademarks", nameof(Trademark), query, columns), trademarks.Filter(query), ct);
    }

    public Task<ExportFile> CopyrightsAsync(ListCopyrightsQuery query, CancellationToken ct) =>
        export.FromQueryAsync(Sheet("Menu_Copyrights", "Copyright", query, CopyrightColumns), copyrights.Filter(query), ct);

    public Task<ExportFile> StandardsAsync(ListStandardsProjectsQuery query, CancellationToken ct) =>
        export.FromQueryAsync(Sheet("Menu_Standards", nameof(StandardsProject), query, StandardColumns), standards.Filter(query), ct);

    public Task<ExportFile> AgenciesAsync(ListServiceAgenciesQuery query, CancellationToken ct) =>
        export.FromQueryAsync(Sheet("Menu_Agencies", nameof(ServiceAgency), query, AgencyColumns), agencies.Filter(query), ct);

    private SpreadsheetSheet<T> Sheet<T>(string titleKey, string entity, object query, SpreadsheetColumn<T>[] columns) =>
        new(text, text[titleKey], entity, null, query, columns);
}
