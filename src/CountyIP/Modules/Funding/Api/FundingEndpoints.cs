using CountyIP.Modules.Funding.UseCases;
using CountyIP.Platform.Web.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

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

        api.MapGet("/years/{year:int}/execution", async Task<IResult> (int year, GetBudgetExecutionHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(year, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.Read)
            .Produces<BudgetExecutionView>()
            .WithSummary("The year's budget execution: summary (appropriated, committed, paid, to pay, remaining, rates, enterprises supported, invention-patent share) and the breakdowns by month, budget line, policy item, unit and industry, each with its total row; 404 when nothing was entered for the year.");

        api.MapGet("/years/{year:int}/execution/export", async Task<IResult> (int year, ExportBudgetExecutionHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(year, ct) is { } file ? file.ToResult() : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.Read)
            .WithSummary("The year's budget execution as .xlsx: one sheet per breakdown, each with its total row.");

        MapPolicies(api);
        MapApplications(api);
        MapPaymentBatches(api);
        MapRecovery(api);

        // The public notice (公示) on the portal: anyone may read it and object while it runs (issue 12 §3).
        var notice = endpoints.MapGroup("/api/portal/funding/notice").WithTags("Special fund portal").AllowAnonymous();
        notice.MapGet("/", async (int? page, int? pageSize, ListNoticeHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(page, pageSize, ct)))
            .WithSummary("Awards on public notice today: enterprise, item, amount and the notice's dates (no personal data).");
        notice.MapPost("/{id:guid}/objections", async Task<IResult> (Guid id, ObjectionCommand command, ObjectHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, command, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireRateLimiting(FundingPolicies.ObjectionLimit)
            .WithSummary("Objects to a noticed award with a reason; holds the application until staff decide. 409 when the notice has ended.");
        return endpoints;
    }

    private static void MapPolicies(RouteGroupBuilder api)
    {
        api.MapGet("/policies", async ([AsParameters] ListPoliciesQuery query, ListPoliciesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(FundingPolicies.ReadPolicies)
            .WithSummary("Reward policy versions, latest start first; state=Draft|Published|Superseded, inForceOn=yyyy-MM-dd. Enterprises and towns see published ones only.");

        api.MapGet("/policies/{id:guid}", async Task<IResult> (Guid id, GetPolicyHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.ReadPolicies)
            .Produces<PolicyView>()
            .WithSummary("A policy version with its items (amount rule, caps, factors, budget line) and its series' versions; 404 for a draft or superseded one to enterprises and towns.");

        api.MapPost("/policies", async (DraftPolicyCommand command, DraftPolicyHandler handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(command, ct);
                return TypedResults.Created($"/api/funding/policies/{created.Id}", created);
            })
            .RequireAuthorization(FundingPolicies.ManagePolicies)
            .WithSummary("Drafts the first version of a new policy with its items → {id}.");

        api.MapPut("/policies/{id:guid}", async Task<IResult> (Guid id, RevisePolicyCommand command, RevisePolicyHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, command, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.ManagePolicies)
            .Produces<PolicyView>()
            .WithSummary("Replaces a draft's fields and items; 409 when it is not a draft or changed since the version sent.");

        api.MapPost("/policies/{id:guid}/publish", async Task<IResult> (Guid id, PublishPolicyCommand? command, PublishPolicyHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, command ?? new PublishPolicyCommand(), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.ManagePolicies)
            .Produces<PolicyView>()
            .WithSummary("Publishes a draft and supersedes the series' published version; 409 when not a draft or without items.");

        api.MapPost("/policies/{id:guid}/versions", async Task<IResult> (Guid id, NewPolicyVersionHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, ct) is { } created ? TypedResults.Created($"/api/funding/policies/{created.Id}", created) : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.ManagePolicies)
            .Produces<PolicyCreated>(StatusCodes.Status201Created)
            .WithSummary("Copies a published or superseded version as the series' next draft → {id}; 409 when the series already has a draft.");
    }

    private static void MapApplications(RouteGroupBuilder api)
    {
        api.MapGet("/applications", async ([AsParameters] ListApplicationsQuery query, ListApplicationsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(FundingPolicies.ReadApplications)
            .WithSummary("Applications in the caller's scope, latest change first; status=Approved lists approved ones not yet in a batch.");

        api.MapGet("/applications/{id:guid}", async Task<IResult> (Guid id, GetApplicationHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.ReadApplications)
            .Produces<ApplicationView>()
            .WithSummary("An application: amount and the rule's parts, rights, steps, and the actions the caller may take now.");

        api.MapPost("/applications", async (FileApplicationCommand command, FileApplicationHandler handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(command, ct);
                return TypedResults.Created($"/api/funding/applications/{created.Id}", created);
            })
            .RequireAuthorization(FundingPolicies.Apply)
            .WithSummary("Files a draft application for a policy item with the rights (by id) or the quantity; checked and priced now → {id, status, amount}.");

        api.MapPut("/applications/{id:guid}", async Task<IResult> (Guid id, FileApplicationCommand command, UpdateApplicationHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, command, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.Apply)
            .Produces<ApplicationView>()
            .WithSummary("Changes a draft or returned application (rights, quantity, account); checked and priced again.");

        api.MapPost("/applications/{id:guid}/actions", async Task<IResult> (Guid id, ApplicationActionCommand command, ActOnApplicationHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, command, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.ActOnApplications)
            .Produces<ApplicationView>()
            .WithSummary("A workflow step {action, note}: submit, withdraw, town-approve, bureau-approve, approve, return, reject, dismiss-objection, uphold-objection; 409 when not allowed now.");

        MapAttachments(api);
    }

    /// <summary>
    /// Evidence files of an application (issue 12 §3): added and removed while it is a draft or returned, by its
    /// enterprise or staff for one they filed (<see cref="FundingPolicies.Apply"/>); read by whoever may see it
    /// (<see cref="FundingPolicies.ReadApplications"/>, the same scope). Another enterprise's application is not found.
    /// </summary>
    private static void MapAttachments(RouteGroupBuilder api)
    {
        // Multipart from API clients (one file per request); browsers use the pages' forms, which carry the antiforgery
        // token. The auth cookie is SameSite=Lax, so a cross-site form post arrives without it and is refused.
        api.MapPost("/applications/{id:guid}/attachments", async Task<Results<Created<AttachmentView>, NotFound, ValidationProblem>> (
                Guid id, IFormFile? file, HttpRequest request, AttachEvidenceHandler handler, IStringLocalizer<FundingText> text, CancellationToken ct) =>
            {
                // The shape first (a file, one, not too large), before the application is looked up: the one validation path (ADR 0018).
                if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(AttachmentRules.Field, text["Error_NoFile"]));
                }

                if (request.Form.Files.Count > 1)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(AttachmentRules.Field, text["Error_OneFilePerRequest"]));
                }

                if (file.Length > AttachmentRules.MaxBytes)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(AttachmentRules.Field, text["Error_File_TooLarge", EvidenceName(file)]));
                }

                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, ct);
                var added = await handler.HandleAsync(id, [new AttachmentUpload(file.FileName, buffer.ToArray())], ct);
                return added is [var attachment]
                    ? TypedResults.Created($"/api/funding/applications/{id}/attachments/{attachment.Id}", attachment)
                    : TypedResults.NotFound();
            })
            .RequireAuthorization(FundingPolicies.Apply)
            .WithMetadata(new RequestSizeLimitAttribute(AttachmentRules.MaxRequestBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = AttachmentRules.MaxRequestBytes })
            .DisableAntiforgery()
            .WithSummary("Attaches an evidence file (multipart, field 'file': PDF, JPEG, PNG, Word, Excel or PowerPoint, checked by its content, at most 20 MB) to a draft or returned application → the attachment; 400 for a refused file, 409 when the application cannot change now.");

        api.MapGet("/applications/{id:guid}/attachments/{attachmentId:guid}", async Task<Results<FileStreamHttpResult, NotFound>> (
                Guid id, Guid attachmentId, GetAttachmentFileHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, attachmentId, ct) is { } found
                    ? TypedResults.File(found.Content, found.ContentType, found.FileName)
                    : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.ReadApplications)
            .WithSummary("Downloads an evidence file of an application in the caller's scope (as an attachment, under its sanitised name).");

        api.MapDelete("/applications/{id:guid}/attachments/{attachmentId:guid}", async Task<Results<NoContent, NotFound>> (
                Guid id, Guid attachmentId, RemoveAttachmentHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, attachmentId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.Apply)
            .WithSummary("Removes an evidence file from a draft or returned application; 409 when the application cannot change now.");
    }

    private static string EvidenceName(IFormFile file) => CountyIP.Platform.Files.EvidenceInspector.SafeFileName(file.FileName);

    private static void MapPaymentBatches(RouteGroupBuilder api)
    {
        api.MapGet("/payment-batches", async (int? page, int? pageSize, PaymentBatchQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.ListAsync(page, pageSize, ct)))
            .RequireAuthorization(FundingPolicies.Read)
            .WithSummary("Payment batches, newest voucher first.");

        api.MapGet("/payment-batches/{id:guid}", async Task<IResult> (Guid id, PaymentBatchQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.Read)
            .Produces<PaymentBatchView>()
            .WithSummary("A payment batch with its entries.");

        api.MapGet("/payment-batches/{id:guid}/export", async Task<IResult> (Guid id, ExportPaymentBatchHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, ct) is { } file ? file.ToResult() : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.Read)
            .WithSummary("The batch as the .xlsx the finance office pays from (enterprise, account, amount, budget line).");

        api.MapPost("/payment-batches", async (CreatePaymentBatchCommand command, CreatePaymentBatchHandler handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(command, ct);
                return TypedResults.Created($"/api/funding/payment-batches/{created.Id}", created);
            })
            .RequireAuthorization(FundingPolicies.Pay)
            .WithSummary("Groups approved applications into a batch → {id}; 409 when one is already in a batch or not approved.");

        api.MapPost("/payment-batches/{id:guid}/paid", async Task<IResult> (Guid id, MarkBatchPaidCommand? command, MarkBatchPaidHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, command ?? new MarkBatchPaidCommand(), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.Pay)
            .Produces<PaymentBatchView>()
            .WithSummary("Marks the batch paid, once; 409 when already paid or the payer approved one of its applications.");
    }

    private static void MapRecovery(RouteGroupBuilder api)
    {
        api.MapGet("/recovery", async ([AsParameters] ListRecoveryQuery query, ListRecoveryHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(query, ct)))
            .RequireAuthorization(FundingPolicies.Read)
            .WithSummary("Subsidies flagged for recovery (state=open|Open|Demanded|Recovered|Waived|Cleared, cause), with the open total.");

        api.MapGet("/recovery/at-risk", async (ListRewardsAtRiskHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
            .RequireAuthorization(FundingPolicies.Read)
            .WithSummary("Rewards paid within the recovery period whose patent's annual fee is overdue (in its grace period): paid in time nothing is lost, unpaid the reward will be flagged.");

        api.MapPost("/recovery/scan", async (RecoveryScan scan, CancellationToken ct) => TypedResults.Ok(await scan.RunAsync(ct)))
            .RequireAuthorization(FundingPolicies.Recover)
            .WithSummary("Runs the recovery scan now (it also runs daily) → {flagged, cleared, open}.");

        api.MapPost("/recovery/{id:guid}/actions", async Task<IResult> (Guid id, RecoveryActionCommand command, ActOnRecoveryHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, command, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAuthorization(FundingPolicies.Recover)
            .Produces<RecoveryView>()
            .WithSummary("Decides a flag {action: demand|recovered|waive, note, amount}; 409 when it is already decided.");

        api.MapGet("/abnormal-filings", async (string? number, int? page, int? pageSize, AbnormalFilings filings, CancellationToken ct) =>
            TypedResults.Ok(await filings.ListAsync(number, page, pageSize, ct)))
            .RequireAuthorization(FundingPolicies.Read)
            .WithSummary("Application numbers notified as abnormal filings (非正常专利申请), latest notice first.");

        api.MapPost("/abnormal-filings", async (ImportAbnormalFilingsCommand command, ImportAbnormalFilingsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(command, ct)))
            .RequireAuthorization(FundingPolicies.Recover)
            .WithSummary("Imports a notice's numbers {numbers, notice, notifiedOn}: all valid or none added; paid applications citing them are flagged.");
    }
}
