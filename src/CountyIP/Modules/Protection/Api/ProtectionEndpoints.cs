using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Modules.Protection.UseCases;
using Microsoft.AspNetCore.Http.HttpResults;
using CountyIP.Platform.Files;
using CountyIP.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using CountyIP.Platform.Web.Validation;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection.Api;

/// <summary>
/// A complaint from the public portal: the API's JSON (the multipart form uses the same field names plus <c>files</c>)
/// and the portal page's form (<c>ComplaintNew.ComplaintForm</c> derives from it), so each limit is written once (ADR 0018).
/// </summary>
public class PortalComplaintRequest
{
    [Required]
    public CaseKind? Kind { get; set; }

    [Required, MaxLength(300)]
    public string? Respondent { get; set; }

    [Required, MaxLength(300)]
    public string? Place { get; set; }

    [Required, MaxLength(8000)]
    public string? Description { get; set; }

    [MaxLength(100)]
    public string? Name { get; set; }

    [MaxLength(40)]
    public string? Mobile { get; set; }

    [MaxLength(200)]
    public string? Email { get; set; }

    public bool ConsentToContact { get; set; }
}

public sealed record TrackingCodeResponse(string TrackingCode);

/// <summary>
/// Bureau staff entering a hotline call, walk-in or referral: the portal's fields and limits plus the channel and the
/// complainant's identity details; the staff page's form derives from it (ADR 0018: each limit written once).
/// </summary>
public class StaffCaseRequest : PortalComplaintRequest
{
    [Required]
    public CaseChannel? Channel { get; set; }

    [MaxLength(40)]
    public string? IdNumber { get; set; }

    [MaxLength(300)]
    public string? Address { get; set; }
}

public sealed record CreatedCaseResponse(Guid Id, string Number, string TrackingCode);

public sealed record CaseActionRequest(
    [property: Required] CaseAction? Action,
    [property: MaxLength(4000)] string? Note,
    int? ExpectedVersion,
    IReadOnlyList<string>? Departments,
    CaseOutcome? Outcome,
    [property: MaxLength(4000)] string? Result,
    [property: MaxLength(4000)] string? Measures,
    [property: MaxLength(4000)] string? Penalties,
    [property: Range(0, 1_000_000_000), Money] decimal? FineAmount,
    [property: MaxLength(2000)] string? PublicOutcome);

public sealed record VersionResponse(int Version);

public sealed record IdResponse(Guid Id);

public sealed record ExtendDeadlineRequest([property: Range(1, 365)] int Days, [property: Required, MaxLength(2000)] string? Reason, int? ExpectedVersion);

public sealed record MajorCaseRequest([property: Required, MaxLength(2000)] string? Criteria, int? ExpectedVersion);

public sealed record MajorReportRequest([property: Required, MaxLength(200)] string? Recipient);

public sealed record JointActionRequest(
    [property: Required, MaxLength(300)] string? Title,
    [property: Required] DateOnly? Date,
    [property: Required, MaxLength(64)] string? LeadDepartment,
    IReadOnlyList<string>? ParticipatingDepartments,
    [property: Required] EnforcementScope? Scope,
    [property: Range(0, 100000)] int PlacesInspected,
    [property: Range(0, 100000)] int CasesOpened,
    [property: MaxLength(2000)] string? GoodsSeized,
    [property: Range(0, 1_000_000_000), Money] decimal? GoodsValue,
    [property: Required, MaxLength(4000)] string? Results,
    IReadOnlyList<Guid>? LinkedCaseIds,
    IReadOnlyList<string>? LinkedCaseNumbers = null);

/// <summary>A trade fair as registered by bureau staff: the API's body and the fairs page's form (ADR 0018: limits written once).</summary>
public sealed class TradeFairRequest
{
    [Required, MaxLength(300)]
    public string? Name { get; set; }

    [Required, MaxLength(300)]
    public string? Venue { get; set; }

    [Required, MaxLength(300)]
    public string? Organiser { get; set; }

    [Required]
    public DateOnly? StartsOn { get; set; }

    [Required]
    public DateOnly? EndsOn { get; set; }
}

public sealed record DeclaredRightRequest([property: Required] DeclaredRightKind? Kind, [property: Required, MaxLength(64)] string? Number, [property: MaxLength(300)] string? Title);

