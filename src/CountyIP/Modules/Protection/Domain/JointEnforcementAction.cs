using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Web;

namespace CountyIP.Modules.Protection.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<EnforcementScope>))]
public enum EnforcementScope
{
    Market = 0,
    TradeFair = 1,
    Online = 2,
    Other = 3,
}

/// <summary>
/// A joint enforcement action (联合执法, plan 三(四)1: patent, trademark, police, culture and quality departments act
/// together, often in a superior authority's special campaign).
/// </summary>
public sealed class JointEnforcementAction
{
    private readonly List<JointActionCase> linkedCases = [];

    private JointEnforcementAction()
    {
        Title = string.Empty;
        LeadDepartmentCode = string.Empty;
        ParticipatingDepartmentCodes = string.Empty;
        Results = string.Empty;
        RecordedBy = string.Empty;
    }

    public JointEnforcementAction(
        string title,
        DateOnly date,
        string leadDepartmentCode,
        IReadOnlyCollection<string> participatingDepartmentCodes,
        EnforcementScope scope,
        int placesInspected,
        int casesOpened,
        string? goodsSeized,
        decimal? goodsValue,
        string results,
        IReadOnlyCollection<Guid> linkedCaseIds,
        string recordedBy,
        DateTime nowUtc)
        : this()
    {
        Id = Guid.NewGuid();
        RecordedBy = recordedBy;
        RecordedAtUtc = nowUtc;
        Set(title, date, leadDepartmentCode, participatingDepartmentCodes, scope, placesInspected, casesOpened, goodsSeized, goodsValue, results, linkedCaseIds);
    }

    public Guid Id { get; private set; }

    [AuditPlain]
    public string Title { get; private set; }

    public DateOnly Date { get; private set; }

    [AuditPlain]
    public string LeadDepartmentCode { get; private set; }

    /// <summary>Comma-separated department codes, lead excluded.</summary>
    [AuditPlain]
    public string ParticipatingDepartmentCodes { get; private set; }

    public EnforcementScope Scope { get; private set; }

    public int PlacesInspected { get; private set; }

    public int CasesOpened { get; private set; }

    public string? GoodsSeized { get; private set; }

    public decimal? GoodsValue { get; private set; }

    public string Results { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public DateTime? UpdatedAtUtc { get; private set; }

    public string? UpdatedBy { get; private set; }

    public IReadOnlyList<JointActionCase> LinkedCases => linkedCases;

    /// <summary>Participating department codes (lead excluded), in the order recorded.</summary>
    public IReadOnlyList<string> Participants => ParticipatingDepartmentCodes.Length == 0 ? [] : ParticipatingDepartmentCodes.Split(',');

    /// <summary>Corrects or completes the record (results and seizures are often known only after the action).</summary>
    public void Update(
        string title,
        DateOnly date,
        string leadDepartmentCode,
        IReadOnlyCollection<string> participatingDepartmentCodes,
        EnforcementScope scope,
        int placesInspected,
        int casesOpened,
        string? goodsSeized,
        decimal? goodsValue,
        string results,
        IReadOnlyCollection<Guid> linkedCaseIds,
        string updatedBy,
        DateTime nowUtc)
    {
        Set(title, date, leadDepartmentCode, participatingDepartmentCodes, scope, placesInspected, casesOpened, goodsSeized, goodsValue, results, linkedCaseIds);
        UpdatedBy = updatedBy;
        UpdatedAtUtc = nowUtc;
    }

    private void Set(
        string title,
        DateOnly date,
        string leadDepartmentCode,
        IReadOnlyCollection<string> participatingDepartmentCodes,
        EnforcementScope scope,
        int placesInspected,
        int casesOpened,
        string? goodsSeized,
        decimal? goodsValue,
        string results,
        IReadOnlyCollection<Guid> linkedCaseIds)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(leadDepartmentCode) || string.IsNullOrWhiteSpace(results))
        {
            throw new BusinessRuleException("protection.enforcement-required", ProtectionText.Get("Error_EnforcementRequired"));
        }

        if (placesInspected < 0 || casesOpened < 0 || goodsValue is < 0)
        {
            throw new BusinessRuleException("protection.enforcement-negative", ProtectionText.Get("Error_EnforcementNegative"));
        }

        Title = title.Trim();
        Date = date;
        LeadDepartmentCode = leadDepartmentCode.Trim();
        ParticipatingDepartmentCodes = string.Join(',', participatingDepartmentCodes.Select(c => c.Trim()).Where(c => c.Length > 0 && c != LeadDepartmentCode).Distinct(StringComparer.Ordinal));
        Scope = scope;
        PlacesInspected = placesInspected;
        CasesOpened = casesOpened;
        GoodsSeized = string.IsNullOrWhiteSpace(goodsSeized) ? null : goodsSeized.Trim();
        GoodsValue = goodsValue;
        Results = results.Trim();
        var wanted = linkedCaseIds.Distinct().ToList();
        linkedCases.RemoveAll(l => !wanted.Contains(l.CaseId));
        linkedCases.AddRange(wanted.Where(id => linkedCases.All(l => l.CaseId != id)).Select(id => new JointActionCase(Id, id)));
    }
}

/// <summary>A case the action opened or acted on.</summary>
public sealed class JointActionCase
{
    private JointActionCase()
    {
    }

    internal JointActionCase(Guid actionId, Guid caseId)
    {
        ActionId = actionId;
        CaseId = caseId;
    }

    public Guid ActionId { get; private set; }

    public Guid CaseId { get; private set; }
}
