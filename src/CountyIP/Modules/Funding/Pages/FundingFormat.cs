using System.Globalization;
using CountyIP.Modules.Funding.Domain;

namespace CountyIP.Modules.Funding.Pages;

/// <summary>How the pages show the fund's figures.</summary>
internal static class FundingFormat
{
    /// <summary>A ratio as a percentage with three decimals (0.21% needs them to show a miss of 0.001 points).</summary>
    public static string Ratio(decimal? ratio) => ratio is { } r ? (r * 100m).ToString("0.000", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>A rate of execution or a share as a percentage with one decimal (45.7%); "—" when there is nothing to divide by.</summary>
    public static string Percent(decimal? fraction) => fraction is { } f ? (f * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Tone(FiscalYearState state) => state == FiscalYearState.Approved ? "success" : "warning";

    /// <summary>The colour of a recovery flag: open is the bureau's to act on, demanded waits on the enterprise.</summary>
    public static string Tone(RecoveryState state) => state switch
    {
        RecoveryState.Open => "danger",
        RecoveryState.Demanded => "warning",
        RecoveryState.Recovered => "success",
        _ => "secondary",
    };

    /// <summary>The colour of an application's status: waiting on someone, done, or ended without money.</summary>
    public static string Tone(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Paid or ApplicationStatus.Approved or ApplicationStatus.InBatch => "success",
        ApplicationStatus.Rejected or ApplicationStatus.Withdrawn => "secondary",
        ApplicationStatus.Returned => "danger",
        ApplicationStatus.Draft => "info",
        _ => "warning",
    };
}