public sealed record DeclarationRequest([property: Required, MaxLength(300)] string? Exhibitor, [property: MaxLength(60)] string? Booth, [property: Required] IReadOnlyList<DeclaredRightRequest>? Rights);

public sealed record OnSiteComplaintRequest(
    [property: Required] CaseKind? Kind,
    [property: Required, MaxLength(300)] string? Respondent,
    [property: MaxLength(60)] string? Booth,
    [property: Required, MaxLength(8000)] string? Description,
    [property: MaxLength(100)] string? Name,
    [property: MaxLength(40)] string? Mobile,
    bool ConsentToContact);

public sealed record ViewIdentityRequest([property: Required, MaxLength(500)] string? Reason);

internal static class ProtectionEndpoints
{
    // Ten files of at most 20 MB plus the text fields.
    private const long MaxRequestBytes = (EvidenceInspector.MaxFiles * EvidenceInspector.MaxBytes) + (1024 * 1024);

    public static IEndpointRouteBuilder MapProtectionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var portal = endpoints.MapGroup("/api/portal/complaints").WithTags("Protection portal").AllowAnonymous();

        portal.MapPost("/", SubmitAsync)
            .RequireRateLimiting(ProtectionPolicies.PortalSubmitLimit)
            .Accepts<PortalComplaintRequest>("application/json", "multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaxRequestBytes })
            .DisableAntiforgery()
            .WithSummary("Submits a complaint or report (anonymous allowed). JSON, or multipart with up to 10 evidence files in 'files'. Header Idempotency-Key makes a repeat the same case.");

        portal.MapGet("/{trackingCode}", async Task<Results<Ok<ComplaintStatus>, NotFound>> (string trackingCode, TrackComplaintHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(trackingCode, ct) is { } status ? TypedResults.Ok(status) : TypedResults.NotFound())
            .RequireRateLimiting(ProtectionPolicies.PortalLookupLimit)
            .WithSummary("Status and public outcome of a complaint; unknown and malformed codes both answer 404.");

        var cases = endpoints.MapGroup("/api/protection/cases").WithTags("Protection cases").RequireAuthorization(ProtectionPolicies.CaseRead);

        cases.MapGet("/", (string? search, CaseKind? kind, CaseState? state, DeadlineFilter? deadline, int? page, int? pageSize, ListCasesHandler handler, CancellationToken ct) =>
                handler.HandleAsync(new ListCasesQuery(search, kind, state, deadline ?? DeadlineFilter.All, page ?? 1, pageSize ?? 20), ct))
            .WithSummary("Cases the caller may see (a department liaison: those assigned to the department); deadline=Overdue|DueSoon for reminders.");

        cases.MapGet("/{id:guid}", async Task<Results<Ok<CaseDetail>, NotFound>> (Guid id, GetCaseHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound())
            .WithSummary("A case with its history, departments and deadlines; never the complainant's identity.");

        cases.MapPost("/", async (StaffCaseRequest request, SubmitComplaintHandler handler, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(
                    new SubmitComplaintCommand(
                        request.Kind!.Value,
                        request.Respondent!,
                        request.Place!,
                        request.Description!,
                        new ComplainantIdentity(request.Name, request.Mobile, request.Email, request.IdNumber, request.Address),
                        request.ConsentToContact,
                        request.Channel!.Value,
                        null,
                        []),
                    ct);
                return TypedResults.Created($"/api/protection/cases/{result.CaseId}", new CreatedCaseResponse(result.CaseId, result.Number, result.TrackingCode));
            })
            .RequireAuthorization(ProtectionPolicies.CaseManage)
            .WithSummary("Bureau staff enter a hotline call, walk-in or referral as a case.");

        cases.MapPost("/{id:guid}/actions", async Task<Results<Ok<VersionResponse>, NotFound>> (Guid id, CaseActionRequest request, PerformCaseActionHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(
                    new PerformCaseActionCommand(id, request.Action!.Value, request.Note, request.ExpectedVersion, request.Departments, request.Outcome, request.Result, request.Measures, request.Penalties, request.FineAmount, request.PublicOutcome),
                    ct) is { } version ? TypedResults.Ok(new VersionResponse(version)) : TypedResults.NotFound())
            .WithSummary("One workflow step; 409 when not allowed in the current state or when someone else changed the case first.");

        cases.MapPost("/{id:guid}/deadlines/{stage}/extension", async Task<Results<Ok<VersionResponse>, NotFound>> (Guid id, DeadlineStage stage, ExtendDeadlineRequest request, ExtendDeadlineHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(new ExtendDeadlineCommand(id, stage, request.Days, request.Reason!, request.ExpectedVersion), ct) is { } version
                    ? TypedResults.Ok(new VersionResponse(version))
                    : TypedResults.NotFound())
            .RequireAuthorization(ProtectionPolicies.CaseManage)
            .WithSummary("Approves an extension of a running time limit, once, with a reason.");

        cases.MapPost("/{id:guid}/complainant", async Task<Results<Ok<ComplainantIdentityView>, NotFound>> (Guid id, ViewIdentityRequest request, ViewComplainantIdentityHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(new ViewComplainantIdentityQuery(id, request.Reason!), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithSummary("The complainant's identity, for officers handling the case only; the typed reason is audited.");

        cases.MapGet("/export", async (string? search, CaseKind? kind, CaseState? state, DeadlineFilter? deadline, ExportCasesHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new ListCasesQuery(search, kind, state, deadline ?? DeadlineFilter.All), ct)).ToResult())
            .WithSummary("The case list as .xlsx (same filters and scope); identity masked.");

        cases.MapGet("/{id:guid}/evidence/{evidenceId:guid}", async Task<Results<FileStreamHttpResult, NotFound>> (Guid id, Guid evidenceId, GetEvidenceFileHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, evidenceId, ct) is { } file ? TypedResults.File(file.Content, file.ContentType, file.FileName) : TypedResults.NotFound())
            .WithSummary("An evidence file (metadata already stripped at upload).");

        cases.MapGet("/{id:guid}/notices/{noticeId:guid}", async Task<Results<FileStreamHttpResult, NotFound>> (Guid id, Guid noticeId, GetNoticeFileHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(id, noticeId, ct) is { } file ? TypedResults.File(file.Content, NoticeWriter.ContentType, file.FileName) : TypedResults.NotFound())
            .WithSummary("A notice to the complainant (告知书, .docx) as sent; for officers handling the case (409 otherwise). It never carries the complainant's identity.");

        cases.MapPost("/{id:guid}/major", async Task<Results<Ok<VersionResponse>, NotFound>> (Guid id, MajorCaseRequest request, MarkMajorCaseHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(new MarkMajorCaseCommand(id, request.Criteria!, request.ExpectedVersion), ct) is { } version ? TypedResults.Ok(new VersionResponse(version)) : TypedResults.NotFound())
            .RequireAuthorization(ProtectionPolicies.CaseManage)
            .WithSummary("Flags a major case (重大案件) with the criteria it meets.");

        cases.MapPost("/{id:guid}/major-report", async Task<Results<NoContent, NotFound>> (Guid id, MajorReportRequest request, SendMajorReportHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(new SendMajorReportCommand(id, request.Recipient!), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(ProtectionPolicies.CaseManage)
            .WithSummary("Generates the major-case report to the superior authority and records it as sent.");

        cases.MapGet("/{id:guid}/major-report", async Task<Results<FileStreamHttpResult, NotFound>> (Guid id, SendMajorReportHandler handler, CancellationToken ct) =>
                await handler.OpenAsync(id, ct) is { } file ? TypedResults.File(file.Content, "text/html; charset=utf-8", file.FileName) : TypedResults.NotFound())
            .RequireAuthorization(ProtectionPolicies.CaseManage)
            .WithSummary("The major-case report as sent (printable HTML).");

        var enforcement = endpoints.MapGroup("/api/protection/joint-actions").WithTags("Protection enforcement").RequireAuthorization(ProtectionPolicies.CaseRead);

        enforcement.MapGet("/", (int? year, EnforcementScope? scope, string? department, string? search, int? page, int? pageSize, ListJointActionsHandler handler, CancellationToken ct) =>
                handler.HandleAsync(new ListJointActionsQuery(year, scope, department, search, page ?? 1, pageSize ?? 20), ct))
            .WithSummary("Joint enforcement actions (联合执法), filtered and paged; a liaison sees those their department led or joined.");

        enforcement.MapGet("/export", async (int? year, EnforcementScope? scope, string? department, string? search, ExportJointActionsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new ListJointActionsQuery(year, scope, department, search), ct)).ToResult())
            .WithSummary("The joint-action list as .xlsx (same filters and scope).");

        enforcement.MapGet("/{id:guid}", async Task<Results<Ok<JointActionView>, NotFound>> (Guid id, ListJointActionsHandler handler, CancellationToken ct) =>
                await handler.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithSummary("One joint enforcement action (in the caller's scope).");

        enforcement.MapPost("/", async (JointActionRequest request, RecordJointActionHandler handler, CancellationToken ct) =>
            {
                var id = await handler.HandleAsync(ToCommand(request), ct);
                return TypedResults.Created($"/api/protection/joint-actions/{id}", new { id });
            })
            .RequireAuthorization(ProtectionPolicies.CaseManage)
            .WithSummary("Records a joint enforcement action: date, lead and participating departments (reference-data codes), scope, places, cases, goods, results, linked cases.");

        enforcement.MapPut("/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, JointActionRequest request, UpdateJointActionHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(new UpdateJointActionCommand(id, ToCommand(request)), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(ProtectionPolicies.CaseManage)
            .WithSummary("Corrects or completes a joint enforcement action (same fields and checks as recording it).");

        var fairs = endpoints.MapGroup("/api/protection/trade-fairs").WithTags("Protection trade fairs").RequireAuthorization(ProtectionPolicies.CaseRead);

        fairs.MapGet("/", (int? year, string? search, int? page, int? pageSize, TradeFairQueries queries, CancellationToken ct) =>
                queries.ListAsync(new ListTradeFairsQuery(year, search, page ?? 1, pageSize ?? 20), ct))
            .WithSummary("Trade fairs the bureau protects, with counts of declarations and on-site complaints (those in the caller's scope).");

        fairs.MapGet("/{id:guid}", async Task<Results<Ok<TradeFairDetail>, NotFound>> (Guid id, TradeFairQueries queries, CancellationToken ct) =>
                await queries.GetAsync(id, ct) is { } fair ? TypedResults.Ok(fair) : TypedResults.NotFound())
            .WithSummary("A fair with its exhibitors' IP declarations and its on-site complaints (same-day limit; no identity).");

        fairs.MapPost("/", async (TradeFairRequest request, RecordTradeFairHandler handler, CancellationToken ct) =>
            {
                var id = await handler.HandleAsync(new RecordTradeFairCommand(request.Name!, request.Venue!, request.Organiser!, request.StartsOn!.Value, request.EndsOn!.Value), ct);
                return TypedResults.Created($"/api/protection/trade-fairs/{id}", new { id });
            })
            .RequireAuthorization(ProtectionPolicies.CaseManage)
            .WithSummary("Records a trade fair: name, venue, organiser, dates.");

        fairs.MapPost("/{id:guid}/declarations", async Task<Results<Created<IdResponse>, NotFound>> (Guid id, DeclarationRequest request, DeclareRightsHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(new DeclareRightsCommand(id, request.Exhibitor!, request.Booth, [.. request.Rights!.Select(r => new DeclaredRightInput(r.Kind!.Value, r.Number, r.Title))]), ct) is { } declarationId
                    ? TypedResults.Created($"/api/protection/trade-fairs/{id}", new IdResponse(declarationId))
                    : TypedResults.NotFound())
            .RequireAuthorization(ProtectionPolicies.CaseManage)
            .WithSummary("Records an exhibitor's declaration of the IP rights it shows (kind and number per right).");

        fairs.MapPost("/{id:guid}/complaints", async Task<Results<Created<CreatedCaseResponse>, NotFound>> (Guid id, OnSiteComplaintRequest request, HttpRequest http, RecordOnSiteComplaintHandler handler, CancellationToken ct) =>
            {
                var key = http.Headers["Idempotency-Key"].ToString();
                var result = await handler.HandleAsync(
                    new OnSiteComplaintCommand(id, request.Kind!.Value, request.Respondent!, request.Booth, request.Description!,
                        new ComplainantIdentity(request.Name, request.Mobile, null, null, null), request.ConsentToContact, key.Length is > 0 and <= 100 ? key : null),
                    ct);
                return result is null
                    ? TypedResults.NotFound()
                    : TypedResults.Created($"/api/protection/cases/{result.CaseId}", new CreatedCaseResponse(result.CaseId, result.Number, result.TrackingCode));
            })
            .RequireAuthorization(ProtectionPolicies.CaseManage)
            .WithSummary("Records an on-site complaint at the fair's complaint desk as a case of channel TradeFair, due the same day; only while the fair runs.");

        endpoints.MapGet("/api/protection/figures/{year:int}", (int year, Contracts.IProtectionFigures figures, CancellationToken ct) => figures.ForYearAsync(year, ct))
            .WithTags("Protection enforcement")
            .RequireAuthorization(ProtectionPolicies.FiguresRead)
            .WithSummary("Cases received, accepted, concluded; share concluded within the limit; average handling days; enforcement actions.");

        endpoints.MapPost("/api/protection/purge-expired", (PurgeExpiredCasesHandler handler, CancellationToken ct) => handler.HandleAsync(ct))
            .WithTags("Protection cases")
            .RequireAuthorization(ProtectionPolicies.CaseManage)
            .WithSummary("Deletes closed cases past the retention period, with their evidence files, leaving no trace of the complainant.");

        return endpoints;
    }

    private static async Task<Results<Ok<TrackingCodeResponse>, ValidationProblem>> SubmitAsync(HttpRequest request, SubmitComplaintHandler handler, IInputValidator validator, IStringLocalizer<ProtectionText> text, CancellationToken ct)
    {
        PortalComplaintRequest? body;
        var uploads = new List<EvidenceUpload>();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            body = new PortalComplaintRequest
            {
                Kind = Enum.TryParse<CaseKind>(form["kind"], ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null,
                Respondent = form["respondent"],
                Place = form["place"],
                Description = form["description"],
                Name = form["name"],
                Mobile = form["mobile"],
                Email = form["email"],
                ConsentToContact = form["consentToContact"].Any(v => v is "true" or "on"),
            };
            if (form.Files.Count > EvidenceInspector.MaxFiles)
            {
                return TypedResults.ValidationProblem(InputValidation.Field("files", text["Error_TooManyFiles", EvidenceInspector.MaxFiles]));
            }

            foreach (var file in form.Files)
            {
                if (file.Length > EvidenceInspector.MaxBytes)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field("files", text["Error_File_TooLarge", EvidenceInspector.SafeFileName(file.FileName)]));
                }

                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, ct);
                uploads.Add(new EvidenceUpload(file.FileName, buffer.ToArray()));
            }
        }
        else
        {
            try
            {
                body = await request.ReadFromJsonAsync<PortalComplaintRequest>(ct);
            }
            catch (System.Text.Json.JsonException error)
            {
                return TypedResults.ValidationProblem(InputValidation.FromJson(error));
            }
        }

        // The body is read by hand (JSON, or multipart with files), so the endpoint filter cannot see it: the same
        // attributes are checked through the same Platform path (ADR 0018).
        if (validator.ForApi(body) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var key = request.Headers["Idempotency-Key"].ToString();
        if (key.Length > 100)
        {
            return TypedResults.ValidationProblem(InputValidation.Field("Idempotency-Key", InputValidation.TooLong("Idempotency-Key", 100)));
        }

        var result = await handler.HandleAsync(
            new SubmitComplaintCommand(
                body!.Kind!.Value,
                body.Respondent!,
                body.Place!,
                body.Description!,
                new ComplainantIdentity(body.Name, body.Mobile, body.Email, null, null),
                body.ConsentToContact,
                CaseChannel.OnlinePortal,
                key.Length == 0 ? null : key,
                uploads),
            ct);
        return TypedResults.Ok(new TrackingCodeResponse(result.TrackingCode));
    }

    private static RecordJointActionCommand ToCommand(JointActionRequest request) =>
        new(request.Title!, request.Date!.Value, request.LeadDepartment!, request.ParticipatingDepartments ?? [], request.Scope!.Value,
            request.PlacesInspected, request.CasesOpened, request.GoodsSeized, request.GoodsValue, request.Results!, request.LinkedCaseIds ?? [], request.LinkedCaseNumbers);
}
