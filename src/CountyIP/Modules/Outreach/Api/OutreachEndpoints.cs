using CountyIP.Modules.Outreach.Domain;
using CountyIP.Modules.Outreach.UseCases;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace CountyIP.Modules.Outreach.Api;

/// <summary>A version read earlier, for a step that changes a record (confirm, cancel).</summary>
public sealed class VersionInput
{
    public Guid? Version { get; set; }
}

/// <summary>The phone number a participant gives at the door.</summary>
public sealed class DoorSignInInput
{
    [System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.StringLength(20)]
    public string? Phone { get; set; }
}

/// <summary>
/// Every route of the module on one screen (issue 15 §7). Each names its policy (deny by default) and calls one
/// handler; the handlers add the data scope. The door sign-in, the public sign-up and the certificate check are anonymous.
/// </summary>
internal static class OutreachEndpoints
{
    public static IEndpointRouteBuilder MapOutreachEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/outreach").WithTags("Publicity and Training");
        MapEvents(api);
        MapCourses(api);
        MapMediaAndMaterials(api);
        MapPublic(endpoints);
        return endpoints;
    }

    private static void MapEvents(RouteGroupBuilder api)
    {
        api.MapGet("/events", (ListEventsHandler h, int? year, PublicityTheme? theme, string? organiser, bool? confirmed, bool? withoutEvidence, string? search, int? page, int? pageSize, CancellationToken ct) =>
                h.HandleAsync(new ListEventsQuery(year, theme, organiser, confirmed, withoutEvidence, search, page ?? 1, pageSize ?? 50), ct))
            .RequireAuthorization(OutreachPolicies.Read)
            .WithSummary("Publicity events in the caller's scope, newest first ({items, total, page, pageSize}); filters year, theme, organiser, confirmed, withoutEvidence, search.");
        api.MapGet("/events/{id:guid}", async Task<Results<Ok<EventView>, NotFound>> (Guid id, ListEventsHandler h, CancellationToken ct) =>
                await h.GetAsync(id, ct) is { } e ? TypedResults.Ok(e) : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.Read)
            .WithSummary("An event; outside the caller's scope it does not exist (404).");
        api.MapPost("/events", async (EventInput input, SaveEventHandler h, CancellationToken ct) =>
            {
                var created = await h.CreateAsync(input, ct);
                return TypedResults.Created($"/api/outreach/events/{created.Id}", created);
            })
            .RequireAuthorization(OutreachPolicies.Record)
            .WithSummary("Records an event {title, theme, date, place, organiserCode (the bureau's choice; a liaison's own unit), partners, audience, materials, report, newsLinks}; 201 with {id, …}.");
        api.MapPut("/events/{id:guid}", async Task<Results<Ok<EventView>, NotFound>> (Guid id, EventInput input, SaveEventHandler h, CancellationToken ct) =>
                await h.UpdateAsync(id, input, ct) is { } e ? TypedResults.Ok(e) : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.Record)
            .WithSummary("Revises an event (send the version read; 409 when it changed meanwhile). An organiser's change withdraws the bureau's confirmation.");
        api.MapPost("/events/{id:guid}/confirm", async Task<Results<Ok<EventView>, NotFound>> (Guid id, [FromBody] VersionInput? input, SaveEventHandler h, CancellationToken ct) =>
                await h.ConfirmAsync(id, confirm: true, input?.Version, ct) is { } e ? TypedResults.Ok(e) : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.Confirm)
            .WithSummary("The bureau counts the event toward the plan's publicity target (body optional: {version}); 409 for an event still to come.");
        api.MapPost("/events/{id:guid}/withdraw", async Task<Results<Ok<EventView>, NotFound>> (Guid id, [FromBody] VersionInput? input, SaveEventHandler h, CancellationToken ct) =>
                await h.ConfirmAsync(id, confirm: false, input?.Version, ct) is { } e ? TypedResults.Ok(e) : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.Confirm)
            .WithSummary("The bureau takes its confirmation back; the event stays recorded.");
        api.MapGet("/events/{id:guid}/files", async (Guid id, EventFiles h, CancellationToken ct) =>
            {
                var files = await h.ListAsync(id, ct);
                return new PagedResult<EventFiles.FileView>(files, files.Count, 1, Math.Max(1, files.Count));
            })
            .RequireAuthorization(OutreachPolicies.Read)
            .WithSummary("The photos and documents of an event, in the caller's scope.");
        api.MapPost("/events/{id:guid}/files", async Task<Results<Created<EventFiles.FileView>, NotFound, ValidationProblem>> (
                Guid id, IFormFile? file, HttpRequest request, EventFiles h, IStringLocalizer<OutreachText> text, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(EventFiles.Field, text["Error_File_Empty", file?.FileName ?? string.Empty]));
                }

                if (request.Form.Files.Count > 1)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(EventFiles.Field, text["Error_OneFilePerRequest"]));
                }

                if (file.Length > Platform.Files.EvidenceInspector.MaxBytes)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(EventFiles.Field, text["Error_File_TooLarge", Platform.Files.EvidenceInspector.SafeFileName(file.FileName)]));
                }

                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, ct);
                return await h.AttachAsync(id, file.FileName, buffer.ToArray(), ct) is { } added
                    ? TypedResults.Created($"/api/outreach/files/{added.Id}", added)
                    : TypedResults.NotFound();
            })
            .WithMetadata(new RequestSizeLimitAttribute(Platform.Files.EvidenceInspector.MaxBytes + (1024 * 1024)),
                new RequestFormLimitsAttribute { MultipartBodyLengthLimit = Platform.Files.EvidenceInspector.MaxBytes + (1024 * 1024) })
            .DisableAntiforgery()
            .RequireAuthorization(OutreachPolicies.Record)
            .WithSummary("Attaches a photo or document (multipart, field 'file': JPEG, PNG, PDF or Office by content, metadata stripped, at most 20 MB) to an event the caller organised; 404 otherwise.");
        api.MapGet("/files/{id:guid}", async Task<Results<FileStreamHttpResult, NotFound>> (Guid id, EventFiles h, CancellationToken ct) =>
                await h.OpenAsync(id, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.Read)
            .WithSummary("Downloads an event's file; outside the caller's scope it does not exist (404).");
        api.MapGet("/calendar", async (OutreachCalendar calendar, DateOnly? from, DateOnly? to, string? organiser, PublicityTheme? theme, TimeProvider clock, CancellationToken ct) =>
            {
                var start = from ?? new DateOnly(TimeDisplay.Today(clock).Year, TimeDisplay.Today(clock).Month, 1);
                var entries = await calendar.ListAsync(start, to ?? start.AddMonths(1).AddDays(-1), organiser, theme, ct);
                return new PagedResult<CalendarEntry>(entries, entries.Count, 1, Math.Max(1, entries.Count));
            })
            .RequireAuthorization(OutreachPolicies.Read)
            .WithSummary("Events and course sessions between from (default: the first of this month) and to (default: its last day; at most 400 days), in the caller's scope.");
    }

    private static void MapCourses(RouteGroupBuilder api)
    {
        api.MapGet("/courses", (ListCoursesHandler h, int? year, TrainingAudience? audience, string? organiser, bool? open, string? search, int? page, int? pageSize, CancellationToken ct) =>
                h.HandleAsync(new ListCoursesQuery(year, audience, organiser, open, search, page ?? 1, pageSize ?? 50), ct))
            .RequireAuthorization(OutreachPolicies.Read)
            .WithSummary("Courses in the caller's scope ({items, total, page, pageSize}); filters year, audience, organiser, open, search.");
        api.MapGet("/courses/open", (ListCoursesHandler h, int? page, int? pageSize, CancellationToken ct) =>
                h.OpenForSignUpAsync(publicOnly: false, page ?? 1, pageSize ?? 50, ct))
            .RequireAuthorization(OutreachPolicies.SignUp)
            .WithSummary("Courses open for sign-up: public ones, and those for enterprise staff and IP specialists.");
        api.MapGet("/courses/{id:guid}", async Task<Results<Ok<CourseView>, NotFound>> (Guid id, ListCoursesHandler h, CancellationToken ct) =>
                await h.GetAsync(id, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.Read)
            .WithSummary("A course with its seats and person-times; outside the caller's scope it does not exist (404).");
        api.MapPost("/courses", async (CourseInput input, SaveCourseHandler h, CancellationToken ct) =>
            {
                var created = await h.CreateAsync(input, ct);
                return TypedResults.Created($"/api/outreach/courses/{created.Id}", created);
            })
            .RequireAuthorization(OutreachPolicies.Record)
            .WithSummary("Announces a course {title, audience, capacity, organiserCode, trainers, creditHours, description, publicSignUp, startsOn, endsOn}; 201 with {id, …}.");
        api.MapPut("/courses/{id:guid}", async Task<Results<Ok<CourseView>, NotFound>> (Guid id, CourseInput input, SaveCourseHandler h, CancellationToken ct) =>
                await h.UpdateAsync(id, input, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.Record)
            .WithSummary("Revises a course (send the version read); the capacity may not fall below the seats taken.");
        api.MapGet("/courses/{id:guid}/sessions", async Task<Results<Ok<PagedResult<SessionView>>, NotFound>> (Guid id, ListCoursesHandler courses, CourseViews views, CancellationToken ct) =>
            {
                if (await courses.GetAsync(id, ct) is not { } course)
                {
                    return TypedResults.NotFound();
                }

                var sessions = await views.SessionsAsync(id, course.CanManage, ct);
                return TypedResults.Ok(new PagedResult<SessionView>(sessions, sessions.Count, 1, Math.Max(1, sessions.Count)));
            })
            .RequireAuthorization(OutreachPolicies.Read)
            .WithSummary("The sessions of a course with their attendance; the organiser also gets each door sign-in link.");
        api.MapPost("/courses/{id:guid}/sessions", async Task<Results<Created<SessionView>, NotFound>> (Guid id, SessionInput input, SaveCourseHandler h, CancellationToken ct) =>
                await h.AddSessionAsync(id, input, ct) is { } s ? TypedResults.Created($"/api/outreach/courses/{id}/sessions", s) : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.Record)
            .WithSummary("Schedules a session {date, start \"09:00\", end \"11:30\", place}; 400 for a date outside the course's dates.");
        api.MapGet("/courses/{id:guid}/registrations", async Task<Results<Ok<PagedResult<RegistrationView>>, NotFound>> (Guid id, RosterHandler h, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } rows
                    ? TypedResults.Ok(new PagedResult<RegistrationView>([.. rows.Select(r => r.Registration)], rows.Count, 1, Math.Max(1, rows.Count)))
                    : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.SignUp)
            .WithSummary("The roster: the organiser and the bureau see everyone, anyone else the people they signed up.");
        api.MapPost("/courses/{id:guid}/registrations", async Task<Results<Created<RegistrationView>, NotFound>> (Guid id, SignUpInput input, SignUpHandler h, CancellationToken ct) =>
                await h.SignUpAsync(id, input, onPortal: false, ct) is { } r ? TypedResults.Created($"/api/outreach/registrations/{r.Id}", r) : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.SignUp)
            .WithSummary("Signs a person up {name, organisation, phone}: state Registered while seats last, else WaitListed; 409 when the phone is already signed up or the course is over.");
        api.MapPost("/registrations/{id:guid}/cancel", async Task<Results<Ok<RegistrationView>, NotFound>> (Guid id, [FromBody] VersionInput? input, SignUpHandler h, CancellationToken ct) =>
                await h.CancelAsync(id, input?.Version, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.SignUp)
            .WithSummary("Cancels a sign-up (the organiser, or whoever made it); the seat passes to the first on the waiting list.");
        api.MapGet("/registrations/{id:guid}/certificate", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, CertificateHandler h, CancellationToken ct) =>
                await h.PdfAsync(id, ct) is { } pdf ? TypedResults.File(pdf, "application/pdf", "certificate.pdf") : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.SignUp)
            .WithSummary("The participant's certificate (Chinese PDF with its verification code), issued on first request; 409 unless every session was attended.");
        api.MapPost("/courses/{id:guid}/certificates", async Task<Results<Ok<int>, NotFound>> (Guid id, CertificateHandler h, CancellationToken ct) =>
                await h.IssueAllAsync(id, ct) is { } n ? TypedResults.Ok(n) : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.Record)
            .WithSummary("Issues the certificates of everyone who attended every session of an ended course; answers how many were new.");
        api.MapPost("/sessions/{id:guid}/attendance", async Task<Results<Ok<AttendanceView>, NotFound>> (Guid id, AttendanceInput input, AttendanceHandler h, CancellationToken ct) =>
                await h.RecordAsync(id, input.RegistrationId!.Value, AttendanceMethod.Roster, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.Record)
            .WithSummary("Records that a registered person attended {registrationId}; a second time answers 200 with counted=false and counts nothing.");
        api.MapDelete("/sessions/{id:guid}/attendance/{registrationId:guid}", async Task<Results<NoContent, NotFound>> (Guid id, Guid registrationId, AttendanceHandler h, CancellationToken ct) =>
                await h.RemoveAsync(id, registrationId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.Record)
            .WithSummary("Takes back an attendance ticked by mistake (not once a certificate is issued).");
        api.MapPost("/sessions/{id:guid}/roster", async Task<Results<Ok<RosterImportResult>, NotFound, ValidationProblem>> (Guid id, bool? apply, IFormFile? file, AttendanceHandler h, IStringLocalizer<OutreachText> text, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(AttendanceHandler.ImportField, text["Error_ImportEmpty"]));
                }

                if (file.Length > AttendanceHandler.MaxImportBytes)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(AttendanceHandler.ImportField, text["Error_ImportTooLarge"]));
                }

                await using var stream = new MemoryStream();
                await file.CopyToAsync(stream, ct);
                stream.Position = 0;
                return await h.ImportAsync(id, stream, apply == true, ct) is { } result ? TypedResults.Ok(result) : TypedResults.NotFound();
            })
            .DisableAntiforgery()
            .RequireAuthorization(OutreachPolicies.Record)
            .WithSummary("A paper roster (.xlsx, columns 姓名 and 电话): every row with its error; the good rows are recorded only with ?apply=true.");
        api.MapGet("/sessions/{id:guid}/qr.svg", async Task<Results<ContentHttpResult, NotFound>> (Guid id, CourseViews views, HttpRequest request, CancellationToken ct) =>
                await views.SignInPathAsync(id, ct) is { } path
                    ? TypedResults.Content(QrSvg($"{request.Scheme}://{request.Host}{request.PathBase}{path}"), "image/svg+xml")
                    : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.Record)
            .WithSummary("The door's QR code (SVG) of a session, for its organiser: the sign-in link of that session.");
    }

    private static void MapMediaAndMaterials(RouteGroupBuilder api)
    {
        api.MapGet("/media", (MediaHandler h, int? year, Guid? eventId, int? page, int? pageSize, CancellationToken ct) => h.ListAsync(year, eventId, page ?? 1, pageSize ?? 50, ct))
            .RequireAuthorization(OutreachPolicies.Read)
            .WithSummary("Media coverage in the caller's scope, newest first ({items, total, page, pageSize}); filters year, eventId.");
        api.MapPost("/media", async (MediaInput input, MediaHandler h, CancellationToken ct) =>
            {
                var created = await h.CreateAsync(input, null, ct);
                return TypedResults.Created($"/api/outreach/media?eventId={created.EventId}", created);
            })
            .RequireAuthorization(OutreachPolicies.Record)
            .WithSummary("Records media coverage {outlet, date, title, link, eventId, caseId}; caseId names a concluded protection case reported as a typical case (only its number and public outcome are kept). The page also takes a scan of the clipping.");
        api.MapGet("/media/{id:guid}/scan", async Task<Results<FileStreamHttpResult, NotFound>> (Guid id, MediaHandler h, CancellationToken ct) =>
                await h.OpenScanAsync(id, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.Read)
            .WithSummary("Downloads the scan of a clipping, in the caller's scope.");
        api.MapGet("/materials", (MaterialsHandler h, PublicityTheme? theme, MaterialKind? kind, int? page, int? pageSize, CancellationToken ct) =>
                h.ListAsync(publicOnly: false, theme, kind, page ?? 1, pageSize ?? 50, ct))
            .RequireAuthorization(OutreachPolicies.Read)
            .WithSummary("The materials library ({items, total, page, pageSize}); filters theme, kind.");
        api.MapPost("/materials", async Task<Results<Created<MaterialView>, ValidationProblem>> ([FromForm] MaterialInput? input, IFormFile? file, MaterialsHandler h, IInputValidator validator, IStringLocalizer<OutreachText> text, CancellationToken ct) =>
            {
                // A form without any of the fields binds no object at all: it is an empty one, with its fields missing.
                input ??= new MaterialInput();
                if (validator.Validate(input) is { Count: > 0 } errors)
                {
                    return TypedResults.ValidationProblem(errors.ToDictionary());
                }

                if (file is null || file.Length == 0)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(MaterialsHandler.Field, text["Error_File_Empty", file?.FileName ?? string.Empty]));
                }

                using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
                await file.CopyToAsync(buffer, ct);
                var created = await h.UploadAsync(input, file.FileName, buffer.ToArray(), ct);
                return TypedResults.Created(created.Href, created);
            })
            .WithMetadata(new RequestSizeLimitAttribute(MaterialsHandler.MaxVideoBytes + (1024 * 1024)),
                new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaterialsHandler.MaxVideoBytes + (1024 * 1024) })
            .DisableAntiforgery()
            .RequireAuthorization(OutreachPolicies.Materials)
            .WithSummary("Adds a material (multipart: title, kind, theme, description, isPublic, file — PDF, image or Office by content, or an MP4 video up to 100 MB).");
        api.MapPost("/materials/{id:guid}/publish", async Task<Results<Ok<MaterialView>, NotFound>> (Guid id, bool? isPublic, MaterialsHandler h, CancellationToken ct) =>
                await h.PublishAsync(id, isPublic ?? true, ct) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.Materials)
            .WithSummary("Marks a material public on the portal (?isPublic=false takes it back).");
        api.MapGet("/materials/{id:guid}/file", async Task<Results<FileStreamHttpResult, NotFound>> (Guid id, MaterialsHandler h, CancellationToken ct) =>
                await h.OpenAsync(id, publicOnly: false, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound())
            .RequireAuthorization(OutreachPolicies.Read)
            .WithSummary("Downloads a material.");
    }

    private static void MapPublic(IEndpointRouteBuilder endpoints)
    {
        var portal = endpoints.MapGroup("/api/outreach/public").WithTags("Publicity and Training").AllowAnonymous();
        portal.MapGet("/courses", (ListCoursesHandler h, int? page, int? pageSize, CancellationToken ct) => h.OpenForSignUpAsync(publicOnly: true, page ?? 1, pageSize ?? 50, ct))
            .WithSummary("Courses anyone may sign up for, still to come.");
        portal.MapPost("/courses/{id:guid}/registrations", async Task<Results<Created<RegistrationView>, NotFound>> (Guid id, SignUpInput input, SignUpHandler h, CancellationToken ct) =>
                await h.SignUpAsync(id, input, onPortal: true, ct) is { } r ? TypedResults.Created($"/api/outreach/public/courses/{id}", r) : TypedResults.NotFound())
            .RequireRateLimiting(OutreachPolicies.SignUpLimit)
            .WithSummary("Signs up on the portal {name, organisation, phone}; 404 for a course without public sign-up; 429 past the rate limit.");
        portal.MapPost("/sign-in/{token}", async (string token, DoorSignInInput input, AttendanceHandler h, CancellationToken ct) => await h.SignInAtDoorAsync(token, input.Phone, ct))
            .RequireRateLimiting(OutreachPolicies.DoorLimit)
            .WithSummary("Signs in at the door with the phone given at sign-up: outcome SignedIn, AlreadySignedIn, NotRegistered, NotToday or UnknownLink.");
        portal.MapGet("/materials", (MaterialsHandler h, PublicityTheme? theme, MaterialKind? kind, int? page, int? pageSize, CancellationToken ct) =>
                h.ListAsync(publicOnly: true, theme, kind, page ?? 1, pageSize ?? 50, ct))
            .WithSummary("The materials marked public.");
        portal.MapGet("/materials/{id:guid}/file", async Task<Results<FileStreamHttpResult, NotFound>> (Guid id, MaterialsHandler h, CancellationToken ct) =>
                await h.OpenAsync(id, publicOnly: true, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound())
            .WithSummary("Downloads a public material; 404 for one not marked public.");
        portal.MapGet("/certificates/{code}", async Task<Results<Ok<CertificateCheck>, NotFound>> (string code, CertificateHandler h, CancellationToken ct) =>
                await h.CheckAsync(code, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound())
            .WithSummary("Checks a certificate's verification code; 404 when no certificate carries it.");
        endpoints.MapGet("/outreach/calendar.ics", async (OutreachCalendar calendar, DateOnly? from, string? organiser, PublicityTheme? theme, HttpRequest request, IStringLocalizer<OutreachText> text, TimeProvider clock, CancellationToken ct) =>
            {
                var start = from ?? new DateOnly(TimeDisplay.Today(clock).Year, 1, 1);
                var entries = await calendar.ListAsync(start, start.AddDays(OutreachCalendar.MaxDays), organiser, theme, ct);
                var ics = OutreachCalendar.Ics(entries, text["Calendar_Title"], $"{request.Scheme}://{request.Host}{request.PathBase}");
                return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "outreach.ics");
            })
            .RequireAuthorization(OutreachPolicies.Read)
            .ExcludeFromDescription();
    }

    internal static string QrSvg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8);
    }
}
