using CountyIP.Modules.Import.Domain;
using CountyIP.Modules.Import.UseCases.Parsing;
using CountyIP.Modules.Import.UseCases;
using CountyIP.Platform.Files;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CountyIP.Modules.Import.Api;

/// <summary>Every route of the import on one screen (issue 3 §3); thin adapters to the use-case handlers.</summary>
internal static class ImportEndpoints
{
    /// <summary>A little above the 50 MB limit so an oversized file gets our message rather than a bare 413.</summary>
    public const long MaxRequestBytes = ImportFiles.MaxBytes + (2 * 1024 * 1024);

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var imports = endpoints.MapGroup("/api/imports").WithTags("Imports").RequireAuthorization(ImportPolicies.Import)
            .ProducesProblem(StatusCodes.Status409Conflict);

        imports.MapPost("/{kind}", StartAsync)
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaxRequestBytes })
            .DisableAntiforgery()
            .ProducesValidationProblem()
            .WithSummary("Uploads a file to import (kind = patents | trademarks | copyrights | enterprises; multipart field 'file', .xlsx or .csv; optional mode=all-or-nothing). Answers 202 with the import id; the preview runs as a background job.");

        imports.MapGet("/", (int? page, int? pageSize, ListImportsHandler h, CancellationToken ct) => h.HandleAsync(new ListImportsQuery(page, pageSize), ct))
            .WithSummary("The caller's imports, newest first.");

        imports.MapGet("/{id:guid}", async Task<Results<Ok<ImportView>, NotFound>> (Guid id, GetImportHandler h, CancellationToken ct) =>
                await h.HandleAsync(new GetImportQuery(id), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithSummary("Status, progress, counts (new, changed, unchanged, invalid) and row errors of one of the caller's imports.");

        imports.MapPost("/{id:guid}/confirm", async Task<Results<Accepted, NotFound>> (Guid id, ConfirmImportHandler h, CancellationToken ct) =>
                await h.HandleAsync(new ConfirmImportCommand(id), ct) ? TypedResults.Accepted($"/api/imports/{id}") : TypedResults.NotFound())
            .WithSummary("Confirms a previewed import: applies it as a background job, all valid rows in one transaction.");

        imports.MapGet("/{id:guid}/invalid-rows", async Task<Results<FileStreamHttpResult, NotFound>> (Guid id, GetInvalidRowsHandler h, CancellationToken ct) =>
                await h.HandleAsync(new GetInvalidRowsQuery(id), ct) is { } file ? TypedResults.File(file, ContentTypes.Xlsx, "invalid-rows.xlsx") : TypedResults.NotFound())
            .WithSummary("The invalid rows of the preview as .xlsx, with the row number and a reason column.");

        return endpoints;
    }

    private static async Task<Results<Accepted<ImportCreated>, ValidationProblem, NotFound>> StartAsync(
        string kind, [FromQuery] string? mode, HttpRequest request, StartImportHandler handler, CountyIP.Modules.Registry.Contracts.IRecordImport records, Microsoft.Extensions.Localization.IStringLocalizer<ImportText> text, CancellationToken ct)
    {
        if (ParseKind(kind) is not { } importKind || !ImportKinds.Supported(records).Contains(importKind))
        {
            return TypedResults.NotFound();
        }

        if (!request.HasFormContentType)
        {
            return Problem("file", text["File_Missing"]);
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return Problem("file", text["File_Missing"]);
        }

        var modeText = mode ?? form["mode"].ToString();
        ImportMode importMode;
        switch (modeText)
        {
            case "" or "skip-invalid":
                importMode = ImportMode.SkipInvalid;
                break;
            case "all-or-nothing":
                importMode = ImportMode.AllOrNothing;
                break;
            default:
                return Problem("mode", text["Error_BadMode"]);
        }

        try
        {
            await using var content = file.OpenReadStream();
            var id = await handler.HandleAsync(new StartImportCommand(importKind, importMode, file.FileName, file.Length, content), ct);
            return TypedResults.Accepted($"/api/imports/{id}", new ImportCreated(id));
        }
        catch (ImportFileRefusedException refused)
        {
            return Problem("file", refused.Message);
        }
    }

    public static ImportKind? ParseKind(string? kind) => kind switch
    {
        "patents" => ImportKind.Patents,
        "trademarks" => ImportKind.Trademarks,
        "copyrights" => ImportKind.Copyrights,
        "enterprises" => ImportKind.Enterprises,
        _ => null,
    };

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}

public sealed record ImportCreated(Guid Id);
