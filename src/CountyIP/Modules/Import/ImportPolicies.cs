namespace CountyIP.Modules.Import;

/// <summary>Policies of the register import.</summary>
public static class ImportPolicies
{
    /// <summary>
    /// Import official-register files (issue 3 §3): bureau staff, who also edit the records by hand. The name is the one
    /// it had inside Registry (ADR 0020), so granted roles and audit records keep meaning the same.
    /// </summary>
    public const string Import = "Registry.Import";
}
