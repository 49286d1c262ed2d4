using CountyIP.Modules.Plans.Contracts;
using CountyIP.Modules.Plans.Domain;

namespace CountyIP.Modules.Plans.UseCases;

/// <summary>A plan in the list.</summary>
public sealed record PlanSummary(string Id, LocalizedText Title, string Issued, int PilotFromYear, int PilotToYear, int TargetCount, bool IsActive, DateTime ImportedUtc)
{
    internal static PlanSummary From(StoredPlan stored, PlanDefinition plan) =>
        new(stored.Id, plan.Title, plan.Issued, plan.PilotFromYear, plan.PilotToYear, plan.Targets.Count, stored.IsActive, stored.ImportedUtc);
}

/// <summary>A plan with its targets and whether it is the active one.</summary>
public sealed record PlanDetail(PlanDefinition Plan, bool IsActive, DateTime ImportedUtc);

internal static class StoredPlans
{
    /// <summary>Stored content was validated on import; a row that no longer parses is a programming error.</summary>
    public static PlanDefinition Definition(StoredPlan stored) =>
        PlanFile.Parse(stored.Content) is { Plan: { } plan }
            ? plan
            : throw new InvalidOperationException($"Stored plan '{stored.Id}' does not parse.");
}
