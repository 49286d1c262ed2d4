using CountyIP.Platform.Audit;
using CountyIP.Platform.Files;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CountyIP.Platform.Jobs;

public static class JobsSetup
{
    public static IServiceCollection AddCountyIpJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new JobOptions();
        configuration.GetSection("Jobs").Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<JobProgressRegistry>();
        services.AddSingleton<JobSignal>();
        services.AddSingleton<IFileStore, DiskFileStore>();
        services.AddScoped<IJobQueue, JobQueue>();
        services.AddSingleton<JobWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<JobWorker>());
        services.AddSingleton<RecurringJobScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<RecurringJobScheduler>());
        return services;
    }

    /// <summary>Registers a job handler; the worker picks it by <see cref="IJobHandler.Kind"/>.</summary>
    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services)
        where THandler : class, IJobHandler =>
        services.AddScoped<IJobHandler, THandler>();

    public static IEndpointRouteBuilder MapJobEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/jobs").WithTags("Jobs").RequireAuthorization(Policies.SignedIn);

        group.MapGet("/", async (int? page, int? pageSize, IJobQueue jobs, CancellationToken ct) =>
        {
            var size = Math.Clamp(pageSize ?? 20, 1, 100);
            var (items, total) = await jobs.ListOwnAsync(page ?? 1, size, ct);
            return TypedResults.Ok(new { total, page = page ?? 1, pageSize = size, items });
        }).WithSummary("The caller's background jobs, newest first.");

        group.MapGet("/{id:guid}", async Task<Results<Ok<JobView>, NotFound>> (Guid id, IJobQueue jobs, CancellationToken ct) =>
            await jobs.FindOwnAsync(id, ct) is { } job ? TypedResults.Ok(job) : TypedResults.NotFound())
            .WithSummary("Status, progress and result of one of the caller's jobs.");

        group.MapGet("/{id:guid}/file", async Task<Results<FileStreamHttpResult, NotFound>> (Guid id, IJobQueue jobs, [FromServices] IAuditTrail? audit, CancellationToken ct) =>
        {
            if (await jobs.OpenOwnFileAsync(id, ct) is not { } file)
            {
                return TypedResults.NotFound();
            }

            if (audit is not null)
            {
                await audit.RecordAsync(new AuditEvent(AuditActions.Export, AuditOutcome.Success, nameof(BackgroundJob), id.ToString(), file.FileName), ct);
            }

            return TypedResults.File(file.Content, ContentTypes.For(file.FileName), file.FileName);
        }).WithSummary("Downloads the file a finished job produced (report, error workbook).");

        return endpoints;
    }
}
