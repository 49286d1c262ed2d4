namespace CountyIP.Modules.Outreach.Contracts;

/// <summary>
/// Publicity and training figures for the dashboard's monitoring table (issue 15 §6): what the plan names besides its
/// two targets. District-wide aggregates without personal data; the caller decides who may see them.
/// </summary>
public interface IOutreachFigures
{
    /// <summary>Figures of calendar year <paramref name="year"/>, counted like the two targets (confirmed events, attended sessions).</summary>
    Task<OutreachYearFigures> ForYearAsync(int year, CancellationToken cancellationToken);
}

/// <summary>
/// Confirmed events on the World IP Day and in the publicity and legal weeks; confirmed "five intos" events and how many
/// of the five kinds (企业、机关、学校、社区、家庭) they reached; media coverage events; person-times of officials (leaders
/// and the party school), of enterprises (staff, IP specialists, agencies) and of pupils and the public; certificates issued.
/// </summary>
public sealed record OutreachYearFigures(
    int Year,
    int CampaignEvents,
    int FiveIntosEvents,
    int FiveIntosKindsReached,
    int MediaEvents,
    int PersonTimesOfficials,
    int PersonTimesEnterprises,
    int PersonTimesStudentsAndPublic,
    int CertificatesIssued);
