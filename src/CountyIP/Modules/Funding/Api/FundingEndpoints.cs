using CountyIP.Modules.Funding.UseCases;

namespace CountyIP.Modules.Funding.Api;

/// <summary>
/// Every route of the module on one screen. <paramref name="endpoints"/> is the platform's API group, which runs the
/// one validation path on every body (ADR 0018); each route names its policy (deny by default, docs/architecture.md
/// "Access") and calls one handler, never the DbContext (rule 3).
/// </summary>
internal static class FundingEndpoints
{
    public static IEndpointRouteBuilder MapFundingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/funding").WithTags("Special fund");

        api.MapGet("/years", async (int? page, int? pageSize, ListFiscalYearsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(page ?? 1, pageSize ?? 20, ct)))
            .RequireAuthorization(FundingPolicies.Read)
            .WithSummary("Fiscal years entered, latest first ({items, total, page, pageSize}).");

        api.MapGet("/years/{year:int}", async Task<IResult> (int year, GetFiscalYearHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(year, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.Read)
            .Produces<FiscalYearView>()
            .WithSummary("A fiscal year: the latest proposal, its approval state, the approved figures in force and the budget lines.");

        api.MapPut("/years/{year:int}", async (int year, EnterFiscalYearCommand command, EnterFiscalYearHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(year, command, ct)))
            .RequireAuthorization(FundingPolicies.ManageBudget)
            .WithSummary("Enters (or corrects) a year's general budget expenditure, special fund appropriation and budget lines; waits for another officer's approval.");

        api.MapPost("/years/{year:int}/approve", async Task<IResult> (int year, ApproveFiscalYearHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(year, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.ManageBudget)
            .Produces<FiscalYearView>()
            .WithSummary("Approves the year's pending figures; 409 when nothing is pending or the approver entered them.");

        return endpoints;
    }
}
