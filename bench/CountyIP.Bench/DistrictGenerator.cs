using System.Globalization;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using Microsoft.Data.Sqlite;

namespace CountyIP.Bench;

/// <summary>
/// A deterministic district written with direct SQL into a SQLite file whose schema the app's migrations made, shared
/// by the benchmarks that need a large registry (indicators, pages): the same seed gives the same rows.
/// </summary>
internal static class DistrictGenerator
{
    /// <summary>The district's units (towns and parks), as the demo district's.</summary>
    public static readonly string[] Units =
        ["350104001", "350104002", "350104003", "350104004", "350104005", "350104006", "350104007", "350104008", "350104100", "350104101", "350104102", "350104103", "350104104"];

    /// <summary>A generated patent's words (<see cref="Generate"/>'s <c>text</c>).</summary>
    public sealed record PatentText(string Title, string? Abstract, string? Inventors, string? IpcMain)
    {
        public static readonly PatentText Placeholder = new("一种测试装置", null, null, null);
    }

    public sealed record Counts(int Enterprises, int Patents, int Applicants, int StatusChanges, int Others)
    {
        public int Total => Enterprises + Patents + Applicants + StatusChanges + Others;

        public override string ToString() =>
            $"{Enterprises} enterprises, {Patents} patents, {Applicants} applicants, {StatusChanges} status changes, {Others} other rows";
    }

