using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Indicators.Contracts;
using CountyIP.Modules.Indicators.Domain;
using CountyIP.Modules.Indicators.UseCases;
using CountyIP.Platform.Files;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using CountyIP.Platform.Web.Validation;

namespace CountyIP.Modules.Indicators.Api;

internal static class IndicatorsEndpoints
{
    public static IEndpointRouteBuilder MapIndicatorsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/indicators").WithTags("Indicators");

        group.MapGet("/", async Task<Results<Ok<IndicatorsResponse>, NotFound, ValidationProblem>> (
            string? plan, int? year, string? period, GetIndicatorsHandler handler, CancellationToken ct) =>
        {
            if (Period(year, period) is not { } p)
            {
                return PeriodProblem();
            }

            return await handler.HandleAsync(new GetIndicatorsQuery(plan, p), ct) is { } board
                ? TypedResults.Ok(IndicatorsResponse.From(board))
                : TypedResults.NotFound();
        }).RequireAuthorization(IndicatorsPolicies.Read)
            .WithSummary("Every target of the plan for a year (year=2013) or the pilot period (period=pilot). Ratios are fractions; actual is null when not tracked.");

        group.MapGet("/monitoring", async Task<Results<Ok<MonitoringResponse>, ValidationProblem>> (int? year, GetMonitoringFiguresHandler handler, CancellationToken ct) =>
        {
            if (year is not (>= 2000 and <= 2100))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = [IndicatorsText.Get("Error_Year")] });
            }

            var figures = await handler.HandleAsync(new GetMonitoringFiguresQuery([year.Value - 1, year.Value]), ct);
            return TypedResults.Ok(new MonitoringResponse(year.Value, [.. figures.Select(f => MonitoringItem.From(f, year.Value))]));
        }).RequireAuthorization(IndicatorsPolicies.Monitoring)
            .WithSummary("Monitoring figures without a plan target for a calendar year (protection cases received, accepted, concluded; share concluded within the time limit as a fraction; average handling days; joint enforcement actions), with the previous year.");

        group.MapGet("/{id}/evidence", async Task<Results<Ok<IndicatorEvidence>, NotFound, ValidationProblem>> (
            string id, string? plan, int? year, string? period, string? unit, int? page, int? pageSize, GetIndicatorEvidenceHandler handler, CancellationToken ct) =>
        {
            if (Period(year, period) is not { } p)
            {
                return PeriodProblem();
            }

            var query = new GetIndicatorEvidenceQuery(id, plan, p, Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 50, 1, 500), unit);
            return await handler.HandleAsync(query, ct) is { } evidence ? TypedResults.Ok(evidence) : TypedResults.NotFound();
        }).RequireAuthorization(IndicatorsPolicies.Read)
            .WithSummary("The records behind one target's value, paged; unit= limits them to one town's share where the target splits by unit (a TownLiaison always sees their own).");

        group.MapGet("/{id}/breakdown", async Task<Results<Ok<IReadOnlyList<BreakdownSlice>>, NotFound, ValidationProblem>> (
            string id, string? plan, int? year, string? period, string? kind, GetIndicatorBreakdownHandler handler, CancellationToken ct) =>
        {
            if (Period(year, period) is not { } p)
            {
                return PeriodProblem();
            }

            if (!Enum.TryParse<BreakdownKind>(kind, ignoreCase: true, out var k) || !Enum.IsDefined(k) || int.TryParse(kind, out _))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [IndicatorsText.Get("Error_BreakdownKind")] });
            }

            return await handler.HandleAsync(new GetIndicatorBreakdownQuery(id, plan, p, k), ct) is { } rows ? TypedResults.Ok(rows) : TypedResults.NotFound();
        }).RequireAuthorization(IndicatorsPolicies.Read)
            .WithSummary("One target's value split by unit (kind=unit) or by plan industry (kind=industry; an enterprise with two industries counts in both) or by training audience (kind=audience). 404 when the target allows no such split.");

        group.MapGet("/{id}/evidence.xlsx", async Task<Results<FileStreamHttpResult, NotFound, ValidationProblem>> (
            string id, string? plan, int? year, string? period, string? unit, ExportIndicatorEvidenceHandler handler, CancellationToken ct) =>
        {
            if (Period(year, period) is not { } p)
            {
                return PeriodProblem();
            }

            return await handler.HandleAsync(new ExportIndicatorEvidenceQuery(id, plan, p, unit), ct) is { } file ? file.ToResult() : TypedResults.NotFound();
        }).RequireAuthorization(IndicatorsPolicies.Read)
            .WithSummary("The records behind one target's value as an .xlsx workbook.");

        group.MapGet("/figures", async (ReportedFigureStatus? status, int? page, int? pageSize, ListFiguresHandler handler, CancellationToken ct) =>
        {
            var size = Math.Clamp(pageSize ?? 20, 1, 100);
            var (items, total) = await handler.HandleAsync(new ListFiguresQuery(status, page ?? 1, size), ct);
            return TypedResults.Ok(new { total, page = page ?? 1, pageSize = size, items });
        }).RequireAuthorization(IndicatorsPolicies.ReportFigures)
            .WithSummary("Figures reported by hand, newest first.");

        // Multipart from API clients; browsers use the page's form, which carries the antiforgery token. The auth
        // cookie is SameSite=Lax, so a cross-site form post arrives without it and is refused.
        group.MapPost("/figures", async Task<Results<Created<FigureCreated>, ValidationProblem>> (
            [FromForm] string targetId, [FromForm] int year, [FromForm] decimal? value, [FromForm] decimal? numerator,
            [FromForm] decimal? denominator, [FromForm] string? note, [FromForm] string? plan, IFormFile? file,
            SubmitFigureHandler handler, IInputValidator validator, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (file is null || file.Length == 0)
            {
                errors["file"] = [IndicatorsText.Get("Error_EvidenceRequired")];
            }
            else if (file.Length > SubmitFigureHandler.MaxEvidenceBytes)
            {
                errors["file"] = [IndicatorsText.Get("Error_EvidenceTooLarge")];
            }

            var command = new SubmitFigureCommand(targetId, year, value, numerator, denominator, note, plan);
            // Form fields, not a JSON body: the endpoint filter cannot see the command, so the same Platform path is run here (ADR 0018).
            foreach (var (field, messages) in validator.ForApi(command))
            {
                errors[field] = messages;
            }

            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }

            await using var content = file!.OpenReadStream();
            var id = await handler.HandleAsync(command, content, file.FileName, ct);
            return TypedResults.Created($"/api/indicators/figures/{id}", new FigureCreated(id));
        }).RequireAuthorization(IndicatorsPolicies.ReportFigures).DisableAntiforgery()
            .WithSummary("Reports a figure by hand with its evidence document (multipart: targetId, year, value or numerator+denominator, note, file).");

        group.MapPost("/figures/{id:guid}/decision", async Task<Results<NoContent, NotFound>> (
            Guid id, DecideFigureCommand command, DecideFigureHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, command, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(IndicatorsPolicies.ApproveFigures)
            .WithSummary("Approves or rejects (with a reason) a figure reported by someone else.");

        group.MapGet("/figures/{id:guid}/evidence", async Task<Results<FileStreamHttpResult, NotFound>> (
            Guid id, OpenFigureEvidenceHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new OpenFigureEvidenceQuery(id), ct) is { } file
                ? TypedResults.File(file.Content, ContentTypes.For(file.FileName), file.FileName)
                : TypedResults.NotFound())
            .RequireAuthorization(IndicatorsPolicies.ReportFigures)
            .WithSummary("Downloads the evidence document of a figure reported by hand.");

        group.MapPost("/reports", async (StartSelfAssessmentReportCommand command, StartSelfAssessmentReportHandler handler, CancellationToken ct) =>
        {
            var id = await handler.HandleAsync(command, ct);
            return TypedResults.Accepted($"/api/jobs/{id}", new ReportStarted(id));
        }).RequireAuthorization(IndicatorsPolicies.Report)
            .WithSummary("Starts the pilot's self-assessment report (PDF + workbook) as a background job; follow it at /api/jobs/{id}, the PDF is /api/jobs/{id}/file.");

        group.MapGet("/reports/{id:guid}/workbook", async Task<Results<FileStreamHttpResult, NotFound>> (Guid id, OpenReportWorkbookHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new OpenReportWorkbookQuery(id), ct) is { } file
                ? TypedResults.File(file.Content, ContentTypes.For(file.FileName), file.FileName)
                : TypedResults.NotFound())
            .RequireAuthorization(IndicatorsPolicies.Report)
            .WithSummary("Downloads the workbook of a finished self-assessment report the caller started.");

        return endpoints;
    }

    /// <summary>year=YYYY or period=pilot, exactly one of them; null when neither or both or out of range.</summary>
    internal static IndicatorPeriod? Period(int? year, string? period) => (year, period) switch
    {
        ({ } y, null) when y is >= 2000 and <= 2100 => new IndicatorPeriod(y),
        (null, { } p) when string.Equals(p, "pilot", StringComparison.OrdinalIgnoreCase) => IndicatorPeriod.Pilot,
        _ => null,
    };

    private static ValidationProblem PeriodProblem() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["period"] = [IndicatorsText.Get("Error_Period")],
    });
}

