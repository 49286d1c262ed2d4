using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Web;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>
/// Exports a filtered list to .xlsx: rows stream from the database into MiniExcel (no full list in memory) and into a
/// temporary file that is deleted when the response has been sent. Each export is recorded in the audit trail.
/// </summary>
internal sealed class RegistryExport(
    ListEnterprisesHandler enterprises,
    ListPatentsHandler patents,
    ListTrademarksHandler trademarks,
    ListCopyrightsHandler copyrights,
    ListStandardsProjectsHandler standards,
    ListServiceAgenciesHandler agencies,
    IStringLocalizer<RegistryText> text,
    IStringLocalizer<SharedResource> shared,
    IServiceProvider services,
    TimeProvider clock)
{
    public Task<Stream> EnterprisesAsync(ListEnterprisesQuery query, CancellationToken ct) =>
        WriteAsync("Enterprise", enterprises.Filter(query).AsEnumerable().Select(e => Row(
            ("Field_Name", e.Name),
            ("Field_CreditCode", e.CreditCode),
            ("Field_Kind", Enum(e.Kind)),
            ("Field_UnitCode", e.UnitCode),
            ("Field_Address", e.Address),
            ("Field_IndustrySection", e.IndustrySection),
            ("Field_IndustryTags", Tags(e.IndustryTags)),
            ("Field_StrategicEmerging", YesNo(e.StrategicEmerging)),
            ("Field_KeyIndustry", YesNo(e.KeyIndustry)),
            ("Field_HighTechCertificateNumber", e.HighTechCertificateNumber),
            ("Field_HighTechValidUntil", e.HighTechValidUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Field_FullTimeIpStaff", e.FullTimeIpStaff),
            ("Field_PartTimeIpStaff", e.PartTimeIpStaff))), ct);

    public Task<Stream> PatentsAsync(ListPatentsQuery query, CancellationToken ct) =>
        WriteAsync("Patent", patents.Filter(query).AsEnumerable().Select(p => Row(
            ("Field_ApplicationNumber", p.ApplicationNumber),
            ("Field_Office", p.Office),
            ("Field_PatentType", Enum(p.Type)),
            ("Field_Title", p.Title),
            ("Field_Applicants", string.Join(';', p.Applicants.OrderBy(a => a.Order).Select(a => a.Name))),
            ("Field_FilingDate", Date(p.FilingDate)),
            ("Field_PublicationNumber", p.PublicationNumber),
            ("Field_GrantDate", Date(p.GrantDate)),
            ("Field_IpcMain", p.IpcMain),
            // The recorded status comes first: re-importing the file reads the first column named for a field, and must
            // keep the recorded status rather than overwrite it with the derived one (ADR 0016).
            ("Field_RecordedStatus", Enum(p.LegalStatus)),
            ("Field_LegalStatus", Enum(p.StatusOn(TimeDisplay.Today(clock), TimeDisplay.Today(clock)).Status)),
            ("Field_ServiceInvention", YesNo(p.ServiceInvention)),
            ("Field_InDistrict", YesNo(p.FirstApplicantInDistrict)),
            ("Field_UnitCode", p.UnitCode),
            ("Field_AgencyName", p.AgencyName))), ct);

    public Task<Stream> TrademarksAsync(ListTrademarksQuery query, CancellationToken ct) =>
        WriteAsync("Trademark", trademarks.Filter(query).AsEnumerable().Select(t => Row(
            ("Field_RegistrationNumber", t.RegistrationNumber),
            ("Field_Mark", t.Mark),
            ("Field_NiceClasses", t.NiceClasses),
            ("Field_OwnerName", t.OwnerName),
            ("Field_RegistrationDate", Date(t.RegistrationDate)),
            ("Field_ValidUntil", Date(t.ValidUntil)),
            ("Field_RecordedTrademarkStatus", Enum(t.Status)),
            ("Field_TrademarkStatus", Enum(t.StatusOn(TimeDisplay.Today(clock), TimeDisplay.Today(clock)).Status)),
            ("Field_Recognitions", string.Join(';', t.Recognitions.Select(r => $"{Enum(r.Kind)} {r.Year}"))),
            ("Field_GeographicalIndication", YesNo(t.GeographicalIndication)))), ct);

    public Task<Stream> CopyrightsAsync(ListCopyrightsQuery query, CancellationToken ct) =>
        WriteAsync("Copyright", copyrights.Filter(query).AsEnumerable().Select(c => Row(
            ("Field_CopyrightKind", Enum(c.Kind)),
            ("Field_RegistrationNumber", c.RegistrationNumber),
            ("Field_CertificateNumber", c.CertificateNumber),
            ("Field_Title", c.Title),
            ("Field_OwnerName", c.OwnerName),
            ("Field_RegisteredOn", Date(c.RegisteredOn)))), ct);

    public Task<Stream> StandardsAsync(ListStandardsProjectsQuery query, CancellationToken ct) =>
        WriteAsync("StandardsProject", standards.Filter(query).AsEnumerable().Select(s => Row(
            ("Field_StandardNumber", s.Number),
            ("Field_Title", s.Title),
            ("Field_StandardLevel", Enum(s.Level)),
            ("Field_StandardRole", Enum(s.Role)),
            ("Field_StandardProjectKind", Enum(s.Kind)),
            ("Field_StartYear", s.StartYear))), ct);

    public Task<Stream> AgenciesAsync(ListServiceAgenciesQuery query, CancellationToken ct) =>
        WriteAsync("ServiceAgency", agencies.Filter(query).AsEnumerable().Select(a => Row(
            ("Field_Name", a.Name),
            ("Field_CreditCode", a.CreditCode),
            ("Field_AgencyKind", Enum(a.Kind)),
            ("Field_UnitCode", a.UnitCode),
            ("Field_EstablishedOn", Date(a.EstablishedOn)),
            ("Field_ClosedOn", Date(a.ClosedOn)),
            ("Field_Services", a.Services))), ct);

    private async Task<Stream> WriteAsync(string entity, IEnumerable<Dictionary<string, object?>> rows, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"countyip-export-{Guid.NewGuid():N}.xlsx");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await file.SaveAsAsync(rows, printHeader: true, sheetName: entity, excelType: ExcelType.XLSX, cancellationToken: ct);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }

        if (services.GetService<IAuditTrail>() is { } audit)
        {
            await audit.RecordAsync(new AuditEvent(AuditActions.Export, AuditOutcome.Success, entity, null, "xlsx"), ct);
        }

        return file;
    }

    private Dictionary<string, object?> Row(params (string Key, object? Value)[] cells)
    {
        var row = new Dictionary<string, object?>(cells.Length, StringComparer.Ordinal);
        foreach (var (key, value) in cells)
        {
            row[Text(key)] = value;
        }

        return row;
    }

    /// <summary>
    /// Column headers and enum names are looked up once per export, not once per cell: a resource lookup walks the
    /// culture chain, and an export of the whole ledger has hundreds of thousands of cells (the service is scoped to
    /// the request, so one culture).
    /// </summary>
    private string Text(string key)
    {
        if (!texts.TryGetValue(key, out var value))
        {
            value = text[key];
            texts[key] = value;
        }

        return value;
    }

    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);

    private string Enum<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => Text(EnumNames.Key(value));

    private string YesNo(bool value) => shared[value ? "Common_Yes" : "Common_No"];

    private string Tags(PlanIndustry tags) =>
        string.Join('、', System.Enum.GetValues<PlanIndustry>().Where(t => t != PlanIndustry.None && tags.HasFlag(t)).Select(Enum));

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
