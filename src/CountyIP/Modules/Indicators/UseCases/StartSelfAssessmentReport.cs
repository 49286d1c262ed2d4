using System.Text.Json;
using CountyIP.Modules.Indicators.UseCases.Reports;
using CountyIP.Platform.Jobs;

namespace CountyIP.Modules.Indicators.UseCases;

/// <summary>Queues the pilot's self-assessment report (issue 4 §5) for the current user.</summary>
public sealed record StartSelfAssessmentReportCommand(string? PlanId);

internal sealed class StartSelfAssessmentReportHandler(IJobQueue jobs)
{
    public Task<Guid> HandleAsync(StartSelfAssessmentReportCommand command, CancellationToken cancellationToken) =>
        jobs.EnqueueAsync(SelfAssessmentReportJob.KindName, JsonSerializer.Serialize(new SelfAssessmentPayload(command.PlanId), JsonSerializerOptions.Web), cancellationToken);
}
