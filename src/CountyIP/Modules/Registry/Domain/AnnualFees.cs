using CountyIP.Modules.Registry.Domain.Identifiers;

namespace CountyIP.Modules.Registry.Domain;

/// <summary>
/// CNIPA annual fees of a Chinese patent (shared/domain/terms-and-fees.md §4.2-4.3): patent years are counted from the
/// filing date, the fee of year n falls due on the anniversary that starts it, and unpaid it may still be paid within
/// 6 months with a surcharge of 5% of the fee for each full month late past the first (专利法实施细则 (2010) art. 98).
/// Amounts are the full fees; fee reductions (费减) depend on the applicant's filing and are not modelled.
/// </summary>
public static class AnnualFees
{
    /// <summary>Reminders before a fee falls due, in days (issue 13 §3): 90, 30 and 7.</summary>
    public static readonly int[] ReminderDays = [90, 30, 7];

    /// <summary>
    /// The patent year a day falls in: 1 from the filing date to the day before its first anniversary, and so on. An
    /// anniversary of 29 February falls on 28 February in common years (a year period ends on the corresponding day, 实施细则
    /// art. 5; .NET's <see cref="DateOnly.AddYears"/> does the same).
    /// </summary>
    public static int PatentYear(DateOnly filingDate, DateOnly day)
    {
        if (day < filingDate)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Before the filing date.");
        }

        var years = day.Year - filingDate.Year;
        return filingDate.AddYears(years) <= day ? years + 1 : years;
    }

    /// <summary>The full annual fee of <paramref name="patentYear"/> in CNY (§4.3), null past the term (no fee is due).</summary>
    public static decimal? Fee(PatentType type, int patentYear) => patentYear < 1 ? null : type switch
    {
        PatentType.Invention => patentYear switch
        {
            <= 3 => 900m,
            <= 6 => 1_200m,
            <= 9 => 2_000m,
            <= 12 => 4_000m,
            <= 15 => 6_000m,
            <= 20 => 8_000m,
            _ => null,
        },
        _ => patentYear switch
        {
            <= 3 => 600m,
            <= 5 => 900m,
            <= 8 => 1_200m,
            <= 10 => 2_000m,
            // Only designs filed from 2021-06-01 have years 11-15; the term bounds them (PatentLegalStatusRule.TermYears).
            <= 15 when type == PatentType.Design => 3_000m,
            _ => null,
        },
    };

    /// <summary>
    /// The surcharge rate when the fee due on <paramref name="due"/> is paid on <paramref name="paidOn"/>: 0 before the due
    /// day and within the first month, then 5% more for each month begun (1-2 months late 5%, … 5-6 months 25%); null
    /// after the grace period, when the fee can no longer be paid and the right has lapsed.
    /// </summary>
    public static decimal? SurchargeRate(DateOnly due, DateOnly paidOn)
    {
        if (paidOn > PatentLegalStatusRule.GraceEndsOn(due))
        {
            return null;
        }

        for (var months = 1; months <= PatentLegalStatusRule.GraceMonths; months++)
        {
            if (paidOn <= due.AddMonths(months))
            {
                return (months - 1) * 0.05m;
            }
        }

        return null;
    }
}
