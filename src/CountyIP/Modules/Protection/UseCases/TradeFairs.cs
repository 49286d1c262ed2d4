using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection.UseCases;

public sealed record RecordTradeFairCommand(string Name, string Venue, string Organiser, DateOnly StartsOn, DateOnly EndsOn);

public sealed record DeclaredRightInput(DeclaredRightKind Kind, string? Number, string? Title);

public sealed record DeclareRightsCommand(Guid FairId, string Exhibitor, string? Booth, IReadOnlyList<DeclaredRightInput> Rights);

/// <summary>An on-site complaint at the fair's complaint desk; it becomes a case of channel TradeFair linked to the fair.</summary>
public sealed record OnSiteComplaintCommand(
    Guid FairId,
    CaseKind Kind,
    string Respondent,
    string? Booth,
    string Description,
    ComplainantIdentity? Complainant,
    bool ConsentToContact,
    string? IdempotencyKey);

public sealed record ListTradeFairsQuery(int? Year = null, string? Search = null, int Page = 1, int PageSize = 20);

public sealed record TradeFairListItem(Guid Id, string Name, string Venue, string Organiser, DateOnly StartsOn, DateOnly EndsOn, int Declarations, int Complaints);

public sealed record TradeFairPage(IReadOnlyList<TradeFairListItem> Items, int Total, int Page, int PageSize);

public sealed record DeclaredRightView(DeclaredRightKind Kind, string Number, string? Title);

public sealed record ExhibitorDeclarationView(Guid Id, string Exhibitor, string? Booth, DateTime DeclaredAtUtc, string DeclaredBy, IReadOnlyList<DeclaredRightView> Rights);

/// <summary>An on-site complaint as listed on the fair (no identity); its same-day limit and whether it was missed.</summary>
public sealed record OnSiteComplaintView(Guid CaseId, string Number, CaseKind Kind, CaseState State, string Respondent, DateOnly ReceivedOn, DateOnly? DueOn, DateOnly? HandledOn, bool IsLate);

public sealed record TradeFairDetail(
    Guid Id,
    string Name,
    string Venue,
    string Organiser,
    DateOnly StartsOn,
    DateOnly EndsOn,
    bool IsRunningToday,
    string RecordedBy,
    IReadOnlyList<ExhibitorDeclarationView> Declarations,
    IReadOnlyList<OnSiteComplaintView> Complaints);

/// <summary>Fairs are bureau records: only bureau officers write them (the pages show the forms to everyone who may read).</summary>
internal static class FairGuard
{
    public static void RequireBureau(CaseScope scope, IStringLocalizer<ProtectionText> text)
    {
        if (!scope.IsBureau)
        {
            throw new BusinessRuleException("protection.bureau-only", text["Error_BureauOnly"]);
        }
    }
}

internal sealed class RecordTradeFairHandler(CountyIpDbContext db, CaseScope scope, TimeProvider clock, IStringLocalizer<ProtectionText> text)
{
    public async Task<Guid> HandleAsync(RecordTradeFairCommand command, CancellationToken cancellationToken)
    {
        FairGuard.RequireBureau(scope, text);
        var fair = new TradeFair(command.Name, command.Venue, command.Organiser, command.StartsOn, command.EndsOn, scope.Actor, clock.GetUtcNow().UtcDateTime);
        db.Add(fair);
        await db.SaveChangesAsync(cancellationToken);
        return fair.Id;
    }
}

internal sealed class DeclareRightsHandler(CountyIpDbContext db, CaseScope scope, TimeProvider clock, IStringLocalizer<ProtectionText> text)
{
    /// <summary>The declaration's id, or null when the fair does not exist.</summary>
    public async Task<Guid?> HandleAsync(DeclareRightsCommand command, CancellationToken cancellationToken)
    {
        FairGuard.RequireBureau(scope, text);
        var fair = await db.Set<TradeFair>().FirstOrDefaultAsync(f => f.Id == command.FairId, cancellationToken);
        if (fair is null)
        {
            return null;
        }

        var declaration = fair.Declare(command.Exhibitor, command.Booth, [.. command.Rights.Select(r => (r.Kind, r.Number ?? string.Empty, r.Title))], scope.Actor, clock.GetUtcNow().UtcDateTime);
        db.Add(declaration);
        await db.SaveChangesAsync(cancellationToken);
        return declaration.Id;
    }
}

