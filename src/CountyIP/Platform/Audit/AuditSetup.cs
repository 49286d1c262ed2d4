using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CountyIP.Platform.Audit;

/// <summary>The audit trail (issue 2, §5): write hook, event recorder, database protection, Auditor API.</summary>
public static class AuditSetup
{
    public static IServiceCollection AddCountyIpAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditActorProvider>();
        services.AddSingleton<IInterceptor, AuditSaveChangesInterceptor>();
        services.AddSingleton<IAuditTrail, AuditTrail>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        services.AddScoped<IDataSeeder, AuditIntegritySeeder>();
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<AuditLogQueries>();
        services.AddScoped<AuditExport>();
        return services;
    }

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.ReadAudit);

        group.MapGet("/", async ([AsParameters] AuditSearch search, int? page, int? pageSize, AuditLogQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.SearchAsync(search, page ?? 1, pageSize ?? 20, ct)))
            .WithSummary("Audit records matching the filters, newest first, one page at a time.");

        group.MapGet("/{sequence:long}", async Task<Results<Ok<AuditRecord>, NotFound>> (long sequence, AuditLogQueries queries, CancellationToken ct) =>
            await queries.FindAsync(sequence, ct) is { } record ? TypedResults.Ok(record) : TypedResults.NotFound())
            .WithSummary("One audit record with its before/after values and hashes.");

        group.MapGet("/verify", async (AuditChainVerifier verifier, CancellationToken ct) =>
            TypedResults.Ok(await verifier.VerifyAsync(ct)))
            .WithSummary("Walks the hash chain and reports the first broken link, if any.");

        group.MapGet("/export", async ([AsParameters] AuditSearch search, AuditExport export, CancellationToken ct) =>
            (await export.ExportAsync(search, ct)).ToResult()).WithSummary("The filtered audit list as an .xlsx workbook; the export is itself recorded.");

        return endpoints;
    }
}
