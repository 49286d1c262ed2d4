using CountyIP.Modules.Governance.Domain;
using CountyIP.Modules.Governance.UseCases;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Governance.Api;

/// <summary>
/// Every route of the module on one screen. Reads need <see cref="GovernancePolicies.Read"/> and are scoped by the
/// handlers (a liaison gets their own unit's); a unit's own steps need <see cref="GovernancePolicies.Work"/>; the
/// office's need <see cref="GovernancePolicies.Manage"/>. Creates answer 201 with the record (its <c>id</c> first).
/// </summary>
internal static class GovernanceEndpoints
{
    public static IEndpointRouteBuilder MapGovernanceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/governance").WithTags("Governance");
        MapMeetings(api);
        MapTasks(api);
        MapReports(api);
        MapTargets(api);
        MapAssessments(api);
        MapOrganisation(api);
        MapEvidence(api);
        return endpoints;
    }

    private static void MapEvidence(RouteGroupBuilder api)
    {
        api.MapGet("/evidence", async (EvidenceSubject subject, Guid subjectId, GovernanceEvidence h, CancellationToken ct) => Whole(await h.ListAsync(subject, subjectId, ct)))
            .RequireAuthorization(GovernancePolicies.Read)
            .WithSummary("The evidence files of a record {subject: Task | Meeting | UnitOrganisation | Appeal, subjectId}, in the caller's scope.");
        api.MapGet("/evidence/{id:guid}", async Task<Results<FileStreamHttpResult, NotFound>> (Guid id, GovernanceEvidence h, CancellationToken ct) =>
            await h.OpenAsync(id, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Read)
            .WithSummary("Downloads an evidence file; outside the caller's scope it does not exist (404).");
        api.MapPost("/evidence", async Task<Results<Created<EvidenceView>, NotFound, ValidationProblem>> (
                EvidenceSubject subject, Guid subjectId, IFormFile? file, HttpRequest request, GovernanceEvidence h, IStringLocalizer<GovernanceText> text, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(GovernanceEvidence.Field, text["Error_File_Empty", file?.FileName ?? string.Empty]));
                }

                if (request.Form.Files.Count > 1)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(GovernanceEvidence.Field, text["Error_OneFilePerRequest"]));
                }

                if (file.Length > Platform.Files.EvidenceInspector.MaxBytes)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(GovernanceEvidence.Field, text["Error_File_TooLarge", Platform.Files.EvidenceInspector.SafeFileName(file.FileName)]));
                }

                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, ct);
                return await h.AttachAsync(subject, subjectId, new EvidenceUpload(file.FileName, buffer.ToArray()), ct) is { } added
                    ? TypedResults.Created($"/api/governance/evidence/{added.Id}", added)
                    : TypedResults.NotFound();
            })
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Platform.Files.EvidenceInspector.MaxBytes + (1024 * 1024)),
                new Microsoft.AspNetCore.Mvc.RequestFormLimitsAttribute { MultipartBodyLengthLimit = Platform.Files.EvidenceInspector.MaxBytes + (1024 * 1024) })
            .DisableAntiforgery()
            .RequireAuthorization(GovernancePolicies.Work)
            .WithSummary("Attaches an evidence file (multipart, field 'file': PDF, JPEG, PNG, Word, Excel or PowerPoint by content, metadata stripped, at most 20 MB) to a record the caller may act on; 404 otherwise.");
    }

    private static void MapOrganisation(RouteGroupBuilder api)
    {
        api.MapGet("/organisation", (OrganisationHandler h, CancellationToken ct) => h.GetAsync(null, ct))
            .RequireAuthorization(GovernancePolicies.Read)
            .WithSummary("The leadership group (with its history) and every town's and department's organisation and liaison roster.");
        api.MapGet("/organisation/roster.xlsx", async (OrganisationHandler h, CancellationToken ct) => (await h.ExportAsync(ct)).ToResult())
            .RequireAuthorization(GovernancePolicies.Read)
            .WithSummary("The roster as .xlsx: a row per unit and current liaison.");
        api.MapPost("/organisation/members", async (GroupMemberInput input, OrganisationHandler h, CancellationToken ct) =>
        {
            var created = await h.AddMemberAsync(input, ct);
            return TypedResults.Created($"/api/governance/organisation/members/{created.Id}", created);
        }).RequireAuthorization(GovernancePolicies.Manage)
            .WithSummary("A member joins the group {name, post, body, role, joinedOn}; a current member named twice is a 400.");
        api.MapPost("/organisation/members/{id:guid}/leave", async Task<Results<NoContent, NotFound>> (Guid id, HandoverInput input, OrganisationHandler h, CancellationToken ct) =>
            await h.MemberLeavesAsync(id, input.On!.Value, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Manage)
            .WithSummary("A member leaves {on}; the record stays as history.");
        api.MapPut("/organisation/units/{code}", async Task<Results<Ok<UnitRosterView>, NotFound>> (string code, UnitOrganisationInput input, OrganisationHandler h, CancellationToken ct) =>
            await h.RecordUnitAsync(code, input, ct) is { } u ? TypedResults.Ok(u) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Work)
            .WithSummary("Records a unit's lead office, responsible leader and three-in-place check with its evidence (the office, or the unit's liaison).");
        api.MapPost("/organisation/units/{code}/liaisons", async Task<Results<Created<LiaisonView>, NotFound>> (string code, LiaisonInput input, OrganisationHandler h, CancellationToken ct) =>
            await h.AddLiaisonAsync(code, input, ct) is { } l ? TypedResults.Created($"/api/governance/organisation/units/{code}", l) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Work)
            .WithSummary("Adds a liaison {name, post, phone, email, userName}; a person already on the roster is a 400.");
        api.MapPost("/organisation/units/{code}/liaisons/{id:guid}/handover", async Task<Results<Ok<UnitRosterView>, NotFound>> (string code, Guid id, HandoverInput input, OrganisationHandler h, CancellationToken ct) =>
            await h.HandOverAsync(code, id, input, ct) is { } u ? TypedResults.Ok(u) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Work)
            .WithSummary("A liaison leaves {on, successorId}: the open tasks record the handover and the unit is told what is now the successor's.");
    }

    private static void MapMeetings(RouteGroupBuilder api)
    {
        api.MapGet("/meetings", (ListMeetingsHandler h, int? year, int? page, int? pageSize, CancellationToken ct) => h.HandleAsync(year, page ?? 1, pageSize ?? 20, ct))
            .RequireAuthorization(GovernancePolicies.Read)
            .WithSummary("Meetings newest first, with their decisions' task counts ({items, total, page, pageSize}).");
        api.MapGet("/meetings/{id:guid}", async Task<Results<Ok<MeetingView>, NotFound>> (Guid id, GetMeetingHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, ct) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Read);
        api.MapPost("/meetings", async (MeetingInput input, SaveMeetingHandler h, CancellationToken ct) =>
        {
            var created = await h.CreateAsync(input, ct);
            return TypedResults.Created($"/api/governance/meetings/{created.Id}", created);
        }).RequireAuthorization(GovernancePolicies.Manage)
            .WithSummary("Records a meeting {title, date, place, attendees, agenda, minutes}; 400 with field errors.");
        api.MapPut("/meetings/{id:guid}", async Task<Results<Ok<MeetingView>, NotFound>> (Guid id, MeetingInput input, SaveMeetingHandler h, CancellationToken ct) =>
            await h.UpdateAsync(id, input, ct) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Manage)
            .WithSummary("Corrects a meeting (minutes added later); with `version` a change made meanwhile is a 409.");
    }

    private static void MapTasks(RouteGroupBuilder api)
    {
        api.MapGet("/tasks", (ListTasksHandler h, [AsParameters] ListTasksQuery q, CancellationToken ct) => h.HandleAsync(q, ct))
            .RequireAuthorization(GovernancePolicies.Read)
            .WithSummary("Supervised tasks in the caller's scope, open ones first by deadline; `overdue=true` for the overdue ones ({items, total, page, pageSize}).");
        api.MapGet("/tasks/{id:guid}", async Task<Results<Ok<TaskView>, NotFound>> (Guid id, GetTaskHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, ct) is { } t ? TypedResults.Ok(t) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Read);
        api.MapPost("/tasks", async (TaskInput input, CreateTaskHandler h, CancellationToken ct) =>
        {
            var created = await h.HandleAsync(input, ct);
            return TypedResults.Created($"/api/governance/tasks/{created.Id}", created);
        }).RequireAuthorization(GovernancePolicies.Manage)
            .WithSummary("Gives a task {title, ownerUnitCode, deadline | workingDays, meetingId, description}; an unknown owner or a deadline before the meeting is a 400.");
        api.MapPost("/tasks/{id:guid}/actions", async Task<Results<Ok<TaskView>, NotFound>> (Guid id, TaskActionCommand command, ActOnTaskHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, command, ct) is { } t ? TypedResults.Ok(t) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Work)
            .WithSummary("A step {action: progress | request-completion | accept | return, note, version}; 409 when the state or the caller's role does not allow it.");
    }

    private static void MapReports(RouteGroupBuilder api)
    {
        api.MapGet("/reports", (ListReportsHandler h, [AsParameters] ListReportsQuery q, CancellationToken ct) => h.HandleAsync(q, ct))
            .RequireAuthorization(GovernancePolicies.Read)
            .WithSummary("Reports in the caller's scope, latest due first; `late=true` for late and missing ones ({items, total, page, pageSize}).");
        api.MapGet("/reports/{id:guid}", async Task<Results<Ok<ReportView>, NotFound>> (Guid id, GetReportHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Read)
            .WithSummary("A report with its figures: live while a draft, as submitted afterwards.");
        api.MapGet("/reports/{id:guid}/document", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, string? format, bool? redHeader, ReportDocuments h, CancellationToken ct) =>
            await h.HandleAsync(id, format == "docx" ? "docx" : "pdf", redHeader ?? true, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Read)
            .WithSummary("An accepted report as an official document (GB/T 9704 layout), `format=pdf` (default) or `docx`, `redHeader=false` without the red header; 409 before acceptance.");
        api.MapGet("/reports/summary", async Task<Results<Ok<DistrictSummaryView>, NotFound>> (ReportKind kind, string period, DistrictSummaryHandler h, CancellationToken ct) =>
            await h.HandleAsync(kind, period, ct) is { } v ? TypedResults.Ok(v) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Board)
            .WithSummary("The district's summary for {kind, period}: the dashboard's figures over the period and the units' accepted reports.");
        api.MapGet("/reports/summary/document", async Task<Results<FileContentHttpResult, NotFound>> (ReportKind kind, string period, string? format, bool? redHeader, DistrictSummaryHandler h, CancellationToken ct) =>
            await h.DocumentAsync(kind, period, format == "docx" ? "docx" : "pdf", redHeader ?? true, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Board)
            .WithSummary("The district's summary as an official document of the leadership group's office (PDF or docx).");
        api.MapPost("/reports/rounds", (ReportRoundInput input, IssueReportRoundHandler h, CancellationToken ct) => h.HandleAsync(input, ct))
            .RequireAuthorization(GovernancePolicies.Manage)
            .WithSummary("Asks every town and department for a report {kind: Dynamic | HalfYear | Annual, period, dueOn}; units already owing it are left as they are.");
        api.MapPut("/reports/{id:guid}", async Task<Results<Ok<ReportView>, NotFound>> (Guid id, ReportDraftInput input, SaveReportDraftHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, input, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Work)
            .WithSummary("Saves the unit's draft {work, problems, plans, version}.");
        api.MapPost("/reports/{id:guid}/actions", async Task<Results<Ok<ReportView>, NotFound>> (Guid id, ReportActionCommand command, ActOnReportHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, command, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Work)
            .WithSummary("A step {action: submit | accept | return, note, version}; 409 when the state or the caller's role does not allow it.");
    }

    private static void MapTargets(RouteGroupBuilder api)
    {
        api.MapGet("/targets", async (UnitTargetsHandler h, int year, CancellationToken ct) => Whole(await h.ListAsync(year, ct)))
            .RequireAuthorization(GovernancePolicies.Read)
            .WithSummary("The year's targets per town beside the actuals counted from the records (a liaison: their own).");
        api.MapPost("/targets/import", async Task<Results<Ok<TargetImportResult>, ValidationProblem>> (IFormFile? file, UnitTargetsHandler h, IStringLocalizer<GovernanceText> text, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(UnitTargetsHandler.ImportField, text["Error_ImportEmpty"]));
                }

                if (file.Length > UnitTargetsHandler.MaxImportBytes)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(UnitTargetsHandler.ImportField, text["Error_ImportTooLarge"]));
                }

                await using var stream = new MemoryStream();
                await file.CopyToAsync(stream, ct);
                stream.Position = 0;
                return TypedResults.Ok(await h.ImportAsync(stream, ct));
            })
            .DisableAntiforgery()
            .RequireAuthorization(GovernancePolicies.Manage)
            .WithSummary("Sets many towns' targets from an .xlsx (multipart, field 'file'; columns 年度, 指标, 单位, 目标值); one bad row refuses the file with every row's message.");
        api.MapPut("/targets", (UnitTargetInput input, UnitTargetsHandler h, CancellationToken ct) => h.SetAsync(input, ct))
            .RequireAuthorization(GovernancePolicies.Manage)
            .WithSummary("Sets a town's target {year, targetId, ownerUnitCode, value}; an unknown unit or target is a 400.");
    }

    private static void MapAssessments(RouteGroupBuilder api)
    {
        api.MapPost("/assessments", async (AssessmentInput input, ManageAssessmentHandler h, CancellationToken ct) =>
        {
            var created = await h.CreateAsync(input, ct);
            return TypedResults.Created($"/api/governance/assessments/{created.Year}", created);
        }).RequireAuthorization(GovernancePolicies.Manage)
            .WithSummary("Opens a year's scheme {year, bonusCap, deductionCap}.");
        api.MapGet("/assessments/{year:int}", async Task<Results<Ok<AssessmentView>, NotFound>> (int year, GetAssessmentHandler h, CancellationToken ct) =>
            await h.HandleAsync(year, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Read);
        api.MapPost("/assessments/{year:int}/indicators", async Task<Results<Ok<AssessmentView>, NotFound>> (int year, AssessmentIndicatorInput input, ManageAssessmentHandler h, CancellationToken ct) =>
            await h.AddIndicatorAsync(year, input, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Manage)
            .WithSummary("Adds an indicator {code, nameZh, nameEn, measure, targetId, appliesTo, weight, rule, cap} to a draft scheme.");
        api.MapDelete("/assessments/{year:int}/indicators/{code}", async Task<Results<Ok<AssessmentView>, NotFound>> (int year, string code, ManageAssessmentHandler h, CancellationToken ct) =>
            await h.RemoveIndicatorAsync(year, code, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Manage);
        api.MapPost("/assessments/{year:int}/publish", async Task<Results<Ok<AssessmentView>, NotFound>> (int year, PublishAssessmentInput input, ManageAssessmentHandler h, CancellationToken ct) =>
            await h.PublishAsync(year, input, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Manage)
            .WithSummary("Opens the preliminary scores {appealsCloseOn}; weights for towns and for departments must each add up to 100 (409).");
        api.MapPost("/assessments/{year:int}/adjustments", async Task<Results<Ok<AssessmentView>, NotFound>> (int year, AdjustmentInput input, ManageAssessmentHandler h, CancellationToken ct) =>
            await h.AdjustAsync(year, input, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Manage)
            .WithSummary("A bonus (points > 0) or deduction (points < 0) {ownerUnitCode, points, reason}.");
        api.MapPost("/assessments/{year:int}/sign-off", async Task<Results<Ok<AssessmentView>, NotFound>> (int year, ManageAssessmentHandler h, CancellationToken ct) =>
            await h.SignOffAsync(year, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Manage)
            .WithSummary("Freezes the scores; 409 while an appeal is undecided.");
        api.MapGet("/assessments/{year:int}/scores", async Task<Results<Ok<ScoreTable>, NotFound>> (int year, GetScoresHandler h, CancellationToken ct) =>
            await h.HandleAsync(year, ct) is { } t ? TypedResults.Ok(t) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Read)
            .WithSummary("A row per town and department {unitCode, unitName, unitKind, total, rank, bonus, deduction, indicators, liveTotal, difference} (a liaison: their own row).");
        api.MapGet("/assessments/{year:int}/scores.xlsx", async Task<Results<FileStreamHttpResult, NotFound>> (int year, ScoreTableExport h, CancellationToken ct) =>
            await h.XlsxAsync(year, ct) is { } f ? f.ToResult() : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Read)
            .WithSummary("The result table as .xlsx, a sheet for towns and one for departments (a liaison: their own row).");
        api.MapGet("/assessments/{year:int}/scores.pdf", async Task<Results<FileContentHttpResult, NotFound>> (int year, ScoreTableExport h, CancellationToken ct) =>
            await h.PdfAsync(year, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Read)
            .WithSummary("The result table as a Chinese PDF, ranked within towns and within departments.");
        api.MapGet("/assessments/{year:int}/appeals", async Task<Results<Ok<PagedResult<AppealView>>, NotFound>> (int year, AppealsHandler h, CancellationToken ct) =>
            await h.ListAsync(year, ct) is { } list ? TypedResults.Ok(Whole(list)) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Read);
        api.MapPost("/assessments/{year:int}/appeals", async Task<Results<Created<AppealView>, NotFound>> (int year, AppealInput input, AppealsHandler h, CancellationToken ct) =>
            await h.FileAsync(year, input, ct) is { } a ? TypedResults.Created($"/api/governance/assessments/{year}/appeals/{a.Id}", a) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Work)
            .WithSummary("Appeals the unit's preliminary score {indicatorCode, reason} while the window is open (409 after it).");
        api.MapPost("/assessments/{year:int}/appeals/{id:guid}/decision", async Task<Results<Ok<AppealView>, NotFound>> (int year, Guid id, AppealDecisionInput input, AppealsHandler h, CancellationToken ct) =>
            await h.DecideAsync(year, id, input, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .RequireAuthorization(GovernancePolicies.Manage)
            .WithSummary("Decides an appeal {upheld, points, decision, version}.");
    }

    /// <summary>A short list whole, in the paged shape every list of the API answers with ({items, total, page, pageSize}).</summary>
    private static PagedResult<T> Whole<T>(IReadOnlyList<T> items) => new(items, items.Count, 1, Math.Max(1, items.Count));
}
