using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;
using CountyIP.Modules.Funding;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>
/// The Special fund module: reading needs <see cref="FundingPolicies.Read"/> (staff, leaders, auditors), entering and
/// approving fiscal years <see cref="FundingPolicies.ManageBudget"/> (staff). Keep this table in step with
/// FundingPolicies: the role-matrix test calls every endpoint as every role.
/// </summary>
public sealed class FundingMatrix : IRoleMatrix
{
    private static readonly IReadOnlyCollection<string> Read = Who.Only(FundingPolicies.All[FundingPolicies.Read]);
    private static readonly IReadOnlyCollection<string> ManageBudget = Who.Only(FundingPolicies.All[FundingPolicies.ManageBudget]);

    public IEnumerable<MatrixEntry> Entries =>
    [
        new("GET", "/api/funding/years", Read),
        new("GET", "/api/funding/years/{year:int}", Read),
        new("PUT", "/api/funding/years/{year:int}", ManageBudget),
        new("POST", "/api/funding/years/{year:int}/approve", ManageBudget),

        new("GET", "/funding/years", Read),
        new("POST", "/funding/years", Read),
        new("GET", "/funding/years/{Year:int}", Read),
        new("POST", "/funding/years/{Year:int}", Read),
        new("GET", "/funding/years/enter", ManageBudget, SampleUrl: "/funding/years/enter?year=2013"),
        new("POST", "/funding/years/enter", ManageBudget, SampleUrl: "/funding/years/enter?year=2013"),
    ];
}
