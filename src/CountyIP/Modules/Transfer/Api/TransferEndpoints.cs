using CountyIP.Modules.Transfer.Domain;
using CountyIP.Modules.Transfer.UseCases;
using CountyIP.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CountyIP.Modules.Transfer.Api;

/// <summary>
/// Every route of the module on one screen. <paramref name="endpoints"/> is the platform's API group, which runs the
/// one validation path on every body (ADR 0018); each route names its policy (deny by default, docs/architecture.md
/// "Access") and calls one handler, never the DbContext (rule 3). A failed pre-check is a 409 ProblemDetails whose
/// <c>code</c> names the rule (<c>right.not-owned</c>, <c>right.not-in-force</c>, <c>licence.exclusive-overlap</c>,
/// <c>pledge.already-pledged</c>, <c>pledge.outlasts-right</c>, <c>right.pledged</c>).
/// </summary>
internal static class TransferEndpoints
{
    public static IEndpointRouteBuilder MapTransferEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/transfer").WithTags("IP use and finance");

        api.MapGet("/banks", async (BankDirectory banks, CancellationToken ct) =>
            {
                var all = await banks.ListAsync(ct);
                return TypedResults.Ok(new PagedResult<BankView>(all, all.Count, 1, Math.Max(all.Count, 1)));
            })
            .RequireAuthorization(TransferPolicies.Read)
            .WithSummary("The banks the bureau lists for pledge financing, all on one page ({items: [{code, name}], total, page, pageSize}); kept on the code-lists page (list 'bank').");

