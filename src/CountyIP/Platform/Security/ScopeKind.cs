namespace CountyIP.Platform.Security;

/// <summary>What part of the district's data an account may see (DESIGN.md "Users and what they may touch").</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ScopeKind>))]
public enum ScopeKind
{
    /// <summary>District-wide (bureau roles, leadership, auditor).</summary>
    District = 0,
    Department = 1,
    Unit = 2,
    Enterprise = 3,
}
