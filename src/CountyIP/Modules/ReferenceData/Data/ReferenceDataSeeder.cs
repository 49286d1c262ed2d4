using System.Text.Json;
using System.Text.Json.Serialization;
using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Modules.ReferenceData.UseCases;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.ReferenceData.Data;

/// <summary>
/// Loads units, departments, code lists and holiday calendars from the JSON files in <c>ReferenceData/</c> (copied
/// beside the app). Idempotent: adds rows whose key is missing and never touches existing rows, so the bureau's
/// edits survive restarts. A holiday year is loaded only while the database has no day of that year, so a day the
/// bureau removed does not come back.
/// </summary>
internal sealed class ReferenceDataSeeder(CountyIpDbContext db, WorkingDayCalendar calendar, ILogger<ReferenceDataSeeder> logger) : IDataSeeder
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public int Order => 100;

    public bool IsDemoData => false;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "ReferenceData");

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var added = 0;
        added += await SeedUnitsAsync(cancellationToken);
        added += await SeedDepartmentsAsync(cancellationToken);
        added += await SeedDictionariesAsync(cancellationToken);
        added += await SeedHolidaysAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        calendar.Invalidate();
        logger.LogInformation("Reference data: {Added} rows added from {Folder}", added, Folder);
    }

    private async Task<int> SeedUnitsAsync(CancellationToken cancellationToken)
    {
        var file = await ReadAsync<UnitsFile>("units.json", cancellationToken);
        var existing = (await db.Set<AdministrativeUnit>().Select(u => u.Code).ToListAsync(cancellationToken)).ToHashSet();
        var added = 0;
        foreach (var (u, i) in file.Units.Select((u, i) => (u, i)).Where(x => !existing.Contains(x.u.Code)))
        {
            db.Add(new AdministrativeUnit(u.Code, u.NameZh, u.NameEn, u.Kind, u.ParentCode, u.ValidFrom, u.ValidTo, u.SortOrder ?? (i + 1) * 10));
            added++;
        }

        return added;
    }

    private async Task<int> SeedDepartmentsAsync(CancellationToken cancellationToken)
    {
        var file = await ReadAsync<DepartmentsFile>("departments.json", cancellationToken);
        var existing = (await db.Set<Department>().Select(d => d.Code).ToListAsync(cancellationToken)).ToHashSet();
        var added = 0;
        foreach (var (d, i) in file.Departments.Select((d, i) => (d, i)).Where(x => !existing.Contains(x.d.Code)))
        {
            db.Add(new Department(d.Code, d.NameZh, d.NameEn, d.SortOrder ?? (i + 1) * 10, d.IsActive ?? true));
            added++;
        }

        return added;
    }

    private async Task<int> SeedDictionariesAsync(CancellationToken cancellationToken)
    {
        var file = await ReadAsync<DictionariesFile>("dictionaries.json", cancellationToken);
        var existing = (await db.Set<DictionaryItem>().Select(d => new { d.Kind, d.Code }).ToListAsync(cancellationToken))
            .Select(k => (k.Kind, k.Code)).ToHashSet();
        var added = 0;
        foreach (var list in file.Lists)
        {
            foreach (var (item, i) in list.Items.Select((item, i) => (item, i)).Where(x => !existing.Contains((list.Kind, x.item.Code))))
            {
                db.Add(new DictionaryItem(list.Kind, item.Code, item.NameZh, item.NameEn, item.SortOrder ?? (i + 1) * 10, item.IsActive ?? true));
                added++;
            }
        }

        return added;
    }

    private async Task<int> SeedHolidaysAsync(CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var path in Directory.EnumerateFiles(Folder, "holidays-*.json").Order(StringComparer.Ordinal))
        {
            var file = await ReadAsync<HolidayFile>(Path.GetFileName(path), cancellationToken);
            if (await db.Set<CalendarDay>().AnyAsync(d => d.Year == file.Year, cancellationToken))
            {
                continue;
            }

            foreach (var day in HolidayFileExpander.Expand(file))
            {
                db.Add(day);
                added++;
            }
        }

        return added;
    }

    private static async Task<T> ReadAsync<T>(string name, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Folder, name);
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException($"{path} is empty");
    }
}

internal sealed record UnitsFile(string? Comment, IReadOnlyList<UnitSeed> Units);

internal sealed record UnitSeed(string Code, string NameZh, string NameEn, UnitKind Kind, string? ParentCode, DateOnly? ValidFrom, DateOnly? ValidTo, int? SortOrder);

internal sealed record DepartmentsFile(string? Comment, IReadOnlyList<DepartmentSeed> Departments);

internal sealed record DepartmentSeed(string Code, string NameZh, string NameEn, bool? IsActive, int? SortOrder);

internal sealed record DictionariesFile(string? Comment, IReadOnlyList<DictionarySeed> Lists);

internal sealed record DictionarySeed(string Kind, string? Comment, IReadOnlyList<DictionaryItemSeed> Items);

internal sealed record DictionaryItemSeed(string Code, string NameZh, string NameEn, int? SortOrder, bool? IsActive);

/// <summary>One year of the State Council's holiday arrangement (国务院办公厅关于YYYY年部分节假日安排的通知).</summary>
internal sealed record HolidayFile(int Year, string? Source, string? Comment, IReadOnlyList<HolidaySeed> Holidays);

/// <summary>A holiday period (inclusive) and the weekend days worked to make up for it.</summary>
internal sealed record HolidaySeed(string NameZh, string NameEn, DateOnly From, DateOnly To, IReadOnlyList<DateOnly>? MakeUpWorkingDays, string? Comment);

internal static class HolidayFileExpander
{
    public static IEnumerable<CalendarDay> Expand(HolidayFile file)
    {
        foreach (var holiday in file.Holidays)
        {
            var note = holiday.Comment ?? file.Source;
            for (var date = holiday.From; date <= holiday.To; date = date.AddDays(1))
            {
                yield return new CalendarDay(date, CalendarDayKind.Holiday, holiday.NameZh, holiday.NameEn, note);
            }

            foreach (var date in holiday.MakeUpWorkingDays ?? [])
            {
                yield return new CalendarDay(date, CalendarDayKind.MakeUpWorkingDay, holiday.NameZh, holiday.NameEn, note);
            }
        }
    }
}
