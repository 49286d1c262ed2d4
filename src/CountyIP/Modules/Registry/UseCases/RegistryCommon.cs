using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>One page of a list.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>Field errors of a command (400 ValidationProblem on the API, messages under the fields on a page).</summary>
public sealed class RegistryValidationException(IReadOnlyDictionary<string, string[]> errors) : Exception("Invalid input.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>Collects field errors with localised messages; identifier errors say why (and the expected check character).</summary>
internal sealed class InputErrors(IStringLocalizer<RegistryText> text)
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    public void Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, text["Error_Required"]);
        }
    }

    public void Identifier(string field, IdentifierError error) => Add(field, Describe(error));

    /// <summary>Parses an optional identifier: null/blank gives null; an invalid one records the error.</summary>
    public T? Optional<T>(string field, string? input, Func<string?, IdentifierCheck<T>> parse)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var check = parse(input);
        if (!check.IsValid)
        {
            Identifier(field, check.Error!);
        }

        return check.Value;
    }

    public T? Mandatory<T>(string field, string? input, Func<string?, IdentifierCheck<T>> parse)
        where T : class
    {
        var check = parse(input);
        if (!check.IsValid)
        {
            Identifier(field, check.Error!);
        }

        return check.Value;
    }

    public string Describe(IdentifierError error) => error.Kind switch
    {
        IdentifierErrorKind.Empty => text["Error_Required"],
        IdentifierErrorKind.WrongLength => text["Error_WrongLength", error.Found ?? string.Empty],
        IdentifierErrorKind.InvalidCharacter => text["Error_InvalidCharacter", error.Found ?? string.Empty, error.Position ?? 0],
        IdentifierErrorKind.WrongCheckCharacter => text["Error_WrongCheckCharacter", error.Found ?? string.Empty, error.Expected ?? string.Empty],
        IdentifierErrorKind.MissingCheckCharacter => text["Error_MissingCheckCharacter", error.Expected ?? string.Empty],
        IdentifierErrorKind.UnknownType => text["Error_UnknownPatentType", error.Found ?? string.Empty],
        IdentifierErrorKind.YearOutOfRange => text["Error_YearOutOfRange", error.Found ?? string.Empty],
        IdentifierErrorKind.OutOfRange => text["Error_OutOfRange", error.Found ?? string.Empty],
        _ => error.Position is { } p ? text["Error_InvalidFormatItem", error.Found ?? string.Empty, p] : text["Error_InvalidFormat", error.Found ?? string.Empty],
    };

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new RegistryValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }
}

/// <summary>
/// Data scope of the registry, applied in every query (DESIGN.md): bureau staff and leadership see the district;
/// an Enterprise account sees its own enterprise and its rights; a TownLiaison the enterprises and rights of its unit.
/// Any other caller sees nothing.
/// </summary>
internal sealed class RegistryScope(ICurrentUser user)
{
    public bool IsDistrictWide => user.IsInRole(Roles.BureauStaff) || user.IsInRole(Roles.Leadership);

    /// <summary>The enterprise of an Enterprise account (null for every other caller).</summary>
    public Guid? EnterpriseId =>
        user.IsInRole(Roles.Enterprise) && user.ScopeKind == ScopeKind.Enterprise && Guid.TryParse(user.ScopeId, out var id) ? id : null;

    private string? UnitCode =>
        user.IsInRole(Roles.TownLiaison) && user.ScopeKind == ScopeKind.Unit && !string.IsNullOrEmpty(user.ScopeId) ? user.ScopeId : null;

    public IQueryable<Enterprise> Enterprises(CountyIpDbContext db)
    {
        var query = db.Set<Enterprise>().AsQueryable();
        if (IsDistrictWide)
        {
            return query;
        }

        if (EnterpriseId is { } id)
        {
            return query.Where(e => e.Id == id);
        }

        return UnitCode is { } unit ? query.Where(e => e.UnitCode == unit) : query.Where(_ => false);
    }

