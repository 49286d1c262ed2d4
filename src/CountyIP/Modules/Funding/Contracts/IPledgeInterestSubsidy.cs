namespace CountyIP.Modules.Funding.Contracts;

/// <summary>
/// Where an enterprise applies for the interest subsidy on a pledge loan (专利质押贷款贴息, source 四(一)2): the items of
/// the reward policies published and in force today that reward <c>PledgeLoanInterest</c> — none when no policy has
/// such an item, and then nothing links to the fund. Read by Transfer, whose pledge page offers the application.
/// </summary>
public interface IPledgeInterestSubsidy
{
    Task<IReadOnlyList<SubsidyItem>> OpenItemsAsync(CancellationToken cancellationToken);
}

/// <summary>A policy item open for applications: its id (the application form's <c>item</c>), code, name and policy.</summary>
public sealed record SubsidyItem(Guid ItemId, string Code, string Name, string PolicyName);
