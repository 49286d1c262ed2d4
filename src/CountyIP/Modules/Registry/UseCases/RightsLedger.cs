using System.Globalization;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>
/// The Registry's <see cref="IRightsLedger"/>: reads only, no tracking, no data scope; statuses by the one rule (ADR 0016);
/// the holder of a patent or registered mark on a day is its owner by the latest assignment then
/// (<see cref="IRightOwnership"/>, issue 16 §4), else its applicants or registrant.
/// </summary>
internal sealed class RightsLedger(CountyIpDbContext db, TimeProvider clock, IEnumerable<IRightOwnership> ownerships) : IRightsLedger
{
    private readonly IRightOwnership? ownership = ownerships.FirstOrDefault();

    private const string PatentPrefix = "patent:";

    /// <summary>A patent's <see cref="LedgerRight.Key"/>.</summary>
    public static string PatentKey(Guid id) => PatentPrefix + id.ToString("D");
    private const string MarkPrefix = "mark:";
    private const string TrademarkPrefix = "trademark:";
    private const string StandardPrefix = "standard:";
    private const string DesignationPrefix = "designation:";

    public async Task<IReadOnlyList<LedgerRight>> HeldByAsync(Guid enterpriseId, LedgerRightKind kind, DateOnly date, CancellationToken cancellationToken)
    {
        var today = TimeDisplay.Today(clock);
        switch (kind)
        {
            case LedgerRightKind.Patent:
                var patents = await db.Set<Patent>().AsNoTracking().AsSplitQuery().OfEnterprise(db, enterpriseId).ToListAsync(cancellationToken);
                if (ownership is not null)
                {
                    // Patents assigned to the enterprise are its own from that day; those it assigned away are not.
                    var assigned = Ids(await ownership.AssignedToAsync(enterpriseId, date, cancellationToken), PatentPrefix)
                        .Except(patents.Select(p => p.Id)).ToList();
                    if (assigned.Count > 0)
                    {
                        patents.AddRange(await db.Set<Patent>().AsNoTracking().AsSplitQuery().Where(p => assigned.Contains(p.Id)).ToListAsync(cancellationToken));
                    }
                }

                var described = patents.OrderByDescending(p => p.FilingDate).ThenByDescending(p => p.ApplicationNumber)
                    .Select(p => Describe(p, enterpriseId, date, today)).ToList();
                return [.. (await ByOwnerAsync(described, enterpriseId, date, cancellationToken)).Where(r => r.Held)];
            case LedgerRightKind.TrademarkRecognition:
                var marks = await db.Set<Trademark>().AsNoTracking().Where(t => t.EnterpriseId == enterpriseId)
                    .OrderBy(t => t.RegistrationNumber).ToListAsync(cancellationToken);
                return [.. marks.SelectMany(t => Describe(t, enterpriseId, date, today))];
            case LedgerRightKind.StandardsProject:
                var standards = await db.Set<StandardsProject>().AsNoTracking().Where(s => s.EnterpriseId == enterpriseId)
                    .OrderByDescending(s => s.StartYear).ThenBy(s => s.Title).ToListAsync(cancellationToken);
                return [.. standards.Select(s => Describe(s, enterpriseId))];
            default:
                var enterprise = await db.Set<Enterprise>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken);
                return enterprise is null ? [] : [.. enterprise.Designations.OrderByDescending(d => d.Year).Select(d => Describe(enterprise, d, enterpriseId, date))];
        }
    }

    public async Task<IReadOnlyList<LedgerRight>> FindAsync(IReadOnlyCollection<string> keys, Guid enterpriseId, DateOnly date, CancellationToken cancellationToken)
    {
        var today = TimeDisplay.Today(clock);
        var found = new List<LedgerRight>();
        var patentIds = Ids(keys, PatentPrefix);
        if (patentIds.Count > 0)
        {
            var patents = await db.Set<Patent>().AsNoTracking().AsSplitQuery().Where(p => patentIds.Contains(p.Id)).ToListAsync(cancellationToken);
            found.AddRange(patents.Select(p => Describe(p, enterpriseId, date, today)));
        }

        var markIds = keys.Where(k => k.StartsWith(MarkPrefix, StringComparison.Ordinal))
            .Select(k => Guid.TryParse(k.Split(':')[1], out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        if (markIds.Count > 0)
        {
            var marks = await db.Set<Trademark>().AsNoTracking().Where(t => markIds.Contains(t.Id)).ToListAsync(cancellationToken);
            found.AddRange(marks.SelectMany(t => Describe(t, enterpriseId, date, today)).Where(r => keys.Contains(r.Key)));
        }

        var trademarkIds = Ids(keys, TrademarkPrefix);
        if (trademarkIds.Count > 0)
        {
            var trademarks = await db.Set<Trademark>().AsNoTracking().Where(t => trademarkIds.Contains(t.Id)).ToListAsync(cancellationToken);
            found.AddRange(trademarks.Select(t => DescribeMark(t, enterpriseId, date, today)));
        }

        var standardIds = Ids(keys, StandardPrefix);
        if (standardIds.Count > 0)
        {
            var standards = await db.Set<StandardsProject>().AsNoTracking().Where(s => standardIds.Contains(s.Id)).ToListAsync(cancellationToken);
            found.AddRange(standards.Select(s => Describe(s, enterpriseId)));
        }

        var designationOwners = keys.Where(k => k.StartsWith(DesignationPrefix, StringComparison.Ordinal))
            .Select(k => Guid.TryParse(k.Split(':')[1], out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        if (designationOwners.Count > 0)
        {
            var owners = await db.Set<Enterprise>().AsNoTracking().Where(e => designationOwners.Contains(e.Id)).ToListAsync(cancellationToken);
            found.AddRange(owners.SelectMany(e => e.Designations.Select(d => Describe(e, d, enterpriseId, date))).Where(r => keys.Contains(r.Key)));
        }

        return await ByOwnerAsync(found, enterpriseId, date, cancellationToken);
    }

    /// <summary>
    /// The rights with their holder on <paramref name="date"/> decided by the latest assignment then, where there is one
    /// (patents and registered marks: what a transfer conveys).
    /// </summary>
    private async Task<IReadOnlyList<LedgerRight>> ByOwnerAsync(IReadOnlyList<LedgerRight> rights, Guid enterpriseId, DateOnly date, CancellationToken cancellationToken)
    {
        var conveyable = rights.Where(r => r.Kind is LedgerRightKind.Patent or LedgerRightKind.Trademark).Select(r => r.Key).ToList();
        if (ownership is null || conveyable.Count == 0)
        {
            return rights;
        }

        var owners = await ownership.OwnersOnAsync(conveyable, date, cancellationToken);
        return [.. rights.Select(r => owners.TryGetValue(r.Key, out var owner)
            ? r with { Held = owner.EnterpriseId == enterpriseId, FirstHolder = owner.EnterpriseId == enterpriseId }
            : r)];
    }

    public async Task<IReadOnlyList<RightEnd>> PatentsEndedAsync(IQueryable<Guid> patentIds, CancellationToken cancellationToken)
    {
        var today = TimeDisplay.Today(clock);
        // Only rights no longer in force today can have ended; the rule then names the day and the reason (ADR 0016).
        var candidates = await db.Set<Patent>().AsNoTracking()
            .Where(p => patentIds.Contains(p.Id))
            .Where(Predicates.Not(PatentLegalStatusRule.InForceOn(today, today)))
            .Where(p => p.GrantDate != null)
            .Select(p => new { p.Id, p.GrantDate, p.TermEndsOn, p.RightEndedOn, p.RightEndedBy, p.AnnualFeePaidUntil })
            .ToListAsync(cancellationToken);
        var ended = new List<RightEnd>();
        foreach (var p in candidates)
        {
            var status = PatentLegalStatusRule.StatusOn(new PatentStatusFacts(p.GrantDate, p.TermEndsOn, p.RightEndedOn, p.RightEndedBy, p.AnnualFeePaidUntil), today, today);
            // The end of the term is the law's, not the holder's doing: nothing to recover for it.
            if (status is { EndedOn: { } on, Status: PatentLegalStatus.Lapsed or PatentLegalStatus.Invalidated or PatentLegalStatus.Abandoned })
            {
                ended.Add(new RightEnd(PatentPrefix + p.Id.ToString("D"), on, status.Status.ToString()));
            }
        }

        return ended;
    }

    public async Task<IReadOnlyList<FeeOverdue>> PatentsInGraceAsync(IQueryable<Guid> patentIds, CancellationToken cancellationToken)
    {
        var today = TimeDisplay.Today(clock);
        // Due before today and not lapsed for good: the fee calendar's own question, limited to yesterday's dues.
        var overdue = await FeeCalendarHandler.Due(db.Set<Patent>().AsNoTracking().Where(p => patentIds.Contains(p.Id)), today, today.AddDays(-1))
            .Select(p => new { p.Id, PaidUntil = p.AnnualFeePaidUntil!.Value })
            .ToListAsync(cancellationToken);
        return [.. overdue.Select(p =>
        {
            var due = PatentLegalStatusRule.FeeDueOn(p.PaidUntil);
            return new FeeOverdue(PatentPrefix + p.Id.ToString("D"), due, PatentLegalStatusRule.GraceEndsOn(due));
        })];
    }

    public async Task<IReadOnlyList<RightEnd>> DesignationsRevokedAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var owners = keys.Where(k => k.StartsWith(DesignationPrefix, StringComparison.Ordinal))
            .Select(k => Guid.TryParse(k.Split(':')[1], out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        if (owners.Count == 0)
        {
            return [];
        }

        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        var enterprises = await db.Set<Enterprise>().AsNoTracking()
            .Where(e => owners.Contains(e.Id) && e.Designations.Any(d => d.RevokedOn != null)).ToListAsync(cancellationToken);
        return [.. enterprises.SelectMany(e => e.Designations
                .Where(d => d.RevokedOn is not null)
                .Select(d => new RightEnd(DesignationKey(e, d), d.RevokedOn!.Value, "Revoked")))
            .Where(r => wanted.Contains(r.Key))];
    }

    public async Task<IReadOnlyDictionary<string, Guid>> IdsByNumberAsync(LedgerRightKind kind, IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        var wanted = numbers.Distinct(StringComparer.Ordinal).ToList();
        var rows = kind switch
        {
            LedgerRightKind.Patent => await db.Set<Patent>().AsNoTracking().Where(p => wanted.Contains(p.ApplicationNumber))
                .Select(p => new { Number = p.ApplicationNumber, p.Id }).ToListAsync(cancellationToken),
            LedgerRightKind.Trademark => await db.Set<Trademark>().AsNoTracking().Where(t => wanted.Contains(t.RegistrationNumber))
                .Select(t => new { Number = t.RegistrationNumber, t.Id }).ToListAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only patents and trademarks are named by number."),
        };
        // A registration number may repeat across registrants in old records; the first is as good as any for a lookup.
        return rows.GroupBy(r => r.Number, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
    }

    public string? CanonicalPatentNumber(string text) =>
        Domain.Identifiers.PatentApplicationNumber.Parse(text) is { IsValid: true, Value: { } number } ? number.Value : null;

    private static string DesignationKey(Enterprise e, Designation d) =>
        string.Create(CultureInfo.InvariantCulture, $"{DesignationPrefix}{e.Id:D}:{d.Level}:{d.Kind}:{d.Year}");

    private static List<Guid> Ids(IEnumerable<string> keys, string prefix) =>
        [.. keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => Guid.TryParse(k[prefix.Length..], out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).Distinct()];

    private static LedgerRight Describe(Patent p, Guid enterpriseId, DateOnly date, DateOnly today)
    {
        var status = p.StatusOn(date, today);
        var foreign = p.Office != Patent.ChineseOffice || p.ViaPct;
        var first = p.Applicants.OrderBy(a => a.Order).FirstOrDefault();
        return new LedgerRight(
            PatentPrefix + p.Id.ToString("D"),
            LedgerRightKind.Patent,
            p.Id,
            p.ApplicationNumber,
            p.Title,
            p.Type.ToString(),
            // A Chinese patent is rewarded for its grant; a foreign or PCT filing for the filing itself.
            foreign ? p.FilingDate : p.GrantDate,
            p.Applicants.Any(a => a.EnterpriseId == enterpriseId),
            first?.EnterpriseId == enterpriseId,
            foreign ? status.Status is PatentLegalStatus.Pending or PatentLegalStatus.Granted : status.InForce,
            status.Status.ToString(),
            status.EndedOn,
            p.ServiceInvention,
            foreign);
    }

    private static IEnumerable<LedgerRight> Describe(Trademark t, Guid enterpriseId, DateOnly date, DateOnly today)
    {
        var status = t.StatusOn(date, today);
        return t.Recognitions.Select(r => new LedgerRight(
            $"{MarkPrefix}{t.Id:D}:{r.Kind}",
            LedgerRightKind.TrademarkRecognition,
            t.Id,
            t.RegistrationNumber,
            t.Mark,
            r.Kind.ToString(),
            new DateOnly(r.Year, 1, 1),
            t.EnterpriseId == enterpriseId,
            t.EnterpriseId == enterpriseId,
            status.InForce && (r.ValidUntil is null || r.ValidUntil >= date),
            status.Status.ToString(),
            status.EndedOn ?? r.ValidUntil,
            false,
            false));
    }

    /// <summary>The registered mark itself: held by its registrant, in force while registered and not ended (ADR 0016).</summary>
    private static LedgerRight DescribeMark(Trademark t, Guid enterpriseId, DateOnly date, DateOnly today)
    {
        var status = t.StatusOn(date, today);
        return new LedgerRight(
            TrademarkPrefix + t.Id.ToString("D"),
            LedgerRightKind.Trademark,
            t.Id,
            t.RegistrationNumber,
            t.Mark,
            t.NiceClasses,
            t.RegistrationDate,
            t.EnterpriseId == enterpriseId,
            t.EnterpriseId == enterpriseId,
            status.InForce,
            status.Status.ToString(),
            status.EndedOn,
            false,
            false);
    }

    private static LedgerRight Describe(StandardsProject s, Guid enterpriseId) => new(
        StandardPrefix + s.Id.ToString("D"),
        LedgerRightKind.StandardsProject,
        s.Id,
        s.Number ?? string.Empty,
        s.Title,
        s.Role.ToString(),
        new DateOnly(s.StartYear, 1, 1),
        s.EnterpriseId == enterpriseId,
        s.EnterpriseId == enterpriseId,
        true,
        s.Kind.ToString(),
        null,
        false,
        false);

    private static LedgerRight Describe(Enterprise e, Designation d, Guid enterpriseId, DateOnly date) => new(
        DesignationKey(e, d),
        LedgerRightKind.Designation,
        null,
        d.IssuingBody,
        d.Title,
        d.Level.ToString(),
        new DateOnly(d.Year, 1, 1),
        e.Id == enterpriseId,
        e.Id == enterpriseId,
        d.IsValidOn(date),
        d.RevokedOn is { } revoked && revoked <= date ? "Revoked" : d.Kind.ToString(),
        d.RevokedOn is { } end && end <= date ? end : d.ValidUntil,
        false,
        false);
}
