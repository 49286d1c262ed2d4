using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountyIP.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ScopeKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ScopeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastUsedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", nullable: false),
                    ScopeKind = table.Column<int>(type: "INTEGER", nullable: false),
                    ScopeId = table.Column<string>(type: "TEXT", nullable: true),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    MustChangePassword = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSignInUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditRecords",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    TimestampUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClientIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EntityKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRecords", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "BackgroundJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProgressPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgressText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: true),
                    ResultFileKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ResultFileName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackgroundJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_reported_figures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    Numerator = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    Denominator = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EvidenceFileKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    EvidenceFileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubmittedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_reported_figures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionDeadlineRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Amount = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MaxExtension = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionDeadlineRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionJointActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeadDepartmentCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ParticipatingDepartmentCodes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlacesInspected = table.Column<int>(type: "INTEGER", nullable: false),
                    CasesOpened = table.Column<int>(type: "INTEGER", nullable: false),
                    GoodsSeized = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GoodsValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Results = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionJointActions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionSecrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ProtectedValue = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionSecrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionTradeFairs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionTradeFairs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RefCalendarDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefCalendarDays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "RefDepartments",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefDepartments", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "RefDictionaryItems",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefDictionaryItems", x => new { x.Kind, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "RefUnits",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefUnits", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "registry_copyrights",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_copyrights", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_corrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordLabel = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    BaseVersion = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedJson = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_corrections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_enterprises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IndustrySection = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    IndustryEdition = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    IndustryTags = table.Column<int>(type: "INTEGER", nullable: false),
                    StrategicEmerging = table.Column<bool>(type: "INTEGER", nullable: false),
                    Size = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    HighTechCertificateNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    HighTechValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    KeyIndustry = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasIpManagementBody = table.Column<bool>(type: "INTEGER", nullable: false),
                    FullTimeIpStaff = table.Column<int>(type: "INTEGER", nullable: false),
                    PartTimeIpStaff = table.Column<int>(type: "INTEGER", nullable: false),
                    IpStrategyAdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContactStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContactPerson = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContactEndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_enterprises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PreviewJobId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApplyJobId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TotalRows = table.Column<int>(type: "INTEGER", nullable: false),
                    NewRows = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedRows = table.Column<int>(type: "INTEGER", nullable: false),
                    UnchangedRows = table.Column<int>(type: "INTEGER", nullable: false),
                    InvalidRows = table.Column<int>(type: "INTEGER", nullable: false),
                    UnknownColumns = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RowErrorsJson = table.Column<string>(type: "TEXT", nullable: true),
                    InvalidRowsFileKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AppliedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_patents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Office = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ApplicationNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ViaPct = table.Column<bool>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Abstract = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Inventors = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ApplicantAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    FirstApplicantInDistrict = table.Column<bool>(type: "INTEGER", nullable: false),
                    FilingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicationNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PublicationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GrantNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    GrantDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IpcMain = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IpcFurther = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AgencyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    LegalStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RightEndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RightEndedBy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ServiceInvention = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnnualFeePaidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_patents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_service_agencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Services = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_service_agencies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_trademarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Mark = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NiceClasses = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApplicationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegistrationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TermEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    GeographicalIndication = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_trademarks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ClientIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserSessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FairId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Respondent = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    TrackingCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProtectedIdentity = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MaskedContact = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ConsentToContact = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotAcceptedReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Penalties = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FineAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    PublicOutcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsMajor = table.Column<bool>(type: "INTEGER", nullable: false),
                    MajorCriteria = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MajorReportSentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MajorReportSentBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    MajorReportFileKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PurgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtectionCases_ProtectionTradeFairs_FairId",
                        column: x => x.FairId,
                        principalTable: "ProtectionTradeFairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionExhibitorDeclarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FairId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Exhibitor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Booth = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DeclaredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DeclaredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionExhibitorDeclarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtectionExhibitorDeclarations_ProtectionTradeFairs_FairId",
                        column: x => x.FairId,
                        principalTable: "ProtectionTradeFairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_enterprise_contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_enterprise_contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_enterprise_contacts_registry_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "registry_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_enterprise_designations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuingBody = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateFileKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CertificateFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CertificateContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_enterprise_designations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_enterprise_designations_registry_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "registry_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_standards_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_standards_projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_standards_projects_registry_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "registry_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_patent_applicants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    PatentId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_patent_applicants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_patent_applicants_registry_patents_PatentId",
                        column: x => x.PatentId,
                        principalTable: "registry_patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_patent_status_history",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PatentId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_patent_status_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_patent_status_history_registry_patents_PatentId",
                        column: x => x.PatentId,
                        principalTable: "registry_patents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_trademark_recognitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrademarkId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_trademark_recognitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_trademark_recognitions_registry_trademarks_TrademarkId",
                        column: x => x.TrademarkId,
                        principalTable: "registry_trademarks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionCaseAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsLead = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcceptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionCaseAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtectionCaseAssignments_ProtectionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ProtectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionCaseDeadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Amount = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MaxExtension = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExtendedDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExtensionApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ExtendedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionCaseDeadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtectionCaseDeadlines_ProtectionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ProtectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionCaseEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionCaseEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtectionCaseEvidence_ProtectionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ProtectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionCaseNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionCaseNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtectionCaseNotices_ProtectionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ProtectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionCaseTransitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    From = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionCaseTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtectionCaseTransitions_ProtectionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ProtectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionJointActionCases",
                columns: table => new
                {
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionJointActionCases", x => new { x.ActionId, x.CaseId });
                    table.ForeignKey(
                        name: "FK_ProtectionJointActionCases_ProtectionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ProtectionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProtectionJointActionCases_ProtectionJointActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "ProtectionJointActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionDeclaredRights",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionDeclaredRights", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtectionDeclaredRights_ProtectionExhibitorDeclarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "ProtectionExhibitorDeclarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AuditHeads",
                columns: new[] { "Id", "LastHash", "LastSequence" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_TokenHash",
                table: "ApiTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Actor_TimestampUtc",
                table: "AuditRecords",
                columns: new[] { "Actor", "TimestampUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_EntityType_EntityKey",
                table: "AuditRecords",
                columns: new[] { "EntityType", "EntityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_TimestampUtc",
                table: "AuditRecords",
                column: "TimestampUtc");

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundJobs_CreatedByUserId_CreatedUtc",
                table: "BackgroundJobs",
                columns: new[] { "CreatedByUserId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundJobs_Status_CreatedUtc",
                table: "BackgroundJobs",
                columns: new[] { "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_indicator_reported_figures_PlanId_TargetId_Status_Year_UnitCode",
                table: "indicator_reported_figures",
                columns: new[] { "PlanId", "TargetId", "Status", "Year", "UnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_indicator_reported_figures_Status_SubmittedUtc",
                table: "indicator_reported_figures",
                columns: new[] { "Status", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionCaseAssignments_CaseId",
                table: "ProtectionCaseAssignments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionCaseAssignments_DepartmentCode_IsActive",
                table: "ProtectionCaseAssignments",
                columns: new[] { "DepartmentCode", "IsActive" });

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionCaseDeadlines_CaseId",
                table: "ProtectionCaseDeadlines",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionCaseDeadlines_CompletedOn_DueDate",
                table: "ProtectionCaseDeadlines",
                columns: new[] { "CompletedOn", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionCaseEvidence_CaseId",
                table: "ProtectionCaseEvidence",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionCaseNotices_CaseId",
                table: "ProtectionCaseNotices",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionCases_FairId",
                table: "ProtectionCases",
                column: "FairId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionCases_IdempotencyKey",
                table: "ProtectionCases",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionCases_Number",
                table: "ProtectionCases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionCases_State_ReceivedOn",
                table: "ProtectionCases",
                columns: new[] { "State", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionCases_TrackingCodeHash",
                table: "ProtectionCases",
                column: "TrackingCodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionCaseTransitions_CaseId_AtUtc",
                table: "ProtectionCaseTransitions",
                columns: new[] { "CaseId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionDeadlineRules_Kind_Stage",
                table: "ProtectionDeadlineRules",
                columns: new[] { "Kind", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionDeclaredRights_DeclarationId",
                table: "ProtectionDeclaredRights",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionDeclaredRights_Number",
                table: "ProtectionDeclaredRights",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionExhibitorDeclarations_FairId",
                table: "ProtectionExhibitorDeclarations",
                column: "FairId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionJointActionCases_CaseId",
                table: "ProtectionJointActionCases",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionJointActions_Date",
                table: "ProtectionJointActions",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionTradeFairs_StartsOn",
                table: "ProtectionTradeFairs",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_RefCalendarDays_Year",
                table: "RefCalendarDays",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_registry_copyrights_EnterpriseId",
                table: "registry_copyrights",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_copyrights_RegisteredOn",
                table: "registry_copyrights",
                column: "RegisteredOn");

            migrationBuilder.CreateIndex(
                name: "IX_registry_copyrights_RegistrationNumber",
                table: "registry_copyrights",
                column: "RegistrationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_corrections_EnterpriseId",
                table: "registry_corrections",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_corrections_Kind_RecordId",
                table: "registry_corrections",
                columns: new[] { "Kind", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_corrections_Status_SubmittedUtc",
                table: "registry_corrections",
                columns: new[] { "Status", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_enterprise_contacts_EnterpriseId",
                table: "registry_enterprise_contacts",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_enterprise_designations_EnterpriseId",
                table: "registry_enterprise_designations",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_enterprises_ContactStartedOn_ContactEndedOn",
                table: "registry_enterprises",
                columns: new[] { "ContactStartedOn", "ContactEndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_enterprises_CreditCode",
                table: "registry_enterprises",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_enterprises_Name",
                table: "registry_enterprises",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_registry_enterprises_UnitCode",
                table: "registry_enterprises",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_registry_imports_CreatedByUserId_CreatedUtc",
                table: "registry_imports",
                columns: new[] { "CreatedByUserId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_patent_applicants_EnterpriseId",
                table: "registry_patent_applicants",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_patent_applicants_PatentId",
                table: "registry_patent_applicants",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_patent_status_history_PatentId",
                table: "registry_patent_status_history",
                column: "PatentId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_district_filed",
                table: "registry_patents",
                columns: new[] { "Office", "FilingDate", "Type", "ServiceInvention", "AgencyName", "FirstApplicantInDistrict" },
                filter: "\"FirstApplicantInDistrict\"");

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_district_filed_abroad",
                table: "registry_patents",
                columns: new[] { "FilingDate", "Office", "ViaPct", "FirstApplicantInDistrict" },
                filter: "\"FirstApplicantInDistrict\"");

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_district_granted",
                table: "registry_patents",
                columns: new[] { "Office", "GrantDate", "Type", "FirstApplicantInDistrict" },
                filter: "\"FirstApplicantInDistrict\"");

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_district_held",
                table: "registry_patents",
                columns: new[] { "Office", "EnterpriseId", "GrantDate", "RightEndedOn", "TermEndsOn", "AnnualFeePaidUntil", "FirstApplicantInDistrict" },
                filter: "\"FirstApplicantInDistrict\" AND \"EnterpriseId\" IS NOT NULL AND \"GrantDate\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_EnterpriseId",
                table: "registry_patents",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_FilingDate",
                table: "registry_patents",
                column: "FilingDate");

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_FirstApplicantInDistrict_FilingDate",
                table: "registry_patents",
                columns: new[] { "FirstApplicantInDistrict", "FilingDate" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_GrantDate",
                table: "registry_patents",
                column: "GrantDate");

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_LegalStatus",
                table: "registry_patents",
                column: "LegalStatus");

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_Office_ApplicationNumber",
                table: "registry_patents",
                columns: new[] { "Office", "ApplicationNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_Type_FilingDate",
                table: "registry_patents",
                columns: new[] { "Type", "FilingDate" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_UnitCode",
                table: "registry_patents",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_registry_service_agencies_CreditCode",
                table: "registry_service_agencies",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_service_agencies_UnitCode",
                table: "registry_service_agencies",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_registry_standards_projects_EnterpriseId",
                table: "registry_standards_projects",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_standards_projects_StartYear",
                table: "registry_standards_projects",
                column: "StartYear");

            migrationBuilder.CreateIndex(
                name: "IX_registry_trademark_recognitions_TrademarkId",
                table: "registry_trademark_recognitions",
                column: "TrademarkId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_trademarks_ApplicationDate",
                table: "registry_trademarks",
                column: "ApplicationDate");

            migrationBuilder.CreateIndex(
                name: "IX_registry_trademarks_EnterpriseId",
                table: "registry_trademarks",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_trademarks_RegistrationDate",
                table: "registry_trademarks",
                column: "RegistrationDate");

            migrationBuilder.CreateIndex(
                name: "IX_registry_trademarks_RegistrationNumber",
                table: "registry_trademarks",
                column: "RegistrationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_trademarks_TermEndsOn",
                table: "registry_trademarks",
                column: "TermEndsOn");

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_UserId",
                table: "UserSessions",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiTokens");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditHeads");

            migrationBuilder.DropTable(
                name: "AuditRecords");

            migrationBuilder.DropTable(
                name: "BackgroundJobs");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "indicator_reported_figures");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropTable(
                name: "ProtectionCaseAssignments");

            migrationBuilder.DropTable(
                name: "ProtectionCaseDeadlines");

            migrationBuilder.DropTable(
                name: "ProtectionCaseEvidence");

            migrationBuilder.DropTable(
                name: "ProtectionCaseNotices");

            migrationBuilder.DropTable(
                name: "ProtectionCaseTransitions");

            migrationBuilder.DropTable(
                name: "ProtectionDeadlineRules");

            migrationBuilder.DropTable(
                name: "ProtectionDeclaredRights");

            migrationBuilder.DropTable(
                name: "ProtectionJointActionCases");

            migrationBuilder.DropTable(
                name: "ProtectionSecrets");

            migrationBuilder.DropTable(
                name: "RefCalendarDays");

            migrationBuilder.DropTable(
                name: "RefDepartments");

            migrationBuilder.DropTable(
                name: "RefDictionaryItems");

            migrationBuilder.DropTable(
                name: "RefUnits");

            migrationBuilder.DropTable(
                name: "registry_copyrights");

            migrationBuilder.DropTable(
                name: "registry_corrections");

            migrationBuilder.DropTable(
                name: "registry_enterprise_contacts");

            migrationBuilder.DropTable(
                name: "registry_enterprise_designations");

            migrationBuilder.DropTable(
                name: "registry_imports");

            migrationBuilder.DropTable(
                name: "registry_patent_applicants");

            migrationBuilder.DropTable(
                name: "registry_patent_status_history");

            migrationBuilder.DropTable(
                name: "registry_service_agencies");

            migrationBuilder.DropTable(
                name: "registry_standards_projects");

            migrationBuilder.DropTable(
                name: "registry_trademark_recognitions");

            migrationBuilder.DropTable(
                name: "UserSessions");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "ProtectionExhibitorDeclarations");

            migrationBuilder.DropTable(
                name: "ProtectionCases");

            migrationBuilder.DropTable(
                name: "ProtectionJointActions");

            migrationBuilder.DropTable(
                name: "registry_patents");

            migrationBuilder.DropTable(
                name: "registry_enterprises");

            migrationBuilder.DropTable(
                name: "registry_trademarks");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "ProtectionTradeFairs");
        }
    }
}
