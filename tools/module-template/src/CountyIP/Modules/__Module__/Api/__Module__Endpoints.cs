using CountyIP.Modules.__Module__.UseCases;

namespace CountyIP.Modules.__Module__.Api;

/// <summary>
/// Every route of the module on one screen. <paramref name="endpoints"/> is the platform's API group, which runs the
/// one validation path on every body (ADR 0018); each route names its policy (deny by default, docs/architecture.md
/// "Access") and calls one handler, never the DbContext (rule 3).
/// </summary>
internal static class __Module__Endpoints
{
    public static IEndpointRouteBuilder Map__Module__Endpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/__module__").WithTags("__ModuleEn__");

        api.MapGet("/items", async (string? search, int? page, int? pageSize, List__Module__ItemsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(new List__Module__ItemsQuery(search, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(__Module__Policies.Manage)
            .WithSummary("Items of the module, a page at a time ({items, total, page, pageSize}).");

        api.MapPost("/items", async (Create__Module__ItemCommand command, Create__Module__ItemHandler handler, CancellationToken ct) =>
        {
            var item = await handler.HandleAsync(command, ct);
            return TypedResults.Created($"/api/__module__/items/{item.Id}", item);
        })
            .RequireAuthorization(__Module__Policies.Manage)
            .WithSummary("Records an item; 400 with field errors when the input is malformed or the code is taken.");

        return endpoints;
    }
}
