using CountyIP.IntegrationTests.Infrastructure.RoleMatrix;
using CountyIP.Modules.Outreach;

namespace CountyIP.IntegrationTests.RoleMatrix;

/// <summary>
/// The publicity and training module (issue 15): keep this table in step with OutreachPolicies — the role-matrix test
/// calls every endpoint and page as every role and as an anonymous caller.
/// </summary>
public sealed class OutreachMatrix : IRoleMatrix
{
    private static readonly IReadOnlyCollection<string> Read = Who.Only(OutreachPolicies.All[OutreachPolicies.Read]);
    private static readonly IReadOnlyCollection<string> Record = Who.Only(OutreachPolicies.All[OutreachPolicies.Record]);
    private static readonly IReadOnlyCollection<string> Confirm = Who.Only(OutreachPolicies.All[OutreachPolicies.Confirm]);
    private static readonly IReadOnlyCollection<string> SignUp = Who.Only(OutreachPolicies.All[OutreachPolicies.SignUp]);
    private static readonly IReadOnlyCollection<string> Materials = Who.Only(OutreachPolicies.All[OutreachPolicies.Materials]);

    public IEnumerable<MatrixEntry> Entries =>
    [
        new("GET", "/api/outreach/events", Read),
        new("GET", "/api/outreach/events/{id:guid}", Read),
        new("POST", "/api/outreach/events", Record),
        new("PUT", "/api/outreach/events/{id:guid}", Record),
        new("POST", "/api/outreach/events/{id:guid}/confirm", Confirm),
        new("POST", "/api/outreach/events/{id:guid}/withdraw", Confirm),
        new("GET", "/api/outreach/events/{id:guid}/files", Read),
        new("POST", "/api/outreach/events/{id:guid}/files", Record),
        new("GET", "/api/outreach/files/{id:guid}", Read),
        new("GET", "/api/outreach/calendar", Read),
        new("GET", "/outreach/calendar.ics", Read),
        new("GET", "/api/outreach/courses", Read),
        new("GET", "/api/outreach/courses/open", SignUp),
        new("GET", "/api/outreach/courses/{id:guid}", Read),
        new("POST", "/api/outreach/courses", Record),
        new("PUT", "/api/outreach/courses/{id:guid}", Record),
        new("GET", "/api/outreach/courses/{id:guid}/sessions", Read),
        new("POST", "/api/outreach/courses/{id:guid}/sessions", Record),
        new("GET", "/api/outreach/courses/{id:guid}/registrations", SignUp),
        new("POST", "/api/outreach/courses/{id:guid}/registrations", SignUp),
        new("POST", "/api/outreach/registrations/{id:guid}/cancel", SignUp),
        new("GET", "/api/outreach/registrations/{id:guid}/certificate", SignUp),
        new("POST", "/api/outreach/courses/{id:guid}/certificates", Record),
        new("POST", "/api/outreach/sessions/{id:guid}/attendance", Record),
        new("DELETE", "/api/outreach/sessions/{id:guid}/attendance/{registrationId:guid}", Record),
        new("POST", "/api/outreach/sessions/{id:guid}/roster", Record),
        new("GET", "/api/outreach/sessions/{id:guid}/qr.svg", Record),
        new("GET", "/api/outreach/media", Read),
        new("POST", "/api/outreach/media", Record),
        new("GET", "/api/outreach/media/{id:guid}/scan", Read),
        new("GET", "/api/outreach/materials", Read),
        new("POST", "/api/outreach/materials", Materials),
        new("POST", "/api/outreach/materials/{id:guid}/publish", Materials),
        new("GET", "/api/outreach/materials/{id:guid}/file", Read),
        new("GET", "/api/outreach/public/materials", Who.Everyone),
        new("GET", "/api/outreach/public/materials/{id:guid}/file", Who.Everyone),
        new("GET", "/api/outreach/public/courses", Who.Everyone),
        new("POST", "/api/outreach/public/courses/{id:guid}/registrations", Who.Everyone),
        new("POST", "/api/outreach/public/sign-in/{token}", Who.Everyone),
        new("GET", "/api/outreach/public/certificates/{code}", Who.Everyone),

        new("GET", "/outreach/media", Read),
        new("POST", "/outreach/media", Read),
        new("GET", "/outreach/materials", Read),
        new("POST", "/outreach/materials", Read),
        new("GET", "/outreach/public/materials", Who.Everyone),
        new("POST", "/outreach/public/materials", Who.Everyone),
        new("GET", "/outreach/calendar", Read),
        new("POST", "/outreach/calendar", Read),
        new("GET", "/outreach/certificates/verify", Who.Everyone),
        new("POST", "/outreach/certificates/verify", Who.Everyone),
        new("GET", "/outreach/courses", Read),
        new("POST", "/outreach/courses", Read),
        new("GET", "/outreach/courses/new", Record),
        new("POST", "/outreach/courses/new", Record),
        new("GET", "/outreach/courses/{Id:guid}", Read),
        new("POST", "/outreach/courses/{Id:guid}", Read),
        new("GET", "/outreach/courses/{Id:guid}/edit", Record),
        new("POST", "/outreach/courses/{Id:guid}/edit", Record),
        new("GET", "/outreach/events", Read),
        new("POST", "/outreach/events", Read),
        new("GET", "/outreach/events/new", Record),
        new("POST", "/outreach/events/new", Record),
        new("GET", "/outreach/events/{Id:guid}", Read),
        new("POST", "/outreach/events/{Id:guid}", Read),
        new("GET", "/outreach/events/{Id:guid}/edit", Record),
        new("POST", "/outreach/events/{Id:guid}/edit", Record),
        new("GET", "/outreach/public/courses", Who.Everyone),
        new("POST", "/outreach/public/courses", Who.Everyone),
        new("GET", "/outreach/sign-in/{Token}", Who.Everyone),
        new("POST", "/outreach/sign-in/{Token}", Who.Everyone),
        new("GET", "/outreach/sign-up", SignUp),
        new("POST", "/outreach/sign-up", SignUp),
        new("GET", "/outreach/sign-up/{CourseId:guid}", Who.Everyone),
        new("POST", "/outreach/sign-up/{CourseId:guid}", Who.Everyone),
    ];
}