        MapLicences(api);
        MapPledges(api);
        MapAssignments(api);
        MapProjects(api);
        return endpoints;
    }

    private static void MapLicences(RouteGroupBuilder api)
    {
        api.MapGet("/licences", (LicenceHandler h, LicenceState? state, int? year, string? search, bool? alert, int? page, int? pageSize, CancellationToken ct) =>
                h.ListAsync(state, year, search, alert, page ?? 1, pageSize ?? 50, ct))
            .RequireAuthorization(TransferPolicies.Read)
            .WithSummary("Licence contracts in the caller's scope, newest first ({items, total, page, pageSize}); filters state, year (of the effective date), search, alert (a patent no longer in force).");
        api.MapPost("/licences", async (LicenceInput input, LicenceHandler h, CancellationToken ct) =>
            {
                var created = await h.CreateAsync(input, ct);
                return TypedResults.Created($"/api/transfer/licences/{created.Id}", created);
            })
            .RequireAuthorization(TransferPolicies.File)
            .WithSummary("Submits a licence contract for filing {licensorId, licenseeId|licenseeName, patentIds, kind: Exclusive|Sole|Ordinary, territory, startDate, endDate, signedOn, royalty}: 201 {id, warnings} or 409 {code}.");
        api.MapGet("/licences/export", async (TransferExports h, LicenceState? state, int? year, string? search, bool? alert, CancellationToken ct) =>
                (await h.LicencesAsync(state, year, search, alert, ct)).ToResult())
            .RequireAuthorization(TransferPolicies.Read)
            .WithSummary("The licence list as .xlsx with the list's filters and scope.");
        api.MapGet("/licences/{id:guid}", async Task<Results<Ok<LicenceView>, NotFound>> (Guid id, LicenceHandler h, CancellationToken ct) =>
                await h.GetAsync(id, ct) is { } l ? TypedResults.Ok(l) : TypedResults.NotFound())
            .RequireAuthorization(TransferPolicies.Read)
            .WithSummary("One licence contract with its patents and filing.");
        api.MapPost("/licences/{id:guid}/file", async Task<Results<Ok<LicenceView>, NotFound>> (Guid id, LicenceFilingInput input, LicenceHandler h, CancellationToken ct) =>
                await h.FileAsync(id, input, ct) is { } l ? TypedResults.Ok(l) : TypedResults.NotFound())
            .RequireAuthorization(TransferPolicies.Review)
            .WithSummary("The bureau records the filing {filingNumber (generated when empty), filedOn}; later than 3 months after the effective date it is marked late.");
        api.MapPost("/licences/{id:guid}/change", async Task<Results<Ok<LicenceView>, NotFound>> (Guid id, LicenceChangeInput input, LicenceHandler h, CancellationToken ct) =>
                await h.ChangeAsync(id, input, ct) is { } l ? TypedResults.Ok(l) : TypedResults.NotFound())
            .RequireAuthorization(TransferPolicies.Review)
            .WithSummary("Records a change or an extension of a filing {endDate, territory, royalty, licenseeName, on, note}: the new term and territory are checked like a new contract's (term cut at a patent's end with a warning, 409 licence.exclusive-overlap); the old values stay in the filing's changes.");
        api.MapPost("/licences/{id:guid}/cancel", async Task<Results<Ok<LicenceView>, NotFound>> (Guid id, CancelInput input, LicenceHandler h, CancellationToken ct) =>
                await h.CancelAsync(id, input, ct) is { } l ? TypedResults.Ok(l) : TypedResults.NotFound())
            .RequireAuthorization(TransferPolicies.Review)
            .WithSummary("Cancels a filing {reason, on}; the patents are free for other exclusive licences from then.");
    }

    private static void MapPledges(RouteGroupBuilder api)
    {
        api.MapGet("/pledges", (PledgeHandler h, PledgeState? state, int? year, string? bankCode, bool? alert, int? page, int? pageSize, CancellationToken ct) =>
                h.ListAsync(state, year, bankCode, alert, page ?? 1, pageSize ?? 50, ct))
            .RequireAuthorization(TransferPolicies.Read)
            .WithSummary("Pledges in the caller's scope, newest first ({items, total, page, pageSize}); filters state, year, bankCode, alert (a right no longer in force).");
        api.MapPost("/pledges", async (PledgeInput input, PledgeHandler h, CancellationToken ct) =>
            {
                var created = await h.CreateAsync(input, ct);
                return TypedResults.Created($"/api/transfer/pledges/{created.Id}", created);
            })
            .RequireAuthorization(TransferPolicies.File)
            .WithSummary("Records a pledge {pledgorId, bankCode, patentIds, trademarkIds, amount, valuation, startDate, endDate, registrationNumber}: 201 {id} or 409 {code}.");
        api.MapGet("/pledges/export", async (TransferExports h, PledgeState? state, int? year, string? bankCode, bool? alert, CancellationToken ct) =>
                (await h.PledgesAsync(state, year, bankCode, alert, ct)).ToResult())
            .RequireAuthorization(TransferPolicies.Read)
            .WithSummary("The pledge list as .xlsx with the list's filters and scope.");
        api.MapGet("/pledges/figures", (PledgeFiguresHandler h, int? fromYear, int? toYear, CancellationToken ct) => h.GetAsync(fromYear, toYear, ct))
            .RequireAuthorization(TransferPolicies.Read)
            .WithSummary("Pledge loans and amounts per year, per bank and per plan industry of the pledgor, in the caller's scope; a loan counts in the year of its start date (fromYear, toYear; by default the years from the first loan to the last).");
        api.MapGet("/pledges/{id:guid}", async Task<Results<Ok<PledgeView>, NotFound>> (Guid id, PledgeHandler h, CancellationToken ct) =>
                await h.GetAsync(id, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .RequireAuthorization(TransferPolicies.Read)
            .WithSummary("One pledge with its rights.");
        api.MapPost("/pledges/{id:guid}/release", async Task<Results<Ok<PledgeView>, NotFound>> (Guid id, ReleaseInput input, PledgeHandler h, CancellationToken ct) =>
                await h.ReleaseAsync(id, input, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .RequireAuthorization(TransferPolicies.Review)
            .WithSummary("Releases a pledge {on}: its rights may be pledged again.");
    }

    private static void MapAssignments(RouteGroupBuilder api)
    {
        api.MapGet("/assignments", (AssignmentHandler h, int? year, bool? fromInstitution, int? page, int? pageSize, CancellationToken ct) =>
                h.ListAsync(year, fromInstitution, page ?? 1, pageSize ?? 50, ct))
            .RequireAuthorization(TransferPolicies.Read)
            .WithSummary("Assignments in the caller's scope, newest first ({items, total, page, pageSize}); filters year, fromInstitution.");
        api.MapPost("/assignments", async (AssignmentInput input, AssignmentHandler h, CancellationToken ct) =>
            {
                var created = await h.CreateAsync(input, ct);
                return TypedResults.Created($"/api/transfer/assignments/{created.Id}", created);
            })
            .RequireAuthorization(TransferPolicies.File)
            .WithSummary("Records an assignment {assignorId, assigneeId|assigneeName, patentIds, trademarkIds, date, price, fromInstitution}: 201 {id} or 409 {code}; from its date the assignee is the owner later checks see.");
        api.MapGet("/assignments/export", async (TransferExports h, int? year, bool? fromInstitution, CancellationToken ct) =>
                (await h.AssignmentsAsync(year, fromInstitution, ct)).ToResult())
            .RequireAuthorization(TransferPolicies.Read)
            .WithSummary("The assignment list as .xlsx with the list's filters and scope.");
        api.MapGet("/assignments/{id:guid}", async Task<Results<Ok<AssignmentView>, NotFound>> (Guid id, AssignmentHandler h, CancellationToken ct) =>
                await h.GetAsync(id, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .RequireAuthorization(TransferPolicies.Read)
            .WithSummary("One assignment with its rights.");
    }

    private static void MapProjects(RouteGroupBuilder api)
    {
        api.MapGet("/projects", (ProjectHandler h, ProjectKind? kind, ProjectState? state, int? year, bool? alert, int? page, int? pageSize, CancellationToken ct) =>
                h.ListAsync(kind, state, year, alert, page ?? 1, pageSize ?? 50, ct))
            .RequireAuthorization(TransferPolicies.ReadProjects)
            .WithSummary("Industrialisation projects in the caller's scope, newest first ({items, total, page, pageSize}); filters kind, state, year (of the start), alert (a patent no longer in force).");
        api.MapPost("/projects", async (ProjectInput input, ProjectHandler h, CancellationToken ct) =>
            {
                var created = await h.CreateAsync(input, ct);
                return TypedResults.Created($"/api/transfer/projects/{created.Id}", created);
            })
            .RequireAuthorization(TransferPolicies.File)
            .WithSummary("Records a project {enterpriseId, title, kind: Supported|Introduced|UniversityTransfer, patentIds, introducedPatents [{number, owner, via, recordId}], industry, startDate, plannedEndDate, investment, supportAmount, supportedOn, fundingApplicationId}: 201 {id} or 409 {code}.");
        api.MapGet("/projects/export", async (TransferExports h, ProjectKind? kind, ProjectState? state, int? year, bool? alert, CancellationToken ct) =>
                (await h.ProjectsAsync(kind, state, year, alert, ct)).ToResult())
            .RequireAuthorization(TransferPolicies.ReadProjects)
            .WithSummary("The project list as .xlsx with the list's filters and scope (a town liaison: its town's projects).");
        api.MapGet("/projects/{id:guid}", async Task<Results<Ok<ProjectView>, NotFound>> (Guid id, ProjectHandler h, CancellationToken ct) =>
                await h.GetAsync(id, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .RequireAuthorization(TransferPolicies.ReadProjects)
            .WithSummary("One project with its patents, milestones and yearly figures.");
        api.MapPost("/projects/{id:guid}/milestones", async Task<Results<Ok<ProjectView>, NotFound>> (Guid id, MilestoneInput input, ProjectHandler h, CancellationToken ct) =>
                await h.AddMilestoneAsync(id, input, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .RequireAuthorization(TransferPolicies.File)
            .WithSummary("Adds a milestone {title, dueOn}, reached already when doneOn and evidence are given.");
        api.MapPost("/projects/{id:guid}/milestones/{milestoneId:guid}/done", async Task<Results<Ok<ProjectView>, NotFound>> (Guid id, Guid milestoneId, MilestoneInput input, ProjectHandler h, CancellationToken ct) =>
                await h.CompleteMilestoneAsync(id, milestoneId, input, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .RequireAuthorization(TransferPolicies.File)
            .WithSummary("Marks a milestone reached {doneOn, evidence}.");
        api.MapPost("/projects/{id:guid}/years", async Task<Results<Ok<ProjectView>, NotFound>> (Guid id, YearReportInput input, ProjectHandler h, CancellationToken ct) =>
                await h.ReportYearAsync(id, input, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .RequireAuthorization(TransferPolicies.File)
            .WithSummary("Reports a year's figures {year, outputValue, sales, jobs}; a second report of the year replaces the first.");
        api.MapPost("/projects/{id:guid}/conclude", async Task<Results<Ok<ProjectView>, NotFound>> (Guid id, ConclusionInput input, ProjectHandler h, CancellationToken ct) =>
                await h.ConcludeAsync(id, input, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .RequireAuthorization(TransferPolicies.Review)
            .WithSummary("The bureau's acceptance {result: Accepted|Failed|Terminated, on, note}.");
    }
}
