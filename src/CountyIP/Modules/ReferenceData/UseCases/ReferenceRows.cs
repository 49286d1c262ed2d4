using System.Linq.Expressions;
using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.ReferenceData.UseCases;

/// <summary>
/// The save and list rules every reference row shares, written once (issue 10 §5): codes are checked before anything
/// is read; the code is the key, so saving a code that exists updates that row (one row per code) and nothing is ever
/// deleted (rows are deactivated or given a validity period); lists search code and both names and are shown in sort
/// order, then code.
/// </summary>
internal static class ReferenceRows
{
    /// <summary>409 <c>reference-code-invalid</c> unless every code is a valid <see cref="ReferenceCode"/>.</summary>
    public static void RequireCodes(IStringLocalizer<ReferenceDataText> t, params ReadOnlySpan<string> codes)
    {
        foreach (var code in codes)
        {
            if (!ReferenceCode.IsValid(code))
            {
                throw new BusinessRuleException("reference-code-invalid", t["Rule_CodeInvalid"]);
            }
        }
    }

    /// <summary>
    /// The row with <paramref name="key"/>, updated; or a new one, added. The caller saves (one
    /// <c>SaveChangesAsync</c> per handler, architecture rule 4).
    /// </summary>
    public static async Task<T> CreateOrUpdateAsync<T>(CountyIpDbContext db, Expression<Func<T, bool>> key, Func<T> create, Action<T> update, CancellationToken cancellationToken)
        where T : ReferenceEntry
    {
        if (await db.Set<T>().SingleOrDefaultAsync(key, cancellationToken) is { } row)
        {
            update(row);
            return row;
        }

        row = create();
        db.Add(row);
        return row;
    }

    /// <summary>Rows whose code or either name contains <paramref name="search"/> (all rows for none).</summary>
    public static IQueryable<T> Matching<T>(this IQueryable<T> rows, string? search)
        where T : ReferenceEntry
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return rows;
        }

        var term = search.Trim();
        return rows.Where(r => r.Code.Contains(term) || r.NameZh.Contains(term) || r.NameEn.Contains(term));
    }

    /// <summary>Only active rows when <paramref name="activeOnly"/>.</summary>
    public static IQueryable<T> ActiveOnly<T>(this IQueryable<T> rows, bool activeOnly)
        where T : ActivatableReferenceEntry => activeOnly ? rows.Where(r => r.IsActive) : rows;

    /// <summary>The order every reference list is shown in.</summary>
    public static IOrderedQueryable<T> InListOrder<T>(this IQueryable<T> rows)
        where T : ReferenceEntry => rows.OrderBy(r => r.SortOrder).ThenBy(r => r.Code);
}