    /// <summary>Patents: an enterprise sees those it is an applicant of; a unit those whose first applicant is in it.</summary>
    public IQueryable<Patent> Patents(CountyIpDbContext db)
    {
        var query = db.Set<Patent>().AsQueryable();
        if (IsDistrictWide)
        {
            return query;
        }

        if (EnterpriseId is { } id)
        {
            return query.Where(p => p.Applicants.Any(a => a.EnterpriseId == id));
        }

        return UnitCode is { } unit ? query.Where(p => p.UnitCode == unit) : query.Where(_ => false);
    }

    public IQueryable<Trademark> Trademarks(CountyIpDbContext db) => OwnedBy(db, db.Set<Trademark>(), t => t.EnterpriseId);

    public IQueryable<CopyrightRegistration> Copyrights(CountyIpDbContext db) => OwnedBy(db, db.Set<CopyrightRegistration>(), c => c.EnterpriseId);

    public IQueryable<StandardsProject> Standards(CountyIpDbContext db) => OwnedBy(db, db.Set<StandardsProject>(), s => s.EnterpriseId);

    /// <summary>Corrections: bureau staff see every one; an enterprise its own; nobody else any.</summary>
    public IQueryable<RightCorrection> Corrections(CountyIpDbContext db)
    {
        var query = db.Set<RightCorrection>().AsQueryable();
        if (user.IsInRole(Roles.BureauStaff))
        {
            return query;
        }

        return EnterpriseId is { } id ? query.Where(c => c.EnterpriseId == id) : query.Where(_ => false);
    }

    /// <summary>Agencies are district service providers: bureau and leadership see all, a TownLiaison those of its unit.</summary>
    public IQueryable<ServiceAgency> Agencies(CountyIpDbContext db)
    {
        var query = db.Set<ServiceAgency>().AsQueryable();
        if (IsDistrictWide)
        {
            return query;
        }

        return UnitCode is { } unit ? query.Where(a => a.UnitCode == unit) : query.Where(_ => false);
    }

    private IQueryable<T> OwnedBy<T>(CountyIpDbContext db, IQueryable<T> query, System.Linq.Expressions.Expression<Func<T, Guid?>> owner)
        where T : class
    {
        if (IsDistrictWide)
        {
            return query;
        }

        if (EnterpriseId is { } id)
        {
            return query.Where(Compose(owner, o => o == id));
        }

        if (UnitCode is { } unit)
        {
            var ids = db.Set<Enterprise>().Where(e => e.UnitCode == unit).Select(e => (Guid?)e.Id);
            return query.Where(Compose(owner, o => ids.Contains(o)));
        }

        return query.Where(_ => false);
    }

    private static System.Linq.Expressions.Expression<Func<T, bool>> Compose<T>(
        System.Linq.Expressions.Expression<Func<T, Guid?>> owner,
        System.Linq.Expressions.Expression<Func<Guid?, bool>> test)
    {
        var body = new ReplaceParameter(test.Parameters[0], owner.Body).Visit(test.Body);
        return System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(body, owner.Parameters);
    }

    private sealed class ReplaceParameter(System.Linq.Expressions.ParameterExpression from, System.Linq.Expressions.Expression to) : System.Linq.Expressions.ExpressionVisitor
    {
        protected override System.Linq.Expressions.Expression VisitParameter(System.Linq.Expressions.ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

internal static class RegistryPaging
{
    public const int MaxPageSize = 200;

    public static async Task<PagedResult<TOut>> PageAsync<TIn, TOut>(IQueryable<TIn> query, int? page, int? pageSize, Func<TIn, TOut> map, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 20, 1, MaxPageSize);
        var number = Math.Max(page ?? 1, 1);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new PagedResult<TOut>([.. items.Select(map)], total, number, size);
    }

    public static string? Like(string? q) => string.IsNullOrWhiteSpace(q) ? null : $"%{q.Trim().Replace("%", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal)}%";

    /// <summary>Refuses an update based on an older read (the client sends the version it read); the
    /// concurrency token on the row catches a change that slips in between this check and the save.</summary>
    public static void ExpectVersion(Guid? read, Guid current, IStringLocalizer<RegistryText> text)
    {
        if (read is { } v && v != current)
        {
            throw new BusinessRuleException("registry.concurrency", text["Error_Concurrency"]);
        }
    }

    public static async Task SaveAsync(CountyIpDbContext db, IStringLocalizer<RegistryText> text, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("registry.concurrency", text["Error_Concurrency"]);
        }
    }
}
