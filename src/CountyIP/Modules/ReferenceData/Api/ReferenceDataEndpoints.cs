using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Modules.ReferenceData.UseCases;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using CountyIP.Platform.Web.Validation;

namespace CountyIP.Modules.ReferenceData.Api;

internal static class ReferenceDataEndpoints
{
    public static IEndpointRouteBuilder MapReferenceDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var read = endpoints.MapGroup("/api/reference").WithTags("Reference data").RequireAuthorization(Policies.InternalUser);
        var write = endpoints.MapGroup("/api/reference").WithTags("Reference data").RequireAuthorization(Policies.ManageReferenceData);

        read.MapGet("/units", async (string? search, UnitKind? kind, DateOnly? validOn, ListUnitsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(new ListUnitsQuery(search, kind, validOn), ct)))
            .WithSummary("Units of the district (district, sub-districts, towns, investment zones, statistical units).");

        read.MapGet("/units/{code}", async Task<Results<Ok<UnitView>, NotFound>> (string code, GetUnitHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(code, ct) is { } unit ? TypedResults.Ok(unit) : TypedResults.NotFound())
            .WithSummary("One unit by code.");

        write.MapPut("/units/{code}", async (string code, UnitInput input, SaveUnitHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(new SaveUnitCommand(code, input), ct)))
            .WithSummary("Creates or updates a unit.");

        read.MapGet("/departments", async (string? search, bool? activeOnly, ListDepartmentsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(new ListDepartmentsQuery(search, activeOnly ?? false), ct)))
            .WithSummary("District departments.");

        read.MapGet("/departments/{code}", async Task<Results<Ok<DepartmentView>, NotFound>> (string code, GetDepartmentHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(code, ct) is { } department ? TypedResults.Ok(department) : TypedResults.NotFound())
            .WithSummary("One department by code.");

        write.MapPut("/departments/{code}", async (string code, DepartmentInput input, SaveDepartmentHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(new SaveDepartmentCommand(code, input), ct)))
            .WithSummary("Creates or updates a department.");

        read.MapGet("/dictionaries", async (ListDictionaryKindsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(ct)))
            .WithSummary("The code lists and their sizes.");

        read.MapGet("/dictionaries/{kind}", async (string kind, string? search, bool? activeOnly, ListDictionaryItemsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(new ListDictionaryItemsQuery(kind, search, activeOnly ?? false), ct)))
            .WithSummary("Entries of one code list (empty when the list does not exist).");

        write.MapPut("/dictionaries/{kind}/{code}", async (string kind, string code, DictionaryItemInput input, SaveDictionaryItemHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(new SaveDictionaryItemCommand(kind, code, input), ct)))
            .WithSummary("Creates or updates an entry of a code list.");

        read.MapGet("/holidays", async (int? year, ListCalendarDaysHandler handler, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(new ListCalendarDaysQuery(year ?? TimeDisplay.Today(clock).Year), ct)))
            .WithSummary("Holidays and make-up working days (调休上班日) of a year (this year by default).");

        write.MapPut("/holidays/{date}", async (DateOnly date, CalendarDayInput input, SaveCalendarDayHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(new SaveCalendarDayCommand(date, input), ct)))
            .WithSummary("Marks a date as a holiday or a make-up working day.");

        write.MapDelete("/holidays/{date}", async Task<Results<NoContent, NotFound>> (DateOnly date, DeleteCalendarDayHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(new DeleteCalendarDayCommand(date), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Makes a date an ordinary day again.");

        read.MapGet("/working-days/add", async Task<Results<Ok<WorkingDaysResult>, ValidationProblem>> (DateOnly start, int days, CalculateWorkingDaysHandler handler, CancellationToken ct) =>
        {
            if (Math.Abs(days) > WorkingDayCalculator.MaxDays)
            {
                return TypedResults.ValidationProblem(InputValidation.Field("days", InputValidation.OutOfRange("days", -WorkingDayCalculator.MaxDays, WorkingDayCalculator.MaxDays)));
            }

            return TypedResults.Ok(await handler.HandleAsync(new CalculateWorkingDaysQuery(start, days), ct));
        })
            .WithSummary("The date a number of working days after (or before, when negative) a start date; the start day is not counted.");

        return endpoints;
    }
}