/// <summary>Records an on-site complaint through the ordinary intake (same case type, identity encrypted, same-day limit).</summary>
internal sealed class RecordOnSiteComplaintHandler(CountyIpDbContext db, SubmitComplaintHandler submit, CaseScope scope, TimeProvider clock, IStringLocalizer<ProtectionText> text)
{
    public async Task<SubmitComplaintResult?> HandleAsync(OnSiteComplaintCommand command, CancellationToken cancellationToken)
    {
        FairGuard.RequireBureau(scope, text);
        var fair = await db.Set<TradeFair>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == command.FairId, cancellationToken);
        if (fair is null)
        {
            return null;
        }

        fair.EnsureOpenOn(CaseSaving.Today(clock));
        var place = string.IsNullOrWhiteSpace(command.Booth) ? $"{fair.Name} · {fair.Venue}" : $"{fair.Name} · {fair.Venue} · {command.Booth.Trim()}";
        return await submit.HandleAsync(
            new SubmitComplaintCommand(command.Kind, command.Respondent, place, command.Description, command.Complainant, command.ConsentToContact,
                CaseChannel.TradeFair, command.IdempotencyKey is { Length: > 0 } key ? "fair:" + key : null, [], fair.Id),
            cancellationToken);
    }
}

internal sealed class TradeFairQueries(CountyIpDbContext db, CaseScope scope, TimeProvider clock)
{
    public async Task<TradeFairPage> ListAsync(ListTradeFairsQuery query, CancellationToken cancellationToken)
    {
        var fairs = db.Set<TradeFair>().AsNoTracking();
        if (query.Year is { } y)
        {
            fairs = fairs.Where(f => f.StartsOn <= new DateOnly(y, 12, 31) && f.EndsOn >= new DateOnly(y, 1, 1));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            fairs = fairs.Where(f => f.Name.Contains(term) || f.Venue.Contains(term) || f.Organiser.Contains(term));
        }

        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var total = await fairs.CountAsync(cancellationToken);
        var cases = scope.Filter(db.Set<ProtectionCase>().AsNoTracking());
        var rows = await fairs.OrderByDescending(f => f.StartsOn).Skip((page - 1) * size).Take(size)
            .Select(f => new TradeFairListItem(f.Id, f.Name, f.Venue, f.Organiser, f.StartsOn, f.EndsOn, f.Declarations.Count, cases.Count(c => c.FairId == f.Id)))
            .ToListAsync(cancellationToken);
        return new TradeFairPage(rows, total, page, size);
    }

    public async Task<TradeFairDetail?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var fair = await db.Set<TradeFair>().AsNoTracking().Include(f => f.Declarations).ThenInclude(d => d.Rights).AsSplitQuery()
            .FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (fair is null)
        {
            return null;
        }

        var today = CaseSaving.Today(clock);
        var complaints = await scope.Filter(db.Set<ProtectionCase>().AsNoTracking()).Where(c => c.FairId == id)
            .OrderBy(c => c.ReceivedAtUtc)
            .Select(c => new
            {
                c.Id,
                c.Number,
                c.Kind,
                c.State,
                c.Respondent,
                c.ReceivedOn,
                OnSite = c.Deadlines.Where(d => d.Stage == DeadlineStage.OnSiteHandling).Select(d => new { Due = d.ExtendedDueDate ?? d.DueDate, d.CompletedOn }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new TradeFairDetail(
            fair.Id, fair.Name, fair.Venue, fair.Organiser, fair.StartsOn, fair.EndsOn, fair.IsOpenOn(today), fair.RecordedBy,
            [.. fair.Declarations.OrderBy(d => d.DeclaredAtUtc).Select(d => new ExhibitorDeclarationView(d.Id, d.Exhibitor, d.Booth, d.DeclaredAtUtc, d.DeclaredBy,
                [.. d.Rights.Select(r => new DeclaredRightView(r.Kind, r.Number, r.Title))]))],
            [.. complaints.Select(c => new OnSiteComplaintView(c.Id, c.Number, c.Kind, c.State, c.Respondent, c.ReceivedOn, c.OnSite?.Due, c.OnSite?.CompletedOn,
                c.OnSite is { } d && (d.CompletedOn ?? today) > d.Due))]);
    }
}