    /// <summary>
    /// A deterministic district: patents filed 1995–2025, 97% at CNIPA, 85% with a district first applicant, 70% of
    /// those linked to an enterprise (skewed: a few enterprises hold many), about 60% granted, 40% of grants lapsed
    /// later; designations, contacts, marks, copyrights and standards at plausible rates. Direct SQL in one transaction.
    /// </summary>
    /// <param name="text">Each patent's title, abstract, inventors and main IPC symbol, from its index and type; without
    /// it every title is 一种测试装置 and the other three are NULL (the search benchmark gives realistic text).</param>
    public static Counts Generate(string database, int patentCount, int enterpriseCount, Func<int, string, PatentText>? text = null)
    {
        var random = new Random(20130401);
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;";
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        const string now = "2026-01-01 00:00:00";
        var enterpriseIds = new string[enterpriseCount];
        var enterpriseUnits = new string[enterpriseCount];
        var others = 0;

        using (var insert = Command(connection, transaction, """
            INSERT INTO registry_enterprises (Id, Name, CreditCode, Kind, UnitCode, IndustryTags, StrategicEmerging, KeyIndustry, HasIpManagementBody,
                FullTimeIpStaff, PartTimeIpStaff, ContactStartedOn, ContactEndedOn, CreatedUtc, UpdatedUtc, Version)
            VALUES ($id, $name, $code, $kind, $unit, $tags, 0, 0, 0, 0, 0, $contactFrom, $contactTo, $now, $now, $version)
            """, "$id", "$name", "$code", "$kind", "$unit", "$tags", "$contactFrom", "$contactTo", "$now", "$version"))
        using (var designation = Command(connection, transaction, """
            INSERT INTO registry_enterprise_designations (Id, Level, Kind, Title, IssuingBody, Year, ValidUntil, EnterpriseId)
            VALUES ($id, $level, 'Demonstration', '知识产权示范企业', '知识产权局', $year, $until, $enterprise)
            """, "$id", "$level", "$year", "$until", "$enterprise"))
        {
            for (var i = 0; i < enterpriseCount; i++)
            {
                var id = NewId();
                enterpriseIds[i] = id;
                enterpriseUnits[i] = Units[random.Next(Units.Length)];
                var tags = random.NextDouble() < 0.4 ? 0 : (1 << random.Next(7)) | (random.NextDouble() < 0.2 ? 1 << random.Next(7) : 0);
                DateOnly? contactFrom = random.NextDouble() < 0.3 ? Day(random, 2008, 2016) : null;
                DateOnly? contactTo = contactFrom is { } f && random.NextDouble() < 0.15 ? f.AddDays(random.Next(30, 3000)) : null;
                Run(insert, id, $"企业{i:D5}有限公司", $"91350104{i:D9}X", i % 50 == 0 ? "University" : "Enterprise", enterpriseUnits[i], tags,
                    Date(contactFrom), Date(contactTo), now, NewId());
                foreach (var (level, rate) in new[] { ("National", 0.01), ("Provincial", 0.03), ("Municipal", 0.05) })
                {
                    if (random.NextDouble() < rate)
                    {
                        var year = random.Next(2005, 2017);
                        Run(designation, NewId(), level, year, random.NextDouble() < 0.5 ? null : Date(new DateOnly(year + random.Next(1, 6), 12, 31)), id);
                        others++;
                    }
                }
            }
        }

        var applicants = 0;
        var changes = 0;
        using (var patent = Command(connection, transaction, """
            INSERT INTO registry_patents (Id, Office, ApplicationNumber, Type, ViaPct, Title, EnterpriseId, UnitCode, FirstApplicantInDistrict, FilingDate,
                GrantDate, AgencyName, LegalStatus, RightEndedOn, RightEndedBy, TermEndsOn, ServiceInvention, CreatedUtc, UpdatedUtc, Version, Abstract, Inventors, IpcMain)
            VALUES ($id, $office, $number, $type, $pct, $title, $enterprise, $unit, $district, $filed, $granted, $agency, $status, $ended, $endedBy, $term, $service, $now, $now, $version, $abstract, $inventors, $ipc)
            """, "$id", "$office", "$number", "$type", "$pct", "$title", "$enterprise", "$unit", "$district", "$filed", "$granted", "$agency", "$status", "$ended", "$endedBy", "$term", "$service", "$now", "$version", "$abstract", "$inventors", "$ipc"))
        using (var applicant = Command(connection, transaction, """
            INSERT INTO registry_patent_applicants (Id, Name, Kind, EnterpriseId, CreditCode, "Order", PatentId) VALUES ($id, $name, $kind, $enterprise, NULL, $order, $patent)
            """, "$id", "$name", "$kind", "$enterprise", "$order", "$patent"))
        using (var history = Command(connection, transaction, """
            INSERT INTO registry_patent_status_history (Id, Date, Status, Note, PatentId) VALUES ($id, $date, $status, NULL, $patent)
            """, "$id", "$date", "$status", "$patent"))
        {
            for (var i = 0; i < patentCount; i++)
            {
                var id = NewId();
                var filed = Day(random, 1995, 2025);
                var roll = random.NextDouble();
                var office = roll < 0.97 ? "CN" : roll < 0.99 ? "WO" : "US";
                var type = random.NextDouble() switch { < 0.3 => "Invention", < 0.8 => "UtilityModel", _ => "Design" };
                var inDistrict = random.NextDouble() < 0.85;
                // Skewed holders: squaring the draw puts most linked patents on the first enterprises.
                int? holder = inDistrict && random.NextDouble() < 0.7 ? (int)(Math.Pow(random.NextDouble(), 2) * enterpriseCount) : null;
                var unit = holder is { } h ? enterpriseUnits[h] : inDistrict ? Units[random.Next(Units.Length)] : null;
                DateOnly? granted = null;
                DateOnly? ended = null;
                var status = "Pending";
                if (office == "CN" && random.NextDouble() < 0.6)
                {
                    granted = filed.AddDays(type == "Invention" ? random.Next(700, 1500) : random.Next(120, 360));
                    status = "Granted";
                    if (random.NextDouble() < 0.4)
                    {
                        ended = granted.Value.AddDays(random.Next(365, 3000));
                        status = "Lapsed";
                    }

                    if (granted > new DateOnly(2025, 12, 31))
                    {
                        (granted, ended, status) = (null, null, "Pending");
                    }
                    else if (ended > new DateOnly(2025, 12, 31))
                    {
                        (ended, status) = (null, "Granted");
                    }
                }

                var words = text?.Invoke(i, type) ?? PatentText.Placeholder;
                Run(patent, id, office, $"{office}{i:D10}", type, office == "WO" ? 1 : 0, words.Title, holder is { } e ? enterpriseIds[e] : null, unit, inDistrict ? 1 : 0,
                    Date(filed), Date(granted), random.NextDouble() < 0.7 ? "福州某专利代理事务所" : null, status, Date(ended), ended is null ? null : status,
                    Date(PatentLegalStatusRule.TermEndsOn(office, Enum.Parse<PatentType>(type), filed)), holder is not null ? 1 : 0, now, NewId(), words.Abstract, words.Inventors, words.IpcMain);
                Run(applicant, NewId(), holder is { } first ? $"企业{first:D5}有限公司" : inDistrict ? "张三" : "外地某公司", holder is null ? "Individual" : "Organisation",
                    holder is { } f2 ? enterpriseIds[f2] : null, 1, id);
                applicants++;
                if (random.NextDouble() < 0.2)
                {
                    var second = random.Next(enterpriseCount);
                    Run(applicant, NewId(), $"企业{second:D5}有限公司", "Organisation", enterpriseIds[second], 2, id);
                    applicants++;
                }

                Run(history, NewId(), Date(filed), "Pending", id);
                changes++;
                if (granted is { } g)
                {
                    Run(history, NewId(), Date(g), "Granted", id);
                    changes++;
                }

                if (ended is { } l)
                {
                    Run(history, NewId(), Date(l), "Lapsed", id);
                    changes++;
                }
            }
        }

        others += OtherRights(connection, transaction, random, enterpriseIds);
        transaction.Commit();
        return new Counts(enterpriseCount, patentCount, applicants, changes, others);
    }

