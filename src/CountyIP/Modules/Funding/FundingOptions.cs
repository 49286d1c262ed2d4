namespace CountyIP.Modules.Funding;

/// <summary>Settings of the special fund (section <c>Funding</c>; README "Configuration").</summary>
public sealed class FundingOptions
{
    public const string SectionName = "Funding";

    /// <summary>Working days a proposed award stays on public notice (公示期, issue 12 §3), counted by the holiday calendar.</summary>
    public int NoticeWorkingDays { get; init; } = 5;

    /// <summary>Above this amount (CNY) two different bureau officers approve (issue 12 §3).</summary>
    public decimal SecondApprovalAbove { get; init; } = 100_000m;

    /// <summary>
    /// A rewarded right that ends by its holder's doing (lapse, invalidation, abandonment; a designation revoked) no later
    /// than this many years after the payment is flagged for recovery (追回, issue 12 §4).
    /// </summary>
    public int RecoveryYears { get; init; } = 3;
}
