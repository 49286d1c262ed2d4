using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Web;

namespace CountyIP.Modules.Protection.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<DeclaredRightKind>))]
public enum DeclaredRightKind
{
    Patent = 0,
    Trademark = 1,
    Copyright = 2,
    Other = 3,
}

/// <summary>
/// A trade fair the bureau protects (plan 三(四): 展会知识产权保护; 展会知识产权保护办法 2006): its dates, venue and
/// organiser, the exhibitors' declarations of the rights they show, and the on-site complaints made at it (cases of
/// channel <see cref="CaseChannel.TradeFair"/> carrying the fair's id).
/// </summary>
public sealed class TradeFair
{
    private readonly List<ExhibitorDeclaration> declarations = [];

    private TradeFair()
    {
        Name = string.Empty;
        Venue = string.Empty;
        Organiser = string.Empty;
        RecordedBy = string.Empty;
    }

    public TradeFair(string name, string venue, string organiser, DateOnly startsOn, DateOnly endsOn, string recordedBy, DateTime nowUtc)
        : this()
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(venue) || string.IsNullOrWhiteSpace(organiser))
        {
            throw Rule("protection.fair-fields-required", "Error_FairFieldsRequired");
        }

        if (endsOn < startsOn)
        {
            throw Rule("protection.fair-dates", "Error_FairDates");
        }

        Id = Guid.NewGuid();
        Name = name.Trim();
        Venue = venue.Trim();
        Organiser = organiser.Trim();
        StartsOn = startsOn;
        EndsOn = endsOn;
        RecordedBy = recordedBy;
        RecordedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    [AuditPlain]
    public string Name { get; private set; }

    [AuditPlain]
    public string Venue { get; private set; }

    [AuditPlain]
    public string Organiser { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public IReadOnlyList<ExhibitorDeclaration> Declarations => declarations;

    public bool IsOpenOn(DateOnly day) => day >= StartsOn && day <= EndsOn;

    /// <summary>An exhibitor declares the rights it shows (number per right), so on-site complaints can be checked against them.</summary>
    public ExhibitorDeclaration Declare(string exhibitor, string? booth, IReadOnlyList<(DeclaredRightKind Kind, string Number, string? Title)> rights, string actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(rights);
        if (string.IsNullOrWhiteSpace(exhibitor))
        {
            throw Rule("protection.exhibitor-required", "Error_ExhibitorRequired");
        }

        var given = rights.Where(r => !string.IsNullOrWhiteSpace(r.Number)).ToList();
        if (given.Count == 0)
        {
            throw Rule("protection.declared-right-required", "Error_DeclaredRightRequired");
        }

        var declaration = new ExhibitorDeclaration(Id, exhibitor.Trim(), string.IsNullOrWhiteSpace(booth) ? null : booth.Trim(), actor, nowUtc);
        foreach (var (kind, number, title) in given)
        {
            declaration.Add(kind, number.Trim(), string.IsNullOrWhiteSpace(title) ? null : title.Trim());
        }

        declarations.Add(declaration);
        return declaration;
    }

    /// <summary>An on-site complaint can be taken only while the fair runs (the complaint desk exists during the fair).</summary>
    public void EnsureOpenOn(DateOnly day)
    {
        if (!IsOpenOn(day))
        {
            throw Rule("protection.fair-not-running", "Error_FairNotRunning");
        }
    }

    private static BusinessRuleException Rule(string code, string key) => new(code, ProtectionText.Get(key));
}

/// <summary>An exhibitor's declaration of the IP rights it shows at a fair.</summary>
public sealed class ExhibitorDeclaration
{
    private readonly List<DeclaredRight> rights = [];

    private ExhibitorDeclaration()
    {
        Exhibitor = string.Empty;
        DeclaredBy = string.Empty;
    }

    internal ExhibitorDeclaration(Guid fairId, string exhibitor, string? booth, string declaredBy, DateTime nowUtc)
        : this()
    {
        Id = Guid.NewGuid();
        FairId = fairId;
        Exhibitor = exhibitor;
        Booth = booth;
        DeclaredBy = declaredBy;
        DeclaredAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid FairId { get; private set; }

    public string Exhibitor { get; private set; }

    public string? Booth { get; private set; }

    public string DeclaredBy { get; private set; }

    public DateTime DeclaredAtUtc { get; private set; }

    public IReadOnlyList<DeclaredRight> Rights => rights;

    internal void Add(DeclaredRightKind kind, string number, string? title) => rights.Add(new DeclaredRight(Id, kind, number, title));
}

/// <summary>One declared right: kind and number (patent, trademark registration, copyright registration…).</summary>
public sealed class DeclaredRight
{
    private DeclaredRight()
    {
        Number = string.Empty;
    }

    internal DeclaredRight(Guid declarationId, DeclaredRightKind kind, string number, string? title)
    {
        Id = Guid.NewGuid();
        DeclarationId = declarationId;
        Kind = kind;
        Number = number;
        Title = title;
    }

    public Guid Id { get; private set; }

    public Guid DeclarationId { get; private set; }

    public DeclaredRightKind Kind { get; private set; }

    public string Number { get; private set; }

    public string? Title { get; private set; }
}
