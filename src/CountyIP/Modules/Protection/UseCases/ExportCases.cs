using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Audit;
using MiniExcel = MiniExcelLibs.MiniExcel;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>
/// The case list as a workbook, with the same filters and scope as the list. Identity never leaves: only
/// "anonymous"/"named" and the masked mobile (PIPL minimisation); each export is recorded in the audit trail.
/// </summary>
internal sealed class ExportCasesHandler(ListCasesHandler list, IReferenceDirectory directory, IStringLocalizer<ProtectionText> text, IAuditTrail audit)
{
    public async Task<MemoryStream> HandleAsync(ListCasesQuery query, CancellationToken cancellationToken)
    {
        var departments = await directory.ListDepartmentsAsync(activeOnly: false, cancellationToken);
        var rows = new List<Dictionary<string, object?>>();
        for (var page = 1; ; page++)
        {
            var result = await list.HandleAsync(query with { Page = page, PageSize = 200 }, cancellationToken);
            rows.AddRange(result.Items.Select(c => new Dictionary<string, object?>
            {
                [text["Field_Number"]] = c.Number,
                [text["Field_Kind"]] = text[$"Enum_CaseKind_{c.Kind}"].Value,
                [text["Field_Channel"]] = text[$"Enum_CaseChannel_{c.Channel}"].Value,
                [text["Field_Respondent"]] = c.Respondent,
                [text["Field_ReceivedOn"]] = c.ReceivedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                [text["Field_Complainant"]] = c.IsAnonymous ? text["Cases_Anonymous"].Value : c.MaskedContact ?? text["Cases_Named"].Value,
                [text["Field_LeadDepartment"]] = c.LeadDepartment is null ? text["Cases_NotAssigned"].Value : DepartmentNames.Of(departments, c.LeadDepartment),
                [text["Field_State"]] = text[$"Enum_CaseState_{c.State}"].Value,
                [text["Field_NextDue"]] = c.NextDueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                [text["Cases_Overdue"]] = c.IsOverdue ? "✓" : string.Empty,
            }));
            if (page * result.PageSize >= result.Total)
            {
                break;
            }
        }

        var stream = new MemoryStream();
        await MiniExcel.SaveAsAsync(stream, rows, cancellationToken: cancellationToken);
        stream.Position = 0;
        await audit.RecordAsync(new AuditEvent(AuditActions.Export, AuditOutcome.Success, "ProtectionCase", null, $"{rows.Count} cases"), cancellationToken);

        return stream;
    }
}