public sealed record FigureCreated(Guid Id);

public sealed record ReportStarted(Guid Id);

/// <summary>The API shape of issue 4 §4.</summary>
public sealed record IndicatorsResponse(string Plan, string Period, string? Unit, IReadOnlyList<IndicatorItem> Items)
{
    internal static IndicatorsResponse From(IndicatorBoard board) => new(
        board.PlanId,
        board.Period.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "pilot",
        board.UnitCode,
        [.. board.Items.Select(i => new IndicatorItem(
            i.Id, i.Name, i.Unit, i.Target, i.Actual, i.Met, IndicatorFormat.StatusName(i.Status), i.Progress, i.Definition,
            i.Section, i.Clause, i.Change, i.Projection, i.Numerator, i.Denominator,
            i.Source is null ? null : new IndicatorItemSource(i.Source.Kind, i.Source.ApprovedBy, i.Source.ApprovedUtc),
            i.Years))]);
}

public sealed record IndicatorItem(
    string Id,
    string Name,
    string Unit,
    decimal? Target,
    decimal? Actual,
    bool? Met,
    string Status,
    decimal? Progress,
    string Definition,
    string Section,
    string Clause,
    decimal? Change,
    decimal? Projection,
    decimal? Numerator,
    decimal? Denominator,
    IndicatorItemSource? Source,
    IReadOnlyList<YearValue> Years);

public sealed record IndicatorItemSource(string Kind, string? ApprovedBy, DateTime? ApprovedUtc);

/// <summary>Monitoring figures of a year (no target, no status): value, previous year's value and the change.</summary>
public sealed record MonitoringResponse(int Year, IReadOnlyList<MonitoringItem> Items);

public sealed record MonitoringItem(string Id, string Name, string Unit, string Source, decimal? Value, decimal? Previous, decimal? Change)
{
    internal static MonitoringItem From(MonitoringFigure figure, int year)
    {
        var value = figure.Years.FirstOrDefault(y => y.Year == year)?.Value;
        var previous = figure.Years.FirstOrDefault(y => y.Year == year - 1)?.Value;
        return new(figure.Id, figure.Name, figure.Unit, figure.Source, value, previous, value is not null && previous is not null ? value - previous : null);
    }
}
