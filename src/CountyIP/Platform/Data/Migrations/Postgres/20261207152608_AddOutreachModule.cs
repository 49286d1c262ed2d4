using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountyIP.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddOutreachModule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outreach_courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Audience = table.Column<int>(type: "integer", nullable: false),
                    OrganiserCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    SeatsTaken = table.Column<int>(type: "integer", nullable: false),
                    Trainers = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreditHours = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicSignUp = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outreach_courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outreach_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Theme = table.Column<int>(type: "integer", nullable: false),
                    OrganiserCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Partners = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Audience = table.Column<int>(type: "integer", nullable: true),
                    Materials = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Report = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NewsLinks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ConfirmedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConfirmedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outreach_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outreach_materials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Theme = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    FileKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outreach_materials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outreach_registrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    SignedUpBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    SignedUpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CertificateCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    CertificateIssuedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outreach_registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outreach_registrations_outreach_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "outreach_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "outreach_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    End = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignInToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outreach_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outreach_sessions_outreach_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "outreach_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "outreach_event_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outreach_event_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outreach_event_files_outreach_events_EventId",
                        column: x => x.EventId,
                        principalTable: "outreach_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "outreach_media",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganiserCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Outlet = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EventId = table.Column<Guid>(type: "uuid", nullable: true),
                    ScanKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ScanName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    ScanContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outreach_media", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outreach_media_outreach_events_EventId",
                        column: x => x.EventId,
                        principalTable: "outreach_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "outreach_attendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Method = table.Column<int>(type: "integer", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outreach_attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outreach_attendance_outreach_registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "outreach_registrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_outreach_attendance_outreach_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "outreach_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outreach_attendance_RegistrationId",
                table: "outreach_attendance",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_outreach_attendance_SessionId_RegistrationId",
                table: "outreach_attendance",
                columns: new[] { "SessionId", "RegistrationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outreach_courses_OrganiserCode",
                table: "outreach_courses",
                column: "OrganiserCode");

            migrationBuilder.CreateIndex(
                name: "IX_outreach_event_files_EventId",
                table: "outreach_event_files",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_outreach_events_HeldOn",
                table: "outreach_events",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_outreach_events_OrganiserCode_HeldOn",
                table: "outreach_events",
                columns: new[] { "OrganiserCode", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_outreach_materials_IsPublic_Theme",
                table: "outreach_materials",
                columns: new[] { "IsPublic", "Theme" });

            migrationBuilder.CreateIndex(
                name: "IX_outreach_media_EventId",
                table: "outreach_media",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_outreach_media_PublishedOn",
                table: "outreach_media",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_outreach_registrations_CertificateCode",
                table: "outreach_registrations",
                column: "CertificateCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outreach_registrations_CourseId_Phone",
                table: "outreach_registrations",
                columns: new[] { "CourseId", "Phone" });

            migrationBuilder.CreateIndex(
                name: "IX_outreach_registrations_CourseId_State_SignedUpUtc",
                table: "outreach_registrations",
                columns: new[] { "CourseId", "State", "SignedUpUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_outreach_sessions_CourseId_Date",
                table: "outreach_sessions",
                columns: new[] { "CourseId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_outreach_sessions_Date",
                table: "outreach_sessions",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_outreach_sessions_SignInToken",
                table: "outreach_sessions",
                column: "SignInToken",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outreach_attendance");

            migrationBuilder.DropTable(
                name: "outreach_event_files");

            migrationBuilder.DropTable(
                name: "outreach_materials");

            migrationBuilder.DropTable(
                name: "outreach_media");

            migrationBuilder.DropTable(
                name: "outreach_registrations");

            migrationBuilder.DropTable(
                name: "outreach_sessions");

            migrationBuilder.DropTable(
                name: "outreach_events");

            migrationBuilder.DropTable(
                name: "outreach_courses");
        }
    }
}
