using CountyIP.Modules.Protection.Domain;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Exports;
using CountyIP.Platform.Web;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>
/// The case list as .xlsx, with the same filters and scope as the list, read page by page through the Platform export
/// (which records the export in the audit trail). Identity never leaves: only "anonymous"/"named" and the masked
/// mobile (PIPL minimisation).
/// </summary>
internal sealed class ExportCasesHandler(ListCasesHandler list, IReferenceDirectory directory, SpreadsheetExport export, IStringLocalizer<ProtectionText> text)
{
    public async Task<ExportFile> HandleAsync(ListCasesQuery query, CancellationToken cancellationToken)
    {
        var departments = await directory.ListDepartmentsAsync(activeOnly: false, cancellationToken);
        var anonymous = text["Cases_Anonymous"].Value;
        var named = text["Cases_Named"].Value;
        var notAssigned = text["Cases_NotAssigned"].Value;
        SpreadsheetColumn<CaseListItem>[] columns =
        [
            SpreadsheetColumn<CaseListItem>.Text("Field_Number", c => c.Number),
            SpreadsheetColumn<CaseListItem>.Enum("Field_Kind", c => c.Kind),
            SpreadsheetColumn<CaseListItem>.Enum("Field_Channel", c => c.Channel),
            SpreadsheetColumn<CaseListItem>.Text("Field_Respondent", c => c.Respondent),
            SpreadsheetColumn<CaseListItem>.Date("Field_ReceivedOn", c => c.ReceivedOn),
            SpreadsheetColumn<CaseListItem>.Text("Field_Complainant", c => c.IsAnonymous ? anonymous : c.MaskedContact ?? named),
            SpreadsheetColumn<CaseListItem>.Text("Field_LeadDepartment", c => c.LeadDepartment is null ? notAssigned : DepartmentNames.Of(departments, c.LeadDepartment)),
            SpreadsheetColumn<CaseListItem>.Enum("Field_State", c => c.State),
            SpreadsheetColumn<CaseListItem>.Date("Field_NextDue", c => c.NextDueDate),
            SpreadsheetColumn<CaseListItem>.YesNo("Cases_Overdue", c => c.IsOverdue),
        ];
        var sheet = new SpreadsheetSheet<CaseListItem>(text, text["Menu_Cases"], nameof(ProtectionCase), null, query, columns);
        return await export.FromPagesAsync(sheet, ListPageSize, async (page, size, ct) =>
        {
            var result = await list.HandleAsync(query with { Page = page, PageSize = size }, ct);
            return new PagedResult<CaseListItem>(result.Items, result.Total, result.Page, result.PageSize);
        }, cancellationToken);
    }

    /// <summary>The list handler's largest page.</summary>
    private const int ListPageSize = 200;
}
