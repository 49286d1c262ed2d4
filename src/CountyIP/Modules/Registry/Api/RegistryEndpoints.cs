using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.UseCases;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CountyIP.Modules.Registry.Api;

/// <summary>Every route of the registry on one screen; thin adapters to the use-case handlers.</summary>
internal static class RegistryEndpoints
{
    public static IEndpointRouteBuilder MapRegistryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        var enterprises = api.MapGroup("/enterprises").WithTags("Enterprises").RequireAuthorization(RegistryPolicies.Read);
        var enterprisesEdit = api.MapGroup("/enterprises").WithTags("Enterprises").RequireAuthorization(RegistryPolicies.Edit);
        enterprises.MapGet("/", (ListEnterprisesHandler h, [AsParameters] ListEnterprisesQuery q, CancellationToken ct) => h.HandleAsync(q, ct))
            .WithSummary("Lists enterprises and institutions in the caller's scope (page, pageSize, filters).");
        enterprises.MapGet("/{id:guid}", async Task<Results<Ok<EnterpriseDetails>, NotFound>> (Guid id, GetEnterpriseHandler h, CancellationToken ct) =>
            await h.HandleAsync(new GetEnterpriseQuery(id), ct) is { } e ? TypedResults.Ok(e) : TypedResults.NotFound());
        enterprises.MapGet("/by-credit-code/{code}", async Task<Results<Ok<EnterpriseDetails>, NotFound>> (string code, GetEnterpriseHandler h, CancellationToken ct) =>
            await h.HandleAsync(new GetEnterpriseQuery(CreditCode: code), ct) is { } e ? TypedResults.Ok(e) : TypedResults.NotFound())
            .WithSummary("Finds an enterprise by unified social credit code (full-width, lower case and spaces accepted).");
        enterprises.MapGet("/{id:guid}/figures", async Task<Results<Ok<EnterpriseFigures>, NotFound>> (Guid id, GetEnterpriseFiguresHandler h, CancellationToken ct) =>
            await h.HandleAsync(new GetEnterpriseFiguresQuery(id), ct) is { } f ? TypedResults.Ok(f) : TypedResults.NotFound())
            .WithSummary("Patents by type and filing year, granted and valid counts, other rights of one enterprise.");
        enterprisesEdit.MapPost("/", async (EnterpriseInput input, CreateEnterpriseHandler h, CancellationToken ct) =>
            Created("enterprises", await h.HandleAsync(new CreateEnterpriseCommand(input), ct)));
        api.MapGroup("/enterprises").WithTags("Enterprises").RequireAuthorization(RegistryPolicies.EditEnterprise)
            .MapPut("/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, EnterpriseInput input, UpdateEnterpriseHandler h, CancellationToken ct) =>
                await h.HandleAsync(new UpdateEnterpriseCommand(id, input), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Updates an enterprise: bureau staff any, an Enterprise account only its own.");
        enterprisesEdit.MapPost("/{id:guid}/contact-log", async Task<Results<NoContent, NotFound>> (Guid id, LogEnterpriseContactCommand command, LogEnterpriseContactHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, command, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Adds a visit, call or service to the enterprise's contact log.");
        enterprises.MapGet("/{id:guid}/designations/{designationId:guid}/certificate", async Task<Results<FileStreamHttpResult, NotFound>> (Guid id, Guid designationId, GetDesignationCertificateHandler h, CancellationToken ct) =>
            await h.HandleAsync(new GetDesignationCertificateQuery(id, designationId), ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound())
            .WithSummary("Downloads a designation's certificate (PDF, JPEG or PNG) of an enterprise in the caller's scope.");
        enterprisesEdit.MapPost("/{id:guid}/designations", async Task<Results<Created<CreatedId>, NotFound>> (Guid id, DesignationInput input, AddDesignationHandler h, CancellationToken ct) =>
            await h.HandleAsync(new AddDesignationCommand(id, input), ct) is { } created
                ? TypedResults.Created($"/api/enterprises/{id}", new CreatedId(created))
                : TypedResults.NotFound())
            .WithSummary("Adds a designation (the certificate file is uploaded on the enterprise page).");
        enterprisesEdit.MapDelete("/{id:guid}/designations/{designationId:guid}", async Task<Results<NoContent, NotFound>> (Guid id, Guid designationId, RemoveDesignationHandler h, CancellationToken ct) =>
            await h.HandleAsync(new RemoveDesignationCommand(id, designationId), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Removes a designation and its certificate file.");
        enterprisesEdit.MapPost("/{id:guid}/designations/{designationId:guid}/revocation", async Task<Results<NoContent, NotFound>> (Guid id, Guid designationId, RevokeDesignationCommand command, RevokeDesignationHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, designationId, command, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Records that the issuing body revoked a designation (the first day without it and why); it stays on record. 409 when already revoked.");
        enterprises.MapGet("/export", async ([AsParameters] ListEnterprisesQuery q, RegistryExport export, CancellationToken ct) =>
            (await export.EnterprisesAsync(q, ct)).ToResult()).WithSummary("The filtered list as .xlsx.");
        enterprises.MapGet("/warnings", (RegistryWarningsHandler h, CancellationToken ct) => h.HandleAsync(ct))
            .WithSummary("Early warnings in the caller's scope: designations and high-tech certificates expiring within 6 months, strategic-emerging-industry enterprises holding no patent; each with its full count and first 50 entries.");

        var patents = api.MapGroup("/patents").WithTags("Patents").RequireAuthorization(RegistryPolicies.Read);
        var patentsEdit = api.MapGroup("/patents").WithTags("Patents").RequireAuthorization(RegistryPolicies.Edit);
        patents.MapGet("/", (ListPatentsHandler h, [AsParameters] ListPatentsQuery q, CancellationToken ct) => h.HandleAsync(q, ct))
            .WithSummary("Lists patents in the caller's scope (page, pageSize, filters).");
        patents.MapGet("/{id:guid}", async Task<Results<Ok<PatentDetails>, NotFound>> (Guid id, GetPatentHandler h, CancellationToken ct) =>
            await h.HandleAsync(new GetPatentQuery(id), ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound());
        patents.MapGet("/by-number/{applicationNumber}", async Task<Results<Ok<PatentDetails>, NotFound>> (string applicationNumber, GetPatentHandler h, CancellationToken ct) =>
            await h.HandleAsync(new GetPatentQuery(ApplicationNumber: applicationNumber), ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .WithSummary("Finds a CN patent by application number in any accepted form (CN/ZL prefix, spaces, no dot, full-width).");
        patentsEdit.MapPost("/", async (PatentInput input, CreatePatentHandler h, CancellationToken ct) =>
            Created("patents", await h.HandleAsync(new CreatePatentCommand(input), ct)));
        patentsEdit.MapPut("/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, PatentInput input, UpdatePatentHandler h, CancellationToken ct) =>
            await h.HandleAsync(new UpdatePatentCommand(id, input), ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        patents.MapGet("/export", async ([AsParameters] ListPatentsQuery q, RegistryExport export, CancellationToken ct) =>
            (await export.PatentsAsync(q, ct)).ToResult()).WithSummary("The filtered list as .xlsx.");

        patents.MapGet("/fee-calendar", (FeeCalendarHandler h, [AsParameters] FeeCalendarQuery q, CancellationToken ct) => h.HandleAsync(q, ct))
            .WithSummary("The next annual fee of each Chinese patent in force in the caller's scope, due within `days` (1-365, default 90) or in its grace period: patent year, due day, grace end, fee and what paying today costs.");
        patents.MapGet("/fee-calendar/export", async ([AsParameters] FeeCalendarQuery q, ExportFeeCalendarHandler h, CancellationToken ct) =>
            (await h.HandleAsync(q, ct)).ToResult()).WithSummary("The fee calendar as .xlsx (same filters and scope).");

        var search = api.MapGroup("/search").WithTags("Search").RequireAuthorization(RegistryPolicies.Read);
        search.MapGet("/patents", (SearchPatentsHandler h, [AsParameters] SearchPatentsQuery q, CancellationToken ct) => h.HandleAsync(q, ct))
            .WithSummary("Full-text search of the patents in the caller's scope: `q` (words AND, \"phrases\", OR, -exclude, ti: ab: pa: in: ag: no: ipc:), filters, facets, highlighted bibliographic results.");
        search.MapGet("/patents/export", async ([AsParameters] SearchPatentsQuery q, ExportPatentSearchHandler h, CancellationToken ct) =>
            (await h.HandleAsync(q, ct)).ToResult()).WithSummary("The search result as .xlsx, in result order (at most the export cap).");
        search.MapGet("/records", (SearchRecordsHandler h, [AsParameters] SearchRecordsQuery q, CancellationToken ct) => h.HandleAsync(q, ct))
            .WithSummary("Full-text search of trademarks, copyright registrations or enterprises (`kind`) in the caller's scope, with the patents' query language (ti: name, pa: holder, ab: detail, no: numbers): {items, total, page, pageSize}.");
        search.MapGet("/patents/analysis", (AnalyzePatentsHandler h, [AsParameters] SearchPatentsQuery q, CancellationToken ct) => h.HandleAsync(q, ct))
            .WithSummary("Analysis of the search result (same query, filters and scope): filings and grants by year, type and state mix, top applicants and IPC subclasses, units and industries.");
        search.MapGet("/patents/analysis/export", async ([AsParameters] SearchPatentsQuery q, ExportPatentAnalysisHandler h, CancellationToken ct) =>
            (await h.HandleAsync(q, ct)).ToResult()).WithSummary("The analysis as an .xlsx workbook, one sheet per table.");
        search.MapGet("/patents/analysis/brief", async ([AsParameters] SearchPatentsQuery q, PatentAnalysisBriefHandler h, CancellationToken ct) =>
            {
                var brief = await h.HandleAsync(q, ct);
                return TypedResults.File(brief.Content, "application/pdf", brief.FileName);
            })
            .WithSummary("The analysis as a Chinese PDF brief (专利分析简报): overview, yearly chart, mix, top applicants and IPC, units, industries, co-applicant pairs, definitions.");
        var watch = api.MapGroup("/watch-rules").WithTags("Search").RequireAuthorization(RegistryPolicies.Read);
        watch.MapGet("/", (ListWatchRulesHandler h, CancellationToken ct) => h.HandleAsync(ct))
            .WithSummary("The signed-in account's watch rules (saved searches evaluated on every import).");
        watch.MapPost("/", async (CreateWatchRuleCommand command, CreateWatchRuleHandler h, CancellationToken ct) =>
            TypedResults.Created($"/api/watch-rules", new CreatedId(await h.HandleAsync(command, ct))))
            .WithSummary("Saves a watch rule `{name, query}`; the query is checked as a search's. Each import notifies the owner once of its new matches.");
        watch.MapDelete("/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, DeleteWatchRuleHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Deletes one of the caller's watch rules.");
        api.MapGet("/portal/search/patents", (SearchPublicPatentsHandler h, [AsParameters] SearchPatentsQuery q, CancellationToken ct) => h.HandleAsync(q, ct))
            .WithTags("Portal").AllowAnonymous().RequireRateLimiting(RegistryPolicies.PortalSearchLimit)
            .WithSummary("Public search of the district's patents: bibliographic data only, rate limited per client.");
        api.MapGet("/portal/agencies", (ListPublicAgenciesHandler h, [AsParameters] PublicAgenciesQuery q, CancellationToken ct) => h.HandleAsync(q, ct))
            .WithTags("Portal").AllowAnonymous()
            .WithSummary("Service agencies open today, by name: what they are, where, what they offer ({items, total, page, pageSize}).");

        var trademarks = api.MapGroup("/trademarks").WithTags("Trademarks").RequireAuthorization(RegistryPolicies.Read);
        var trademarksEdit = api.MapGroup("/trademarks").WithTags("Trademarks").RequireAuthorization(RegistryPolicies.Edit);
        trademarks.MapGet("/", (ListTrademarksHandler h, [AsParameters] ListTrademarksQuery q, CancellationToken ct) => h.HandleAsync(q, ct));
        trademarks.MapGet("/{id:guid}", async Task<Results<Ok<TrademarkView>, NotFound>> (Guid id, GetTrademarkHandler h, CancellationToken ct) =>
            await h.HandleAsync(new GetTrademarkQuery(id), ct) is { } t ? TypedResults.Ok(t) : TypedResults.NotFound());
        trademarksEdit.MapPost("/", async (TrademarkInput input, CreateTrademarkHandler h, CancellationToken ct) =>
            Created("trademarks", await h.HandleAsync(new CreateTrademarkCommand(input), ct)));
        trademarksEdit.MapPut("/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, TrademarkInput input, UpdateTrademarkHandler h, CancellationToken ct) =>
            await h.HandleAsync(new UpdateTrademarkCommand(id, input), ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        trademarks.MapGet("/export", async ([AsParameters] ListTrademarksQuery q, RegistryExport export, CancellationToken ct) =>
            (await export.TrademarksAsync(q, ct)).ToResult()).WithSummary("The filtered list as .xlsx.");

        var copyrights = api.MapGroup("/copyrights").WithTags("Copyrights").RequireAuthorization(RegistryPolicies.Read);
        var copyrightsEdit = api.MapGroup("/copyrights").WithTags("Copyrights").RequireAuthorization(RegistryPolicies.Edit);
        copyrights.MapGet("/", (ListCopyrightsHandler h, [AsParameters] ListCopyrightsQuery q, CancellationToken ct) => h.HandleAsync(q, ct));
        copyrights.MapGet("/{id:guid}", async Task<Results<Ok<CopyrightView>, NotFound>> (Guid id, GetCopyrightHandler h, CancellationToken ct) =>
            await h.HandleAsync(new GetCopyrightQuery(id), ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound());
        copyrightsEdit.MapPost("/", async (CopyrightInput input, CreateCopyrightHandler h, CancellationToken ct) =>
            Created("copyrights", await h.HandleAsync(new CreateCopyrightCommand(input), ct)));
        copyrightsEdit.MapPut("/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, CopyrightInput input, UpdateCopyrightHandler h, CancellationToken ct) =>
            await h.HandleAsync(new UpdateCopyrightCommand(id, input), ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        copyrights.MapGet("/export", async ([AsParameters] ListCopyrightsQuery q, RegistryExport export, CancellationToken ct) =>
            (await export.CopyrightsAsync(q, ct)).ToResult()).WithSummary("The filtered list as .xlsx.");

        var standards = api.MapGroup("/standards").WithTags("Standards projects").RequireAuthorization(RegistryPolicies.Read);
        var standardsEdit = api.MapGroup("/standards").WithTags("Standards projects").RequireAuthorization(RegistryPolicies.Edit);
        standards.MapGet("/", (ListStandardsProjectsHandler h, [AsParameters] ListStandardsProjectsQuery q, CancellationToken ct) => h.HandleAsync(q, ct));
        standards.MapGet("/{id:guid}", async Task<Results<Ok<StandardsProjectView>, NotFound>> (Guid id, GetStandardsProjectHandler h, CancellationToken ct) =>
            await h.HandleAsync(new GetStandardsProjectQuery(id), ct) is { } s ? TypedResults.Ok(s) : TypedResults.NotFound());
        standardsEdit.MapPost("/", async (StandardsProjectInput input, CreateStandardsProjectHandler h, CancellationToken ct) =>
            Created("standards", await h.HandleAsync(new CreateStandardsProjectCommand(input), ct)));
        standardsEdit.MapPut("/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, StandardsProjectInput input, UpdateStandardsProjectHandler h, CancellationToken ct) =>
            await h.HandleAsync(new UpdateStandardsProjectCommand(id, input), ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        standards.MapGet("/export", async ([AsParameters] ListStandardsProjectsQuery q, RegistryExport export, CancellationToken ct) =>
            (await export.StandardsAsync(q, ct)).ToResult()).WithSummary("The filtered list as .xlsx.");

        var corrections = api.MapGroup("/corrections").WithTags("Corrections").RequireAuthorization(RegistryPolicies.ReadCorrections);
        var decide = api.MapGroup("/corrections").WithTags("Corrections").RequireAuthorization(RegistryPolicies.DecideCorrections);
        corrections.MapGet("/", (ListCorrectionsHandler h, [AsParameters] ListCorrectionsQuery q, CancellationToken ct) => h.HandleAsync(q, ct))
            .WithSummary("Corrections: bureau staff see the queue (status=Pending, oldest first), an enterprise its own.");
        corrections.MapGet("/{id:guid}", async Task<Results<Ok<CorrectionDetails>, NotFound>> (Guid id, GetCorrectionHandler h, CancellationToken ct) =>
            await h.HandleAsync(new GetCorrectionQuery(id), ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound());
        decide.MapPost("/{id:guid}/approve", async Task<Results<NoContent, NotFound>> (Guid id, ApproveCorrectionHandler h, CancellationToken ct) =>
            await h.HandleAsync(new ApproveCorrectionCommand(id), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Applies the proposed fields to the record; 409 when the record changed since the correction was submitted.");
        decide.MapPost("/{id:guid}/reject", async Task<Results<NoContent, NotFound>> (Guid id, RejectCorrectionRequest request, RejectCorrectionHandler h, CancellationToken ct) =>
            await h.HandleAsync(new RejectCorrectionCommand(id, request.Reason), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Rejects a pending correction with a reason the enterprise sees.");
        var submit = api.MapGroup("/").WithTags("Corrections").RequireAuthorization(RegistryPolicies.SubmitCorrections);
        submit.MapPost("/patents/{id:guid}/corrections", async Task<Results<Created<CreatedId>, NotFound>> (Guid id, PatentCorrectionRequest request, SubmitCorrectionHandler h, CancellationToken ct) =>
            Submitted(await h.HandleAsync(new SubmitCorrectionCommand(RightKind.Patent, id, request.Note, Patent: request.Proposed), ct)))
            .WithSummary("Proposes a correction of one of the caller's own patents (Enterprise accounts); bureau staff approve or reject it.");
        submit.MapPost("/trademarks/{id:guid}/corrections", async Task<Results<Created<CreatedId>, NotFound>> (Guid id, TrademarkCorrectionRequest request, SubmitCorrectionHandler h, CancellationToken ct) =>
            Submitted(await h.HandleAsync(new SubmitCorrectionCommand(RightKind.Trademark, id, request.Note, Trademark: request.Proposed), ct)))
            .WithSummary("Proposes a correction of one of the caller's own trademarks.");
        submit.MapPost("/copyrights/{id:guid}/corrections", async Task<Results<Created<CreatedId>, NotFound>> (Guid id, CopyrightCorrectionRequest request, SubmitCorrectionHandler h, CancellationToken ct) =>
            Submitted(await h.HandleAsync(new SubmitCorrectionCommand(RightKind.Copyright, id, request.Note, Copyright: request.Proposed), ct)))
            .WithSummary("Proposes a correction of one of the caller's own copyright registrations.");
        submit.MapPost("/standards/{id:guid}/corrections", async Task<Results<Created<CreatedId>, NotFound>> (Guid id, StandardCorrectionRequest request, SubmitCorrectionHandler h, CancellationToken ct) =>
            Submitted(await h.HandleAsync(new SubmitCorrectionCommand(RightKind.Standard, id, request.Note, Standard: request.Proposed), ct)))
            .WithSummary("Proposes a correction of one of the caller's own standards projects.");

        var agencies = api.MapGroup("/agencies").WithTags("Service agencies").RequireAuthorization(RegistryPolicies.ReadAgencies);
        var agenciesEdit = api.MapGroup("/agencies").WithTags("Service agencies").RequireAuthorization(RegistryPolicies.Edit);
        agencies.MapGet("/", (ListServiceAgenciesHandler h, [AsParameters] ListServiceAgenciesQuery q, CancellationToken ct) => h.HandleAsync(q, ct));
        agencies.MapGet("/{id:guid}", async Task<Results<Ok<ServiceAgencyView>, NotFound>> (Guid id, GetServiceAgencyHandler h, CancellationToken ct) =>
            await h.HandleAsync(new GetServiceAgencyQuery(id), ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound());
        agenciesEdit.MapPost("/", async (ServiceAgencyInput input, CreateServiceAgencyHandler h, CancellationToken ct) =>
            Created("agencies", await h.HandleAsync(new CreateServiceAgencyCommand(input), ct)));
        agenciesEdit.MapPut("/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, ServiceAgencyInput input, UpdateServiceAgencyHandler h, CancellationToken ct) =>
            await h.HandleAsync(new UpdateServiceAgencyCommand(id, input), ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        agencies.MapGet("/export", async ([AsParameters] ListServiceAgenciesQuery q, RegistryExport export, CancellationToken ct) =>
            (await export.AgenciesAsync(q, ct)).ToResult()).WithSummary("The filtered list as .xlsx.");

        return endpoints;
    }

    private static Results<Created<CreatedId>, NotFound> Submitted(Guid? id) =>
        id is { } created ? TypedResults.Created($"/api/corrections/{created}", new CreatedId(created)) : TypedResults.NotFound();

    private static Created<CreatedId> Created(string collection, Guid id) => TypedResults.Created($"/api/{collection}/{id}", new CreatedId(id));
}

/// <summary>Id of a created record (the Location header points at it).</summary>
public sealed record CreatedId(Guid Id);
