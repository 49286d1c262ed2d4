namespace CountyIP.Platform.Audit;

/// <summary>How a personal value is shown in the audit log (个人信息保护法 art. 51; masking as in the domain notes).</summary>
public enum MaskKind
{
    /// <summary>Mobile numbers and ID numbers are recognised by shape; other text becomes "***".</summary>
    Auto,

    /// <summary>138****1234.</summary>
    Phone,

    /// <summary>3501**********1234.</summary>
    IdNumber,

    /// <summary>"***".</summary>
    Text,
}

/// <summary>
/// Marks a property whose value is personal or confidential: the audit log stores it masked. Properties carrying
/// ASP.NET Core Identity's <c>[PersonalData]</c> are masked the same way without this attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class MaskedAttribute(MaskKind kind = MaskKind.Auto) : Attribute
{
    public MaskKind Kind { get; } = kind;
}

/// <summary>
/// Marks a secret (password hash, token hash, key material): its value never reaches the audit log, not even
/// masked. Identity's PasswordHash, SecurityStamp, ConcurrencyStamp and user-token values are left out without it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class SecretAttribute : Attribute;

/// <summary>
/// Marks a module's text property that holds no personal data (a code, a registration number, a patent title, an
/// organisation's name): the audit log stores it as it is, so a diff is readable. Module text without it is masked,
/// because it may hold personal data that is purged after its retention period while the audit log is never deleted
/// (个人信息保护法 art. 47; ADR 0010).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class AuditPlainAttribute : Attribute;
