using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountyIP.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddGovernanceModule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "governance_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    BonusCap = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    DeductionCap = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    AppealsCloseOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SignedOffUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SignedOffBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<int>(type: "integer", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FileKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_evidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_group_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Post = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_group_members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_liaisons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Post = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Email = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    SuccessorId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_liaisons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Attendees = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Agenda = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Minutes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OwnerCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerKind = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Work = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Problems = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Plans = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    FiguresJson = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RemindedFor = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_unit_organisation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerKind = table.Column<int>(type: "integer", nullable: false),
                    LeadOffice = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ResponsibleLeader = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ResponsibleLeaderPost = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BodyInPlace = table.Column<bool>(type: "boolean", nullable: false),
                    StaffInPlace = table.Column<bool>(type: "boolean", nullable: false),
                    FundsInPlace = table.Column<bool>(type: "boolean", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_unit_organisation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_unit_targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    TargetId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    SetBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_unit_targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_assessment_adjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchemeId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Points = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_assessment_adjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_assessment_adjustments_governance_assessments_Sc~",
                        column: x => x.SchemeId,
                        principalTable: "governance_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_assessment_appeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchemeId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Decision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Points = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_assessment_appeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_assessment_appeals_governance_assessments_Scheme~",
                        column: x => x.SchemeId,
                        principalTable: "governance_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_assessment_indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchemeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Measure = table.Column<int>(type: "integer", nullable: false),
                    TargetId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AppliesToKinds = table.Column<int>(type: "integer", nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Rule = table.Column<int>(type: "integer", nullable: false),
                    Cap = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_assessment_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_assessment_indicators_governance_assessments_Sch~",
                        column: x => x.SchemeId,
                        principalTable: "governance_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_assessment_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchemeId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerKind = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    LinesJson = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_assessment_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_assessment_scores_governance_assessments_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "governance_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OwnerCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerKind = table.Column<int>(type: "integer", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    State = table.Column<int>(type: "integer", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RemindedFor = table.Column<DateOnly>(type: "date", nullable: true),
                    EscalatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_tasks_governance_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "governance_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "governance_task_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_task_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_task_steps_governance_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "governance_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_governance_assessment_adjustments_SchemeId",
                table: "governance_assessment_adjustments",
                column: "SchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_assessment_appeals_SchemeId_OwnerCode",
                table: "governance_assessment_appeals",
                columns: new[] { "SchemeId", "OwnerCode" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_assessment_indicators_SchemeId_Code",
                table: "governance_assessment_indicators",
                columns: new[] { "SchemeId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_assessment_scores_SchemeId_OwnerCode",
                table: "governance_assessment_scores",
                columns: new[] { "SchemeId", "OwnerCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_assessments_Year",
                table: "governance_assessments",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_evidence_Subject_SubjectId",
                table: "governance_evidence",
                columns: new[] { "Subject", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_liaisons_OwnerCode_Until",
                table: "governance_liaisons",
                columns: new[] { "OwnerCode", "Until" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_meetings_HeldOn",
                table: "governance_meetings",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_governance_reports_Kind_Period_OwnerCode",
                table: "governance_reports",
                columns: new[] { "Kind", "Period", "OwnerCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_reports_OwnerCode_State",
                table: "governance_reports",
                columns: new[] { "OwnerCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_reports_State_DueOn",
                table: "governance_reports",
                columns: new[] { "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_task_steps_TaskId",
                table: "governance_task_steps",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_tasks_MeetingId",
                table: "governance_tasks",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_tasks_OwnerCode_State_Deadline",
                table: "governance_tasks",
                columns: new[] { "OwnerCode", "State", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_tasks_State_Deadline",
                table: "governance_tasks",
                columns: new[] { "State", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_unit_organisation_OwnerCode",
                table: "governance_unit_organisation",
                column: "OwnerCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_unit_targets_Year_TargetId_OwnerCode",
                table: "governance_unit_targets",
                columns: new[] { "Year", "TargetId", "OwnerCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "governance_assessment_adjustments");

            migrationBuilder.DropTable(
                name: "governance_assessment_appeals");

            migrationBuilder.DropTable(
                name: "governance_assessment_indicators");

            migrationBuilder.DropTable(
                name: "governance_assessment_scores");

            migrationBuilder.DropTable(
                name: "governance_evidence");

            migrationBuilder.DropTable(
                name: "governance_group_members");

            migrationBuilder.DropTable(
                name: "governance_liaisons");

            migrationBuilder.DropTable(
                name: "governance_reports");

            migrationBuilder.DropTable(
                name: "governance_task_steps");

            migrationBuilder.DropTable(
                name: "governance_unit_organisation");

            migrationBuilder.DropTable(
                name: "governance_unit_targets");

            migrationBuilder.DropTable(
                name: "governance_assessments");

            migrationBuilder.DropTable(
                name: "governance_tasks");

            migrationBuilder.DropTable(
                name: "governance_meetings");
        }
    }
}
