using System.Text.Json.Serialization;
using CountyIP.Platform.Audit;
using CountyIP.Platform.Domain;

namespace CountyIP.Modules.Outreach.Domain;

/// <summary>
/// Who a course is for (source 三(五)1-3): cadres and leaders, a party-school class, enterprise staff, IP specialists
/// in continuing education (with credit hours), agency staff, pupils and students, the public.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrainingAudience>))]
public enum TrainingAudience
{
    OfficialsAndLeaders = 0,
    PartySchool = 1,
    EnterpriseStaff = 2,
    IpSpecialists = 3,
    AgencyStaff = 4,
    Students = 5,
    Public = 6,
}

/// <summary>
/// A training course (培训): its sessions are where people attend, its registrations who may. Capacity is kept by
/// <see cref="SeatsTaken"/>, raised only by a conditional update that cannot pass the capacity (see SignUpHandler), so
/// 30 people signing up at once never fill 31 seats.
/// </summary>
public sealed class TrainingCourse : VersionedRecord
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int MaxCapacity = 5000;

    private TrainingCourse()
    {
    }

    public TrainingCourse(string organiserCode, string createdBy, DateTime utcNow)
    {
        OrganiserCode = organiserCode;
        CreatedBy = createdBy;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    [AuditPlain]
    public string Title { get; private set; } = string.Empty;

    [AuditPlain]
    public TrainingAudience Audience { get; private set; }

    [AuditPlain]
    public string OrganiserCode { get; private set; } = string.Empty;

    [AuditPlain]
    public int Capacity { get; private set; }

    /// <summary>Registrations holding a seat (not wait-listed, not cancelled).</summary>
    public int SeatsTaken { get; private set; }

    [AuditPlain]
    public string? Trainers { get; private set; }

    /// <summary>Continuing-education credit hours (学时) a full attendance earns; for IP specialists.</summary>
    [AuditPlain]
    public decimal? CreditHours { get; private set; }

    [AuditPlain]
    public string? Description { get; private set; }

    /// <summary>The course's first day, when announced; sessions may not fall before it.</summary>
    [AuditPlain]
    public DateOnly? StartsOn { get; private set; }

    /// <summary>The course's last day, when announced; sessions may not fall after it.</summary>
    [AuditPlain]
    public DateOnly? EndsOn { get; private set; }

    /// <summary>Anyone may sign up on the public portal; otherwise only signed-in users and the organiser.</summary>
    [AuditPlain]
    public bool PublicSignUp { get; private set; }

    [AuditPlain]
    public string CreatedBy { get; private set; } = string.Empty;

    public void Describe(string title, TrainingAudience audience, int capacity, string? trainers, decimal? creditHours, string? description, bool publicSignUp, DateOnly? startsOn, DateOnly? endsOn, DateTime utcNow)
    {
        StartsOn = startsOn;
        EndsOn = endsOn;
        Title = title.Trim();
        Audience = audience;
        Capacity = capacity;
        Trainers = PublicityEvent.Clean(trainers);
        CreditHours = creditHours;
        Description = PublicityEvent.Clean(description);
        PublicSignUp = publicSignUp;
        Touch(utcNow);
    }
}

/// <summary>
/// One session of a course: a date, a time and a room. Its <see cref="SignInToken"/> is the secret in the door's QR
/// code; the link works on the session's day only (China time), so a photo of last week's code signs no one in.
/// </summary>
public sealed class TrainingSession : VersionedRecord
{
    public const int PlaceMaxLength = 200;
    public const int TokenLength = 24;

    private TrainingSession()
    {
    }

    public TrainingSession(Guid courseId, DateOnly date, TimeOnly start, TimeOnly end, string? place, string signInToken, DateTime utcNow)
    {
        CourseId = courseId;
        Date = date;
        Start = start;
        End = end;
        Place = PublicityEvent.Clean(place);
        SignInToken = signInToken;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CourseId { get; private set; }

    [AuditPlain]
    public DateOnly Date { get; private set; }

    [AuditPlain]
    public TimeOnly Start { get; private set; }

    [AuditPlain]
    public TimeOnly End { get; private set; }

    [AuditPlain]
    public string? Place { get; private set; }

    public string SignInToken { get; private set; } = string.Empty;

    /// <summary>Whether the door link of this session is valid on <paramref name="today"/> (the session's day).</summary>
    public bool SignInOpenOn(DateOnly today) => today == Date;

    /// <summary>A new door token: 144 random bits, URL-safe (<see cref="TokenLength"/> characters, ADR 0030).</summary>
    public static string NewToken() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
}

[JsonConverter(typeof(JsonStringEnumConverter<RegistrationState>))]
public enum RegistrationState
{
    /// <summary>Holds a seat.</summary>
    Registered = 0,

