namespace CountyIP.Platform.Security;

/// <summary>The seven roles of DESIGN.md. Names are stable identifiers stored in the database.</summary>
public static class Roles
{
    public const string BureauAdmin = nameof(BureauAdmin);
    public const string BureauStaff = nameof(BureauStaff);
    public const string Leadership = nameof(Leadership);
    public const string DepartmentLiaison = nameof(DepartmentLiaison);
    public const string TownLiaison = nameof(TownLiaison);
    public const string Enterprise = nameof(Enterprise);
    public const string Auditor = nameof(Auditor);

    public static readonly IReadOnlyList<string> All =
        [BureauAdmin, BureauStaff, Leadership, DepartmentLiaison, TownLiaison, Enterprise, Auditor];

    /// <summary>The scope kind a role's account must carry.</summary>
    public static ScopeKind RequiredScope(string role) => role switch
    {
        DepartmentLiaison => ScopeKind.Department,
        TownLiaison => ScopeKind.Unit,
        Enterprise => ScopeKind.Enterprise,
        _ => ScopeKind.District,
    };
}