    private static int OtherRights(SqliteConnection connection, SqliteTransaction transaction, Random random, string[] enterpriseIds)
    {
        const string now = "2026-01-01 00:00:00";
        var rows = 0;
        using (var mark = Command(connection, transaction, """
            INSERT INTO registry_trademarks (Id, RegistrationNumber, Mark, NiceClasses, OwnerName, EnterpriseId, ApplicationDate, Status, GeographicalIndication, CreatedUtc, UpdatedUtc, Version)
            VALUES ($id, $number, '测试商标', '9', '某公司', $enterprise, $applied, 'Registered', 0, $now, $now, $version)
            """, "$id", "$number", "$enterprise", "$applied", "$now", "$version"))
        using (var recognition = Command(connection, transaction, """
            INSERT INTO registry_trademark_recognitions (Id, Kind, Year, ValidUntil, TrademarkId) VALUES ($id, $kind, $year, $until, $mark)
            """, "$id", "$kind", "$year", "$until", "$mark"))
        {
            for (var i = 0; i < 20_000; i++)
            {
                var id = NewId();
                Run(mark, id, $"{10_000_000 + i}", random.NextDouble() < 0.9 ? enterpriseIds[random.Next(enterpriseIds.Length)] : null, Date(Day(random, 2000, 2025)), now, NewId());
                rows++;
                if (random.NextDouble() < 0.02)
                {
                    var year = random.Next(2000, 2017);
                    Run(recognition, NewId(), random.NextDouble() < 0.3 ? "WellKnown" : "Famous", year, random.NextDouble() < 0.5 ? null : Date(new DateOnly(year + 3, 12, 31)), id);
                    rows++;
                }
            }
        }

        using (var copyright = Command(connection, transaction, """
            INSERT INTO registry_copyrights (Id, Kind, RegistrationNumber, Title, OwnerName, EnterpriseId, RegisteredOn, CreatedUtc, UpdatedUtc, Version)
            VALUES ($id, $kind, $number, '测试软件', '某公司', $enterprise, $on, $now, $now, $version)
            """, "$id", "$kind", "$number", "$enterprise", "$on", "$now", "$version"))
        {
            for (var i = 0; i < 20_000; i++)
            {
                Run(copyright, NewId(), random.NextDouble() < 0.8 ? "Software" : "Works", $"BENCH{i:D8}", random.NextDouble() < 0.8 ? enterpriseIds[random.Next(enterpriseIds.Length)] : null,
                    Date(Day(random, 2000, 2025)), now, NewId());
                rows++;
            }
        }

        using (var standard = Command(connection, transaction, """
            INSERT INTO registry_standards_projects (Id, Number, Title, Level, Role, Kind, StartYear, EnterpriseId, CreatedUtc, UpdatedUtc, Version)
            VALUES ($id, NULL, '测试标准', $level, 'Lead', 'New', $year, $enterprise, $now, $now, $version)
            """, "$id", "$level", "$year", "$enterprise", "$now", "$version"))
        {
            string[] levels = ["National", "Industry", "Local", "Group"];
            for (var i = 0; i < 2_000; i++)
            {
                Run(standard, NewId(), levels[random.Next(levels.Length)], random.Next(2005, 2026), enterpriseIds[random.Next(enterpriseIds.Length)], now, NewId());
                rows++;
            }
        }

        using (var agency = Command(connection, transaction, """
            INSERT INTO registry_service_agencies (Id, Name, Kind, UnitCode, EstablishedOn, ClosedOn, CreatedUtc, UpdatedUtc, Version)
            VALUES ($id, $name, 'PatentAgency', $unit, $from, $to, $now, $now, $version)
            """, "$id", "$name", "$unit", "$from", "$to", "$now", "$version"))
        {
            for (var i = 0; i < 200; i++)
            {
                var from = Day(random, 2000, 2020);
                Run(agency, NewId(), $"代理机构{i:D3}", Units[random.Next(Units.Length)], Date(from), random.NextDouble() < 0.2 ? Date(from.AddDays(random.Next(300, 4000))) : null, now, NewId());
                rows++;
            }
        }

        return rows;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    /// <summary>Runs a prepared insert with these values in its parameters' order (null as SQL NULL); the funding benchmark's inserts too.</summary>
    internal static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    /// <summary>Ids as EF Core's SQLite provider writes Guids (upper-case text).</summary>
    private static string NewId() => Guid.CreateVersion7().ToString().ToUpperInvariant();

    private static DateOnly Day(Random random, int fromYear, int toYear) =>
        new DateOnly(fromYear, 1, 1).AddDays(random.Next(new DateOnly(toYear, 12, 31).DayNumber - new DateOnly(fromYear, 1, 1).DayNumber + 1));

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
