using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;
using CountyIP.Modules.Transfer;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>
/// The IP use and finance module (issue 16): keep this table in step with TransferPolicies — the role-matrix test calls
/// every endpoint as every role and as an anonymous caller.
/// </summary>
public sealed class TransferMatrix : IRoleMatrix
{
    private static readonly IReadOnlyCollection<string> Read = Who.Only(TransferPolicies.All[TransferPolicies.Read]);
    private static readonly IReadOnlyCollection<string> ReadProjects = Who.Only(TransferPolicies.All[TransferPolicies.ReadProjects]);
    private static readonly IReadOnlyCollection<string> File = Who.Only(TransferPolicies.All[TransferPolicies.File]);
    private static readonly IReadOnlyCollection<string> Review = Who.Only(TransferPolicies.All[TransferPolicies.Review]);

    public IEnumerable<MatrixEntry> Entries =>
    [
        new("GET", "/api/transfer/banks", Read),
        new("GET", "/api/transfer/licences", Read),
        new("POST", "/api/transfer/licences", File),
        new("GET", "/api/transfer/licences/export", Read),
        new("GET", "/api/transfer/licences/{id:guid}", Read),
        new("POST", "/api/transfer/licences/{id:guid}/file", Review),
        new("POST", "/api/transfer/licences/{id:guid}/change", Review),
        new("POST", "/api/transfer/licences/{id:guid}/cancel", Review),
        new("GET", "/api/transfer/pledges", Read),
        new("POST", "/api/transfer/pledges", File),
        new("GET", "/api/transfer/pledges/figures", Read),
        new("GET", "/api/transfer/pledges/export", Read),
        new("GET", "/api/transfer/pledges/{id:guid}", Read),
        new("POST", "/api/transfer/pledges/{id:guid}/release", Review),
        new("GET", "/api/transfer/assignments", Read),
        new("POST", "/api/transfer/assignments", File),
        new("GET", "/api/transfer/assignments/export", Read),
        new("GET", "/api/transfer/assignments/{id:guid}", Read),
        new("GET", "/api/transfer/projects", ReadProjects),
        new("POST", "/api/transfer/projects", File),
        new("GET", "/api/transfer/projects/export", ReadProjects),
        new("GET", "/api/transfer/projects/{id:guid}", ReadProjects),
        new("POST", "/api/transfer/projects/{id:guid}/milestones", File),
        new("POST", "/api/transfer/projects/{id:guid}/milestones/{milestoneId:guid}/done", File),
        new("POST", "/api/transfer/projects/{id:guid}/years", File),
        new("POST", "/api/transfer/projects/{id:guid}/conclude", Review),

        new("GET", "/transfer/projects", ReadProjects),
        new("POST", "/transfer/projects", ReadProjects),
        new("GET", "/transfer/projects/{Id:guid}", ReadProjects),
        new("POST", "/transfer/projects/{Id:guid}", ReadProjects),
        new("GET", "/transfer/licences", Read),
        new("POST", "/transfer/licences", Read),
        new("GET", "/transfer/licences/{Id:guid}", Read),
        new("POST", "/transfer/licences/{Id:guid}", Read),
        new("GET", "/transfer/pledges", Read),
        new("POST", "/transfer/pledges", Read),
        new("GET", "/transfer/pledges/{Id:guid}", Read),
        new("POST", "/transfer/pledges/{Id:guid}", Read),
        new("GET", "/transfer/assignments", Read),
        new("POST", "/transfer/assignments", Read),
        new("GET", "/transfer/licences/new", File),
        new("POST", "/transfer/licences/new", File),
        new("GET", "/transfer/pledges/figures", Read),
        new("POST", "/transfer/pledges/figures", Read),
        new("GET", "/transfer/pledges/new", File),
        new("POST", "/transfer/pledges/new", File),
        new("GET", "/transfer/assignments/new", File),
        new("POST", "/transfer/assignments/new", File),
        new("GET", "/transfer/projects/new", File),
        new("POST", "/transfer/projects/new", File),
    ];
}
