using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.__Module__.Domain;

/// <summary>
/// One item the __ModuleEn__ module records: a code unique in the module and a Chinese and an English name. Plain C#
/// (rule 2): no EF Core, no ASP.NET; state changes go through its methods. Created/updated times and the
/// optimistic-concurrency version come from <see cref="VersionedRecord"/>.
/// </summary>
public sealed class __Module__Item : VersionedRecord
{
    public const int CodeMaxLength = 32;
    public const int NameZhMaxLength = 100;
    public const int NameEnMaxLength = 200;

    private __Module__Item()
    {
    }

    public __Module__Item(string code, string nameZh, string? nameEn, string createdBy, DateTime utcNow)
    {
        Code = code.Trim();
        NameZh = nameZh.Trim();
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim();
        CreatedBy = createdBy;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Stable code, unique in the module (a database index, not only a check).</summary>
    [AuditPlain]
    public string Code { get; private set; } = string.Empty;

    // Names of things, not of people: stored in the audit log as they are (ADR 0010). Text that may hold personal
    // data carries no [AuditPlain] and is masked there.
    [AuditPlain]
    public string NameZh { get; private set; } = string.Empty;

    [AuditPlain]
    public string? NameEn { get; private set; }

    /// <summary>User name of the account that recorded the item.</summary>
    [AuditPlain]
    public string CreatedBy { get; private set; } = string.Empty;
}
