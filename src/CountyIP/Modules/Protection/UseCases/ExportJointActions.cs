using CountyIP.Modules.Protection.Domain;
using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Exports;
using CountyIP.Platform.Web;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>
/// The joint-action list as .xlsx with the same filters and scope, read page by page from the list handler through the
/// Platform export, which records the export in the audit trail.
/// </summary>
internal sealed class ExportJointActionsHandler(ListJointActionsHandler list, IReferenceDirectory directory, SpreadsheetExport export, IStringLocalizer<ProtectionText> text)
{
    public async Task<ExportFile> HandleAsync(ListJointActionsQuery query, CancellationToken cancellationToken)
    {
        var names = (await directory.ListDepartmentsAsync(activeOnly: false, cancellationToken)).ToDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);
        string Name(string code) => names.GetValueOrDefault(code, code);
        SpreadsheetColumn<JointActionView>[] columns =
        [
            SpreadsheetColumn<JointActionView>.Date("Enforcement_Date", a => a.Date),
            SpreadsheetColumn<JointActionView>.Text("Enforcement_ActionTitle", a => a.Title),
            SpreadsheetColumn<JointActionView>.Enum("Enforcement_Scope", a => a.Scope),
            SpreadsheetColumn<JointActionView>.Text("Enforcement_Lead", a => Name(a.LeadDepartment)),
            SpreadsheetColumn<JointActionView>.Text("Enforcement_Participants", a => string.Join("、", a.ParticipatingDepartments.Select(Name))),
            SpreadsheetColumn<JointActionView>.Number("Enforcement_Places", a => a.PlacesInspected),
            SpreadsheetColumn<JointActionView>.Number("Enforcement_CasesOpened", a => a.CasesOpened),
            SpreadsheetColumn<JointActionView>.Text("Enforcement_GoodsSeized", a => a.GoodsSeized),
            SpreadsheetColumn<JointActionView>.Money("Enforcement_GoodsValue", a => a.GoodsValue),
            SpreadsheetColumn<JointActionView>.Text("Enforcement_Results", a => a.Results),
            SpreadsheetColumn<JointActionView>.Text("Enforcement_LinkedCases", a => string.Join(", ", a.LinkedCases.Select(l => l.Number))),
        ];
        var sheet = new SpreadsheetSheet<JointActionView>(text, text["Menu_JointActions"], nameof(JointEnforcementAction), null, query, columns);
        return await export.FromPagesAsync(sheet, ListPageSize, async (page, size, ct) =>
        {
            var result = await list.HandleAsync(query with { Page = page, PageSize = size }, ct);
            return new PagedResult<JointActionView>(result.Items, result.Total, result.Page, result.PageSize);
        }, cancellationToken);
    }

    /// <summary>The list handler's largest page.</summary>
    private const int ListPageSize = 200;
}
