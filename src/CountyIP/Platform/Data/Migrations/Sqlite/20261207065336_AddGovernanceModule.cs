using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountyIP.Platform.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    BonusCap = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    DeductionCap = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    AppealsCloseOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SignedOffUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SignedOffBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_evidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_group_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_group_members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_liaisons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SuccessorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_liaisons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OwnerCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerKind = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Work = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Problems = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Plans = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    FiguresJson = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RemindedFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_unit_organisation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerKind = table.Column<int>(type: "INTEGER", nullable: false),
                    LeadOffice = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ResponsibleLeader = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ResponsibleLeaderPost = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BodyInPlace = table.Column<bool>(type: "INTEGER", nullable: false),
                    StaffInPlace = table.Column<bool>(type: "INTEGER", nullable: false),
                    FundsInPlace = table.Column<bool>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_unit_organisation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_unit_targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_unit_targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governance_assessment_adjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Points = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_assessment_adjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_assessment_adjustments_governance_assessments_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "governance_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_assessment_appeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FiledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Points = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_assessment_appeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_assessment_appeals_governance_assessments_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "governance_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_assessment_indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Measure = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AppliesToKinds = table.Column<int>(type: "INTEGER", nullable: false),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Rule = table.Column<int>(type: "INTEGER", nullable: false),
                    Cap = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_assessment_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_assessment_indicators_governance_assessments_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "governance_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_assessment_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    LinesJson = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OwnerCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RemindedFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EscalatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
