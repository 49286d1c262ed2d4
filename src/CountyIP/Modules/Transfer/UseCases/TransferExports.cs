using CountyIP.Modules.Transfer.Domain;
using CountyIP.Platform.Exports;
using CountyIP.Platform.Web;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Transfer.UseCases;

/// <summary>The filters of a Transfer list as its page and its export receive them (written into the export's audit record).</summary>
public sealed record TransferListFilter(int? Year, string? State, string? Kind, string? BankCode, string? Search, bool? Alert, bool? FromInstitution);

/// <summary>
/// The four lists (licences, pledges, assignments, projects) as .xlsx with the same filters and the same scope — read
/// page by page from the list handlers, so an enterprise exports only its own — through the Platform export, which
/// caps the rows and records the export in the audit trail (issue 16 §6).
/// </summary>
internal sealed class TransferExports(
    LicenceHandler licences, PledgeHandler pledges, AssignmentHandler assignments, ProjectHandler projects, SpreadsheetExport export, IStringLocalizer<TransferText> text)
{
    public Task<ExportFile> LicencesAsync(LicenceState? state, int? year, string? search, bool? alert, CancellationToken cancellationToken) => ExportAsync(
        text["Licences_Title"], nameof(LicenceContract), new TransferListFilter(year, state?.ToString(), null, null, search, alert, null),
        [
            SpreadsheetColumn<LicenceView>.Text("Field_LicensorId", l => l.LicensorName),
            SpreadsheetColumn<LicenceView>.Text("Field_LicenseeName", l => l.LicenseeName),
            SpreadsheetColumn<LicenceView>.Enum("Field_Kind", l => l.Kind),
            SpreadsheetColumn<LicenceView>.Text("Field_Territory", l => l.Territory.Length == 0 ? text["Licence_Nationwide"] : l.Territory),
            SpreadsheetColumn<LicenceView>.Text("Column_Patents", l => Numbers(l.Patents)),
            SpreadsheetColumn<LicenceView>.Date("Field_StartDate", l => l.StartDate),
            SpreadsheetColumn<LicenceView>.Date("Field_EndDate", l => l.EndDate),
            SpreadsheetColumn<LicenceView>.Date("Field_SignedOn", l => l.SignedOn),
            SpreadsheetColumn<LicenceView>.Money("Field_Royalty", l => l.Royalty),
            SpreadsheetColumn<LicenceView>.Enum("Column_State", l => l.State),
            SpreadsheetColumn<LicenceView>.Text("Field_FilingNumber", l => l.FilingNumber),
            SpreadsheetColumn<LicenceView>.Date("Field_FiledOn", l => l.FiledOn),
            SpreadsheetColumn<LicenceView>.YesNo("Licences_Late", l => l.FiledLate),
        ],
        (page, size, ct) => licences.ListAsync(state, year, search, alert, page, size, ct), cancellationToken);

    public Task<ExportFile> PledgesAsync(PledgeState? state, int? year, string? bankCode, bool? alert, CancellationToken cancellationToken) => ExportAsync(
        text["Pledges_Title"], nameof(Pledge), new TransferListFilter(year, state?.ToString(), null, bankCode, null, alert, null),
        [
            SpreadsheetColumn<PledgeView>.Text("Field_PledgorId", p => p.PledgorName),
            SpreadsheetColumn<PledgeView>.Text("Field_BankCode", p => p.BankName),
            SpreadsheetColumn<PledgeView>.Text("Pledges_Rights", p => Numbers(p.Rights)),
            SpreadsheetColumn<PledgeView>.Money("Field_Amount", p => p.Amount),
            SpreadsheetColumn<PledgeView>.Money("Field_Valuation", p => p.Valuation),
            SpreadsheetColumn<PledgeView>.Date("Field_StartDate", p => p.StartDate),
            SpreadsheetColumn<PledgeView>.Date("Field_EndDate", p => p.EndDate),
            SpreadsheetColumn<PledgeView>.Text("Field_RegistrationNumber", p => p.RegistrationNumber),
            SpreadsheetColumn<PledgeView>.Enum("Column_State", p => p.State),
            SpreadsheetColumn<PledgeView>.Date("Pledge_ReleasedOn", p => p.ReleasedOn),
        ],
        (page, size, ct) => pledges.ListAsync(state, year, bankCode, alert, page, size, ct), cancellationToken);

    public Task<ExportFile> AssignmentsAsync(int? year, bool? fromInstitution, CancellationToken cancellationToken) => ExportAsync(
        text["Assignments_Title"], nameof(Assignment), new TransferListFilter(year, null, null, null, null, null, fromInstitution),
        [
            SpreadsheetColumn<AssignmentView>.Date("AssignmentNew_Date", a => a.Date),
            SpreadsheetColumn<AssignmentView>.Text("Field_AssignorId", a => a.AssignorName),
            SpreadsheetColumn<AssignmentView>.Text("Field_AssigneeName", a => a.AssigneeName),
            SpreadsheetColumn<AssignmentView>.Text("Pledges_Rights", a => Numbers(a.Rights)),
            SpreadsheetColumn<AssignmentView>.Money("Field_Price", a => a.Price),
            SpreadsheetColumn<AssignmentView>.YesNo("Field_FromInstitution", a => a.FromInstitution),
        ],
        (page, size, ct) => assignments.ListAsync(year, fromInstitution, page, size, ct), cancellationToken);

    public Task<ExportFile> ProjectsAsync(ProjectKind? kind, ProjectState? state, int? year, bool? alert, CancellationToken cancellationToken) => ExportAsync(
        text["Projects_Title"], nameof(IndustrialisationProject), new TransferListFilter(year, state?.ToString(), kind?.ToString(), null, null, alert, null),
        [
            SpreadsheetColumn<ProjectView>.Text("Column_Enterprise", p => p.EnterpriseName),
            SpreadsheetColumn<ProjectView>.Text("Field_Title", p => p.Title),
            SpreadsheetColumn<ProjectView>.Enum("Field_Kind", p => p.Kind),
            SpreadsheetColumn<ProjectView>.Text("Field_Industry", p => p.Industry),
            SpreadsheetColumn<ProjectView>.Text("Column_Patents", p => string.Join("、", p.Patents.Select(r => r.Number).Concat(p.IntroducedPatents.Select(i => i.Number)))),
            SpreadsheetColumn<ProjectView>.Date("Field_StartDate", p => p.StartDate),
            SpreadsheetColumn<ProjectView>.Date("Field_PlannedEndDate", p => p.PlannedEndDate),
            SpreadsheetColumn<ProjectView>.Money("Field_Investment", p => p.Investment),
            SpreadsheetColumn<ProjectView>.Date("Field_SupportedOn", p => p.SupportedOn),
            SpreadsheetColumn<ProjectView>.Money("Field_SupportAmount", p => p.SupportAmount),
            SpreadsheetColumn<ProjectView>.Enum("Column_State", p => p.State),
            SpreadsheetColumn<ProjectView>.Date("Project_ConcludedOn", p => p.ConcludedOn),
        ],
        (page, size, ct) => projects.ListAsync(kind, state, year, alert, page, size, ct), cancellationToken);

    private Task<ExportFile> ExportAsync<T>(
        string title, string entity, TransferListFilter filter, SpreadsheetColumn<T>[] columns, Func<int, int, CancellationToken, Task<PagedResult<T>>> page, CancellationToken cancellationToken) =>
        export.FromPagesAsync(new SpreadsheetSheet<T>(text, title, entity, null, filter, columns), Paging.MaxPageSize, page, cancellationToken);

    private static string Numbers(IEnumerable<RightView> rights) => string.Join("、", rights.Select(r => r.Number));
}