    /// <summary>The course was full: moves up when a seat is freed, in order of sign-up.</summary>
    WaitListed = 1,

    Cancelled = 2,
}

/// <summary>
/// A person signed up for a course (报名): name, organisation and a mainland mobile number. Personal data: the name and
/// phone carry no [AuditPlain] and are masked in the audit log (ADR 0010).
/// </summary>
public sealed class CourseRegistration : VersionedRecord
{
    public const int NameMaxLength = 50;
    public const int OrganisationMaxLength = 200;
    public const int CertificateCodeLength = 12;

    private CourseRegistration()
    {
    }

    public CourseRegistration(Guid courseId, string name, string? organisation, string phone, RegistrationState state, string? signedUpBy, Guid? enterpriseId, DateTime utcNow)
    {
        CourseId = courseId;
        Name = name.Trim();
        Organisation = PublicityEvent.Clean(organisation);
        Phone = phone;
        State = state;
        SignedUpBy = signedUpBy;
        EnterpriseId = enterpriseId;
        SignedUpUtc = utcNow;
        Touch(utcNow);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CourseId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    [AuditPlain]
    public string? Organisation { get; private set; }

    public string Phone { get; private set; } = string.Empty;

    [AuditPlain]
    public RegistrationState State { get; private set; }

    /// <summary>The account that signed the person up; null for a sign-up on the public portal.</summary>
    [AuditPlain]
    public string? SignedUpBy { get; private set; }

    /// <summary>The enterprise that signed up its staff member, for its own list.</summary>
    public Guid? EnterpriseId { get; private set; }

    /// <summary>The order of the waiting list.</summary>
    public DateTime SignedUpUtc { get; private set; }

    /// <summary>Code printed on the certificate and checked on the public page; set when the certificate is issued.</summary>
    [AuditPlain]
    public string? CertificateCode { get; private set; }

    public DateTime? CertificateIssuedUtc { get; private set; }

    public void Cancel(DateTime utcNow)
    {
        State = RegistrationState.Cancelled;
        Touch(utcNow);
    }

    public void MoveUp(DateTime utcNow)
    {
        State = RegistrationState.Registered;
        Touch(utcNow);
    }

    public void IssueCertificate(string code, DateTime utcNow)
    {
        CertificateCode ??= code;
        CertificateIssuedUtc ??= utcNow;
        Touch(utcNow);
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<AttendanceMethod>))]
public enum AttendanceMethod
{
    /// <summary>The participant scanned the door's QR code.</summary>
    QrCode = 0,

    /// <summary>Staff ticked the roster.</summary>
    Roster = 1,

    /// <summary>From a paper roster imported as .xlsx.</summary>
    Import = 2,
}

/// <summary>
/// One person at one session: one person-time (人次). A unique index on (session, registration) makes a second
/// sign-in of the same person count nothing.
/// </summary>
public sealed class SessionAttendance
{
    private SessionAttendance()
    {
    }

    public SessionAttendance(Guid sessionId, Guid registrationId, AttendanceMethod method, string? recordedBy, DateTime utcNow)
    {
        SessionId = sessionId;
        RegistrationId = registrationId;
        Method = method;
        RecordedBy = recordedBy;
        AtUtc = utcNow;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid SessionId { get; private set; }

    public Guid RegistrationId { get; private set; }

    [AuditPlain]
    public AttendanceMethod Method { get; private set; }

    [AuditPlain]
    public string? RecordedBy { get; private set; }

    public DateTime AtUtc { get; private set; }
}

/// <summary>A photo or document attached to an event as evidence (照片、活动报告).</summary>
public sealed class EventFile
{
    public const int MaxPerEvent = 20;

    private EventFile()
    {
    }

    public EventFile(Guid eventId, string fileKey, string fileName, string contentType, long size, string uploadedBy, DateTime utcNow)
    {
        EventId = eventId;
        FileKey = fileKey;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        UploadedBy = uploadedBy;
        AtUtc = utcNow;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid EventId { get; private set; }

    public string FileKey { get; private set; } = string.Empty;

    [AuditPlain]
    public string FileName { get; private set; } = string.Empty;

    [AuditPlain]
    public string ContentType { get; private set; } = string.Empty;

    public long Size { get; private set; }

    [AuditPlain]
    public string UploadedBy { get; private set; } = string.Empty;

    public DateTime AtUtc { get; private set; }
}
