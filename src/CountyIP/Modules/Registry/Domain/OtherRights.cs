using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Registry.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<TrademarkStatus>))]
public enum TrademarkStatus
{
    Pending,
    Registered,
    Expired,
    Cancelled,
    Invalidated,
}

/// <summary>驰名商标 (China well-known mark, recognised by CNIPA/courts) or 著名商标 (Fujian famous mark).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecognitionKind>))]
public enum RecognitionKind
{
    WellKnown,
    Famous,
}

public sealed class Trademark : VersionedRecord
{
    private readonly List<TrademarkRecognition> recognitions = [];
    private DateOnly? registrationDate;
    private DateOnly? validUntil;

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Canonical 商标注册号 (or application number while pending); unique.</summary>
    [AuditPlain]
    public required string RegistrationNumber { get; set; }

    /// <summary>The mark's words (or a description of a figurative mark).</summary>
    [AuditPlain]
    public required string Mark { get; set; }

    /// <summary>Nice classes joined with <c>;</c>, ascending.</summary>
    [AuditPlain]
    public required string NiceClasses { get; set; }

    public required string OwnerName { get; set; }

    public Guid? EnterpriseId { get; set; }

    public DateOnly? ApplicationDate { get; set; }

    public DateOnly? RegistrationDate
    {
        get => registrationDate;
        set
        {
            registrationDate = value;
            TermEndsOn = TrademarkStatusRule.TermEndsOn(registrationDate, validUntil);
        }
    }

    /// <summary>
    /// End of the registration term as recorded (专用权期限, 商标法 art. 39): 10 years from registration, moved on by each
    /// renewal (art. 40, <see cref="Renew"/>).
    /// </summary>
    public DateOnly? ValidUntil
    {
        get => validUntil;
        set
        {
            validUntil = value;
            TermEndsOn = TrademarkStatusRule.TermEndsOn(registrationDate, validUntil);
        }
    }

    /// <summary>
    /// The term's last day the status rule reads: <see cref="ValidUntil"/>, else 10 years from registration. Stored so that
    /// "registered on a day" is a column comparison (<see cref="TrademarkStatusRule.StatusIs"/>).
    /// </summary>
    public DateOnly? TermEndsOn { get; private set; }

    /// <summary>The status as recorded (CNIPA data, an import or a person); compared with, never trusted over, <see cref="StatusOn"/>.</summary>
    public TrademarkStatus Status { get; set; }

    public bool GeographicalIndication { get; set; }

    public IReadOnlyList<TrademarkRecognition> Recognitions => recognitions;

    /// <summary>The status the law derives on <paramref name="date"/>, renewal grace as known <paramref name="today"/> (ADR 0016).</summary>
    public TrademarkStatusOn StatusOn(DateOnly date, DateOnly today) => TrademarkStatusRule.StatusOn(RegistrationDate, TermEndsOn, Status, date, today);

    /// <summary>Records a renewal (续展注册, 商标法 art. 40): 10 more years from the day after the current term ends.</summary>
    public void Renew()
    {
        if (TermEndsOn is not { } last)
        {
            throw new InvalidOperationException("Only a registered trademark can be renewed.");
        }

        ValidUntil = TrademarkStatusRule.RenewedTermEndsOn(last);
    }

    public void ReplaceRecognitions(IEnumerable<TrademarkRecognition> items)
    {
        recognitions.Clear();
        recognitions.AddRange(items);
    }
}

public sealed record TrademarkRecognition(RecognitionKind Kind, int Year, DateOnly? ValidUntil)
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
}

[JsonConverter(typeof(JsonStringEnumConverter<CopyrightKind>))]
public enum CopyrightKind
{
    Software,
    Works,
}

/// <summary>A software copyright (软件著作权) or works (作品) registration.</summary>
public sealed class CopyrightRegistration : VersionedRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public CopyrightKind Kind { get; set; }

    /// <summary>软著登记号 or 作品登记号, canonical; unique.</summary>
    [AuditPlain]
    public required string RegistrationNumber { get; set; }

    /// <summary>软著登字第…号 for software.</summary>
    [AuditPlain]
    public string? CertificateNumber { get; set; }

    [AuditPlain]
    public required string Title { get; set; }

    public required string OwnerName { get; set; }

    public Guid? EnterpriseId { get; set; }

    public DateOnly RegisteredOn { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<StandardLevel>))]
public enum StandardLevel
{
    National,
    Industry,
    Local,
    Group,
}

[JsonConverter(typeof(JsonStringEnumConverter<StandardRole>))]
public enum StandardRole
{
    Lead,
    Participate,
}

[JsonConverter(typeof(JsonStringEnumConverter<StandardProjectKind>))]
public enum StandardProjectKind
{
    New,
    Revision,
}

/// <summary>An enterprise's part in drafting a standard (主导/参与制定、修订).</summary>
public sealed class StandardsProject : VersionedRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Canonical standard number; empty while the standard is being drafted.</summary>
    [AuditPlain]
    public string? Number { get; set; }

    [AuditPlain]
    public required string Title { get; set; }

    public StandardLevel Level { get; set; }

    public StandardRole Role { get; set; }

    public StandardProjectKind Kind { get; set; }

    public int StartYear { get; set; }

    public Guid EnterpriseId { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<AgencyKind>))]
public enum AgencyKind
{
    PatentAgency,
    TrademarkAgency,
    Branch,
    Other,
}

/// <summary>An IP service agency (知识产权服务机构) in the district.</summary>
public sealed class ServiceAgency : VersionedRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    [AuditPlain]
    public required string Name { get; set; }

    [AuditPlain]
    public string? CreditCode { get; set; }

    public AgencyKind Kind { get; set; }

    [AuditPlain]
    public string? UnitCode { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    [AuditPlain]
    public string? Services { get; set; }
}
