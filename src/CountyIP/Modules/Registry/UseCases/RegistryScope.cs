using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;

namespace CountyIP.Modules.Registry.UseCases;

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

    /// <summary>The unit of a TownLiaison account (null for every other caller).</summary>
    public string? UnitCode =>
        user.IsInRole(Roles.TownLiaison) && user.ScopeKind == ScopeKind.Unit && !string.IsNullOrEmpty(user.ScopeId) ? user.ScopeId : null;

    /// <summary>This scope as it is now, for work that outlives the request (a total counted in the background).</summary>
    public RegistryScope Fixed() => new(CurrentUserSnapshot.Of(user));

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
            return query.OfEnterprise(db, id);
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
