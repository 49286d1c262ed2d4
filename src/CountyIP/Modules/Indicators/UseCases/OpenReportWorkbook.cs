using System.Text.Json;
using CountyIP.Modules.Indicators.UseCases.Reports;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Files;
using CountyIP.Platform.Jobs;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>The workbook of a finished self-assessment job the caller started (jobs are private to their creator).</summary>
public sealed record OpenReportWorkbookQuery(Guid JobId);

internal sealed class OpenReportWorkbookHandler(IJobQueue jobs, IFileStore files, IAuditTrail audit)
{
    public async Task<(Stream Content, string FileName)?> HandleAsync(OpenReportWorkbookQuery query, CancellationToken cancellationToken)
    {
        if (await jobs.FindOwnAsync(query.JobId, cancellationToken) is not { Kind: SelfAssessmentReportJob.KindName, Status: JobStatus.Succeeded, ResultJson: { } json }
            || JsonSerializer.Deserialize<SelfAssessmentResult>(json, JsonSerializerOptions.Web) is not { } result
            || files.OpenRead(result.WorkbookKey) is not { } stream)
        {
            return null;
        }

        await audit.RecordAsync(new AuditEvent(AuditActions.Export, AuditOutcome.Success, "SelfAssessmentReport", query.JobId.ToString(), result.WorkbookName), cancellationToken);

        return (stream, result.WorkbookName);
    }
}
