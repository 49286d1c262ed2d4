using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>Patent filters written in the form the databases answer from an index.</summary>
internal static class PatentQueries
{
    /// <summary>
    /// The patents the enterprise is an applicant of, as <c>Id IN (SELECT … WHERE EnterpriseId = @id)</c>: the
    /// applicants' EnterpriseId index yields the few ids. <c>p.Applicants.Any(a =&gt; a.EnterpriseId == id)</c>
    /// became a correlated EXISTS run for every patent (issue 11 §1: 4.8 s at 300k patents, 1 ms this way).
    /// </summary>
    public static IQueryable<Patent> OfEnterprise(this IQueryable<Patent> query, CountyIpDbContext db, Guid enterpriseId)
    {
        var ids = db.Set<Patent>()
            .SelectMany(p => p.Applicants, (p, a) => new { p.Id, a.EnterpriseId })
            .Where(x => x.EnterpriseId == enterpriseId)
            .Select(x => x.Id);
        return query.Where(p => ids.Contains(p.Id));
    }
}
