using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CountyIP.Modules.Registry.Data;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Search;
using CountyIP.Platform.Data;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>A watch rule to save: a name and a query in the search's language (<see cref="SearchQueryParser"/>).</summary>
public sealed record CreateWatchRuleCommand(
    [property: Required, StringLength(WatchRule.MaxNameLength)] string? Name,
    [property: Required, StringLength(SearchQueryParser.MaxLength)] string? Query);

public sealed record WatchRuleView(Guid Id, string Name, string Query, DateTime CreatedUtc, DateTime? LastMatchedUtc, int MatchCount);

/// <summary>The signed-in account's rules and how many it may keep.</summary>
public sealed record WatchRuleList(IReadOnlyList<WatchRuleView> Rules, int Max);

internal static class WatchRuleLimits
{
    /// <summary>Rules per account: enough for a firm's competitors and fields, few enough that every import stays quick.</summary>
    public const int PerAccount = 30;

    /// <summary>New matches recorded per rule and import; a rule matching more is told "more than" and narrowed by its owner.</summary>
    public const int MatchesPerRun = 1_000;
}

/// <summary>The caller's own rules (an account sees only its own).</summary>
internal sealed class ListWatchRulesHandler(CountyIpDbContext db, ICurrentUser user)
{
    public async Task<WatchRuleList> HandleAsync(CancellationToken ct)
    {
        var owner = user.UserId;
        var rules = owner is null ? [] : await db.Set<WatchRule>().AsNoTracking().Where(r => r.OwnerUserId == owner)
            .OrderBy(r => r.CreatedUtc)
            .Select(r => new WatchRuleView(r.Id, r.Name, r.Query, r.CreatedUtc, r.LastMatchedUtc, r.MatchCount))
            .ToListAsync(ct);
        return new WatchRuleList(rules, WatchRuleLimits.PerAccount);
    }
}

/// <summary>
/// Saves a watch rule for the caller (issue 13 §3). The query is parsed as a search would be (a one-character term, an
/// unknown prefix or an invalid IPC symbol is refused under <c>Query</c>); a town liaison's rule keeps its unit.
/// </summary>
internal sealed class CreateWatchRuleHandler(CountyIpDbContext db, ICurrentUser user, RegistryScope scope, TimeProvider clock, IStringLocalizer<RegistryText> text)
{
    public async Task<Guid> HandleAsync(CreateWatchRuleCommand command, CancellationToken ct)
    {
        var owner = user.UserId ?? throw new InvalidOperationException("A watch rule needs a signed-in account.");
        var (_, error) = SearchQueryParser.Parse(command.Query);
        if (error is not null)
        {
            throw InputValidationException.For(nameof(CreateWatchRuleCommand.Query), text["Search_Error_" + error.Kind, error.Found ?? string.Empty]);
        }

        if (await db.Set<WatchRule>().CountAsync(r => r.OwnerUserId == owner, ct) >= WatchRuleLimits.PerAccount)
        {
            throw new BusinessRuleException("registry.watch-rules-limit", text["WatchRules_Limit", WatchRuleLimits.PerAccount]);
        }

        var rule = new WatchRule
        {
            OwnerUserId = owner,
            UnitCode = scope.IsDistrictWide ? null : scope.UnitCode,
            Name = command.Name!.Trim(),
            Query = command.Query!.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(rule);
        await db.SaveChangesAsync(ct);
        return rule.Id;
    }
}

/// <summary>Deletes one of the caller's rules; another account's rule is not found.</summary>
internal sealed class DeleteWatchRuleHandler(CountyIpDbContext db, ICurrentUser user)
{
    public async Task<bool> HandleAsync(Guid id, CancellationToken ct)
    {
        var rule = await db.Set<WatchRule>().FirstOrDefaultAsync(r => r.Id == id && r.OwnerUserId == user.UserId, ct);
        if (rule is null)
        {
            return false;
        }

        db.Remove(rule);
        await db.SaveChangesAsync(ct);
        return true;
    }
}

/// <summary>
/// Evaluates every watch rule against the patents an import added or changed at <c>utcNow</c> (their
/// <c>UpdatedUtc</c>), in the import's unit of work: each rule with new matches — patents it has not notified before —
/// gets one notification to its owner naming the count and the first titles, linked to the search; the matches are
/// recorded so a later import that changes them again stays quiet. Saves nothing: the import's save commits it all.
/// </summary>
internal sealed class WatchRuleRunner(CountyIpDbContext db, INotifier notifier)
{
    public static readonly NotificationKind NewMatches = new("registry.watch-matches", typeof(RegistryText), "Notify_WatchMatches", "Notify_WatchMatches_Body");

    /// <summary>The rows an import wrote at <paramref name="utcNow"/> (it touches each with that time).</summary>
    // PostgreSQL keeps microseconds: a row touched at utcNow reads back up to a microsecond earlier.
    public Task<int> RunAsync(DateTime utcNow, CancellationToken ct) => RunAsync(utcNow.AddMilliseconds(-1), utcNow, ct);

    /// <summary>The rows changed since <paramref name="since"/> (the demo district runs its rules over everything).</summary>
    public async Task<int> RunAsync(DateTime since, DateTime utcNow, CancellationToken ct)
    {
        var rules = await db.Set<WatchRule>().ToListAsync(ct);
        var notifications = 0;
        foreach (var rule in rules)
        {
            if (SearchQueryParser.Parse(rule.Query).Expression is not { } expression)
            {
                continue;
            }

            var candidates = db.Set<Patent>().Where(p => p.UpdatedUtc >= since);
            if (rule.UnitCode is { } unit)
            {
                candidates = candidates.Where(p => p.UnitCode == unit);
            }

            var notified = db.Set<WatchRuleMatch>().Where(m => m.RuleId == rule.Id).Select(m => m.PatentId);
            var matches = await (from p in candidates
                                 join h in PatentSearchIndex.Hits(db, expression) on p.Id equals h.PatentId
                                 where !notified.Contains(p.Id)
                                 orderby p.FilingDate descending, p.Id
                                 select new { p.Id, p.Title })
                .Take(WatchRuleLimits.MatchesPerRun + 1).ToListAsync(ct);
            if (matches.Count == 0)
            {
                continue;
            }

            var recorded = matches.Take(WatchRuleLimits.MatchesPerRun).ToList();
            db.AddRange(recorded.Select(m => new WatchRuleMatch { RuleId = rule.Id, PatentId = m.Id, MatchedUtc = utcNow }));
            rule.Matched(recorded.Count, utcNow);
            var count = matches.Count > WatchRuleLimits.MatchesPerRun
                ? "> " + WatchRuleLimits.MatchesPerRun.ToString(CultureInfo.InvariantCulture)
                : matches.Count.ToString(CultureInfo.InvariantCulture);
            var titles = string.Join("；", matches.Take(3).Select(m => m.Title)) + (matches.Count > 3 ? "……" : string.Empty);
            notifications += await notifier.NotifyAsync(
                NotificationRecipients.Users(rule.OwnerUserId), NewMatches, [rule.Name, count, titles],
                "/registry/search?q=" + Uri.EscapeDataString(rule.Query) + "&sort=-filed", ct);
        }

        return notifications;
    }
}
