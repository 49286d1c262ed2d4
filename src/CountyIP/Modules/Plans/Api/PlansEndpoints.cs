using System.Text;
using CountyIP.Modules.Plans.Domain;
using CountyIP.Modules.Plans.UseCases;
using CountyIP.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Plans.Api;

internal static class PlansEndpoints
{
    public static IEndpointRouteBuilder MapPlansEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var read = endpoints.MapGroup("/api/plans").WithTags("Plans").RequireAuthorization(Policies.InternalUser);
        var write = endpoints.MapGroup("/api/plans").WithTags("Plans").RequireAuthorization(Policies.ManageReferenceData);

        read.MapGet("/", async (ListPlansHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
            .WithSummary("The plans loaded into the platform; the active one first.");

        read.MapGet("/active", async Task<Results<Ok<PlanDetail>, NotFound>> (GetPlanHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new GetPlanQuery(null), ct) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound())
            .WithSummary("The active plan with its targets.");

        read.MapGet("/{id}", async Task<Results<Ok<PlanDetail>, NotFound>> (string id, GetPlanHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new GetPlanQuery(id), ct) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound())
            .WithSummary("One plan with its targets, each with the clause it comes from.");

        write.MapPost("/", async Task<Results<Created<PlanSummary>, ValidationProblem>> (HttpRequest request, bool? activate, ImportPlanHandler handler, IStringLocalizer<PlansText> t, CancellationToken ct) =>
        {
            if (request.ContentLength > PlanFile.MaxBytes)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["$"] = [t["Plans_FileTooLarge"]] });
            }

            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var content = await reader.ReadToEndAsync(ct);
            var result = await handler.HandleAsync(new ImportPlanCommand(content, activate ?? false), ct);
            return result.Plan is { } plan
                ? TypedResults.Created($"/api/plans/{plan.Id}", plan)
                : TypedResults.ValidationProblem(PlanErrorText.ByField(t, result.Errors));
        })
            .Accepts<object>("application/json")
            .WithSummary("Imports a plan file (the JSON body); a file with any problem is refused with the fields named.");

        write.MapPost("/{id}/activate", async Task<Results<NoContent, NotFound>> (string id, ActivatePlanHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new ActivatePlanCommand(id), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Makes a plan the active one.");

        return endpoints;
    }
}
