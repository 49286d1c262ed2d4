using CountyIP.Modules.Publishing.UseCases;
using CountyIP.Platform.Web.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Publishing.Api;

/// <summary>
/// Every route of the module on one screen. Staff write and publish under <c>/api/publishing</c>
/// (<see cref="PublishingPolicies.Manage"/>); the public reads under <c>/api/portal</c> (anonymous, published items
/// only) and through the feed and the site map. Each route names its policy and calls one handler (rule 3).
/// </summary>
internal static class PublishingEndpoints
{
    public static IEndpointRouteBuilder MapPublishingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        MapArticles(endpoints.MapGroup("/api/publishing/articles").WithTags("Portal publishing").RequireAuthorization(PublishingPolicies.Manage));
        MapEvents(endpoints.MapGroup("/api/publishing/events").WithTags("Portal publishing").RequireAuthorization(PublishingPolicies.Manage));
        MapPublic(endpoints);
        return endpoints;
    }

    private static void MapArticles(RouteGroupBuilder articles)
    {
        articles.MapGet("/", (ListArticlesHandler h, [AsParameters] ListArticlesQuery q, CancellationToken ct) => h.HandleAsync(q, ct))
            .WithSummary("Articles in every state, newest change first ({items, total, page, pageSize}).");
        articles.MapGet("/{id:guid}", async Task<Results<Ok<ArticleView>, NotFound>> (Guid id, GetArticleHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound());
        articles.MapPost("/", async (ArticleInput input, CreateArticleHandler h, CancellationToken ct) =>
        {
            var created = await h.HandleAsync(input, ct);
            return TypedResults.Created($"/api/publishing/articles/{created.Id}", created);
        }).WithSummary("Writes a draft {channel, title, summary, body, issuer, documentNumber}; 400 with field errors.");
        articles.MapPut("/{id:guid}", async Task<Results<Ok<ArticleView>, NotFound>> (Guid id, ArticleInput input, UpdateArticleHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, input, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .WithSummary("Corrects an article in any state; with `version` a change made meanwhile is refused (409).");
        articles.MapPost("/{id:guid}/actions", async Task<Results<Ok<ArticleView>, NoContent, NotFound>> (Guid id, ArticleActionCommand command, ArticleActionHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, command, ct) switch
            {
                (false, _) => TypedResults.NotFound(),
                (true, { } a) => TypedResults.Ok(a),
                _ => TypedResults.NoContent(),
            })
            .WithSummary("A step {action, version}: publish, withdraw, pin, unpin, delete (a draft never published → 204); 409 when the state does not allow it.");

        // Multipart from API clients (one file per request); browsers use the detail page's form with its antiforgery token.
        articles.MapPost("/{id:guid}/attachments", async Task<Results<Created<ArticleAttachmentView>, NotFound, ValidationProblem>> (
                Guid id, IFormFile? file, HttpRequest request, AttachArticleFileHandler h, IStringLocalizer<PublishingText> text, CancellationToken ct) =>
            {
                if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(ArticleFileRules.Field, text["Error_NoFile"]));
                }

                if (request.Form.Files.Count > 1)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(ArticleFileRules.Field, text["Error_OneFilePerRequest"]));
                }

                if (file.Length > ArticleFileRules.MaxBytes)
                {
                    return TypedResults.ValidationProblem(InputValidation.Field(ArticleFileRules.Field, text["Error_File_TooLarge", Platform.Files.EvidenceInspector.SafeFileName(file.FileName)]));
                }

                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, ct);
                return await h.HandleAsync(id, new ArticleFileUpload(file.FileName, buffer.ToArray()), ct) is { } added
                    ? TypedResults.Created($"/api/publishing/articles/{id}/attachments/{added.Id}", added)
                    : TypedResults.NotFound();
            })
            .WithMetadata(new RequestSizeLimitAttribute(ArticleFileRules.MaxRequestBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = ArticleFileRules.MaxRequestBytes })
            .DisableAntiforgery()
            .WithSummary("Attaches a file (multipart, field 'file': PDF, JPEG, PNG, Word, Excel or PowerPoint by content, metadata stripped, at most 20 MB).");
        articles.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async Task<Results<FileStreamHttpResult, NotFound>> (Guid id, Guid attachmentId, OpenArticleFileHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, attachmentId, publishedOnly: false, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound())
            .WithSummary("Downloads an attachment of an article in any state.");
        articles.MapDelete("/{id:guid}/attachments/{attachmentId:guid}", async Task<Results<NoContent, NotFound>> (Guid id, Guid attachmentId, RemoveArticleFileHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, attachmentId, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
    }

    private static void MapEvents(RouteGroupBuilder events)
    {
        events.MapGet("/", (ListEventsHandler h, [AsParameters] ListEventsQuery q, CancellationToken ct) => h.HandleAsync(q, ct))
            .WithSummary("Calendar entries in every state, latest first day first ({items, total, page, pageSize}).");
        events.MapGet("/{id:guid}", async Task<Results<Ok<EventView>, NotFound>> (Guid id, GetEventHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, ct) is { } e ? TypedResults.Ok(e) : TypedResults.NotFound());
        events.MapPost("/", async (EventInput input, CreateEventHandler h, CancellationToken ct) =>
        {
            var created = await h.HandleAsync(input, ct);
            return TypedResults.Created($"/api/publishing/events/{created.Id}", created);
        }).WithSummary("Writes a draft entry {title, startsOn, endsOn, startTime, place, organiser, description}; 400 with field errors.");
        events.MapPut("/{id:guid}", async Task<Results<Ok<EventView>, NotFound>> (Guid id, EventInput input, UpdateEventHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, input, ct) is { } e ? TypedResults.Ok(e) : TypedResults.NotFound());
        events.MapPost("/{id:guid}/actions", async Task<Results<Ok<EventView>, NoContent, NotFound>> (Guid id, EventActionCommand command, EventActionHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, command, ct) switch
            {
                (false, _) => TypedResults.NotFound(),
                (true, { } e) => TypedResults.Ok(e),
                _ => TypedResults.NoContent(),
            })
            .WithSummary("A step {action, version}: publish, withdraw, delete (a draft → 204); 409 when the state does not allow it.");
    }

    private static void MapPublic(IEndpointRouteBuilder endpoints)
    {
        var portal = endpoints.MapGroup("/api/portal").WithTags("Portal").AllowAnonymous();
        portal.MapGet("/articles", (PortalReader reader, [AsParameters] PublicArticlesQuery q, CancellationToken ct) => reader.ArticlesAsync(q, ct))
            .WithSummary("Published notices, policies and news, pinned first, newest first ({items, total, page, pageSize}).");
        portal.MapGet("/articles/{id:guid}", async Task<Results<Ok<PublicArticle>, NotFound>> (Guid id, PortalReader reader, CancellationToken ct) =>
            await reader.ArticleAsync(id, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .WithSummary("A published item with its attachments; 404 for a draft or a withdrawn one.");
        portal.MapGet("/articles/{id:guid}/attachments/{attachmentId:guid}", async Task<Results<FileStreamHttpResult, NotFound>> (Guid id, Guid attachmentId, OpenArticleFileHandler h, CancellationToken ct) =>
            await h.HandleAsync(id, attachmentId, publishedOnly: true, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound())
            .WithSummary("Downloads an attachment of a published item.");
        portal.MapGet("/events", (PortalReader reader, DateOnly? from, DateOnly? to, TimeProvider clock, CancellationToken ct) =>
            {
                var start = from ?? Platform.Web.TimeDisplay.Today(clock);
                return reader.CalendarAsync(start, to ?? start.AddDays(90), ct);
            })
            .WithSummary("Published events running between `from` (default today) and `to` (default 90 days on; at most a year): {from, to, events}.");

        endpoints.MapGet("/portal/rss.xml", async (PortalReader reader, PortalFeeds feeds, HttpRequest request, CancellationToken ct) =>
                TypedResults.Text(feeds.Rss(await reader.FeedAsync(ct), BaseUrl(request)), "application/rss+xml; charset=utf-8"))
            .AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet("/portal/events.ics", async (PortalReader reader, PortalFeeds feeds, HttpRequest request, TimeProvider clock, CancellationToken ct) =>
            {
                // Three months back and a year ahead: what a subscribed calendar needs, bounded.
                var today = Platform.Web.TimeDisplay.Today(clock);
                return TypedResults.Text(feeds.Ics(await reader.CalendarAsync(today.AddDays(-90), today.AddDays(PortalReader.MaxCalendarDays - 90), ct), BaseUrl(request)), "text/calendar; charset=utf-8");
            })
            .AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet("/sitemap.xml", async (PortalReader reader, PortalFeeds feeds, HttpRequest request, CancellationToken ct) =>
                TypedResults.Text(feeds.Sitemap(await reader.SitemapAsync(ct), BaseUrl(request)), "application/xml; charset=utf-8"))
            .AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>The site's address as the client reached it (the forwarded headers are applied first): feeds need absolute links.</summary>
    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
