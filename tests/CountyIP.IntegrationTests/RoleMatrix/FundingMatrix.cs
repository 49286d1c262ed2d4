using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;
using CountyIP.Modules.Funding;
using CountyIP.Platform.Security;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>
/// The Special fund module: reading needs <see cref="FundingPolicies.Read"/> (staff, leaders, auditors), entering and
/// approving fiscal years <see cref="FundingPolicies.ManageBudget"/> (staff); reward policies are read by
/// <see cref="FundingPolicies.ReadPolicies"/> (also enterprises and towns, published versions only) and drafted and
/// published by <see cref="FundingPolicies.ManagePolicies"/> (staff); applications (and their evidence files) are read in scope by
/// enterprises, towns, staff, leaders and auditors, filed, changed and given evidence by enterprises and staff, acted on by enterprises, towns and
/// staff (the workflow table decides which step); batches are staff's; recovery flags and abnormal-filing lists are read with Read and
/// decided, scanned and imported by staff (Recover); the public notice is everyone's. Keep this table in step with
/// FundingPolicies: the role-matrix test calls every endpoint as every role.
/// </summary>
public sealed class FundingMatrix : IRoleMatrix
{
    private static readonly IReadOnlyCollection<string> Read = Who.Only(FundingPolicies.All[FundingPolicies.Read]);
    private static readonly IReadOnlyCollection<string> ManageBudget = Who.Only(FundingPolicies.All[FundingPolicies.ManageBudget]);
    private static readonly IReadOnlyCollection<string> ReadPolicies = Who.Only(FundingPolicies.All[FundingPolicies.ReadPolicies]);
    private static readonly IReadOnlyCollection<string> ManagePolicies = Who.Only(FundingPolicies.All[FundingPolicies.ManagePolicies]);
    private static readonly IReadOnlyCollection<string> Apply = Who.Only(FundingPolicies.All[FundingPolicies.Apply]);
    private static readonly IReadOnlyCollection<string> ReadApplications = Who.Only(FundingPolicies.All[FundingPolicies.ReadApplications]);
    private static readonly IReadOnlyCollection<string> Act = Who.Only(FundingPolicies.All[FundingPolicies.ActOnApplications]);
    private static readonly IReadOnlyCollection<string> Pay = Who.Only(FundingPolicies.All[FundingPolicies.Pay]);
    private static readonly IReadOnlyCollection<string> Recover = Who.Only(FundingPolicies.All[FundingPolicies.Recover]);

    public IEnumerable<MatrixEntry> Entries =>
    [
        new("GET", "/api/funding/years", Read),
        new("GET", "/api/funding/years/{year:int}", Read),
        new("PUT", "/api/funding/years/{year:int}", ManageBudget),
        new("POST", "/api/funding/years/{year:int}/approve", ManageBudget),
        new("GET", "/api/funding/years/{year:int}/execution", Read),
        new("GET", "/api/funding/years/{year:int}/execution/export", Read),
        new("GET", "/api/funding/policies", ReadPolicies),
        new("GET", "/api/funding/policies/{id:guid}", ReadPolicies),
        new("POST", "/api/funding/policies", ManagePolicies),
        new("PUT", "/api/funding/policies/{id:guid}", ManagePolicies),
        new("POST", "/api/funding/policies/{id:guid}/publish", ManagePolicies),
        new("POST", "/api/funding/policies/{id:guid}/versions", ManagePolicies),
        new("GET", "/api/funding/applications", ReadApplications),
        new("GET", "/api/funding/applications/{id:guid}", ReadApplications),
        new("POST", "/api/funding/applications", Apply),
        new("PUT", "/api/funding/applications/{id:guid}", Apply),
        new("POST", "/api/funding/applications/{id:guid}/actions", Act),
        new("POST", "/api/funding/applications/{id:guid}/attachments", Apply),
        new("GET", "/api/funding/applications/{id:guid}/attachments/{attachmentId:guid}", ReadApplications),
        new("DELETE", "/api/funding/applications/{id:guid}/attachments/{attachmentId:guid}", Apply),
        new("GET", "/api/funding/payment-batches", Read),
        new("GET", "/api/funding/payment-batches/{id:guid}", Read),
        new("GET", "/api/funding/payment-batches/{id:guid}/export", Read),
        new("POST", "/api/funding/payment-batches", Pay),
        new("POST", "/api/funding/payment-batches/{id:guid}/paid", Pay),
        new("GET", "/api/funding/recovery", Read),
        new("GET", "/api/funding/recovery/at-risk", Read),
        new("POST", "/api/funding/recovery/scan", Recover),
        new("POST", "/api/funding/recovery/{id:guid}/actions", Recover),
        new("GET", "/api/funding/abnormal-filings", Read),
        new("POST", "/api/funding/abnormal-filings", Recover),
        new("GET", "/api/portal/funding/notice/", Who.Everyone),
        new("POST", "/api/portal/funding/notice/{id:guid}/objections", Who.Everyone),

        new("GET", "/funding/years", Read),
        new("POST", "/funding/years", Read),
        new("GET", "/funding/years/{Year:int}", Read),
        new("POST", "/funding/years/{Year:int}", Read),
        new("GET", "/funding/years/enter", ManageBudget, SampleUrl: "/funding/years/enter?year=2013"),
        new("POST", "/funding/years/enter", ManageBudget, SampleUrl: "/funding/years/enter?year=2013"),
        new("GET", "/funding/applications", ReadApplications),
        new("POST", "/funding/applications", ReadApplications),
        new("GET", "/funding/applications/{Id:guid}", ReadApplications),
        new("POST", "/funding/applications/{Id:guid}", ReadApplications),
        new("GET", "/funding/applications/new", Apply),
        new("POST", "/funding/applications/new", Apply),
        new("GET", "/funding/applications/{Id:guid}/edit", Apply),
        new("POST", "/funding/applications/{Id:guid}/edit", Apply),
        new("GET", "/funding/payment-batches", Read),
        new("POST", "/funding/payment-batches", Read),
        new("GET", "/funding/payment-batches/{Id:guid}", Read),
        new("POST", "/funding/payment-batches/{Id:guid}", Read),
        new("GET", "/funding/recovery", Read),
        new("POST", "/funding/recovery", Read),
        new("GET", "/funding/abnormal-filings", Read),
        new("GET", "/funding/reports", Read),
        new("POST", "/funding/reports", Read),
        new("POST", "/funding/abnormal-filings", Read),
        new("GET", "/portal/funding/notice", Who.Everyone),
        new("POST", "/portal/funding/notice", Who.Everyone),
        new("GET", "/funding/policies", ReadPolicies),
        new("POST", "/funding/policies", ReadPolicies),
        new("GET", "/funding/policies/{Id:guid}", ReadPolicies),
        new("POST", "/funding/policies/{Id:guid}", ReadPolicies),
        new("GET", "/funding/policies/new", ManagePolicies),
        new("POST", "/funding/policies/new", ManagePolicies),
        new("GET", "/funding/policies/{Id:guid}/edit", ManagePolicies),
        new("POST", "/funding/policies/{Id:guid}/edit", ManagePolicies),
    ];
}
