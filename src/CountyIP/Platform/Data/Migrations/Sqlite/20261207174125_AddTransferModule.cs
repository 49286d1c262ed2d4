using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountyIP.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddTransferModule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "transfer_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    FromInstitution = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "transfer_licences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LicensorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LicensorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LicenseeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LicenseeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Territory = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequestedEndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Royalty = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FilingNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FiledLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StatusAlert = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_licences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "transfer_pledges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PledgorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PledgorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BankCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Valuation = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReleasedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatusAlert = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_pledges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "transfer_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedEndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Investment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    SupportAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    SupportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FundingApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConclusionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StatusAlert = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "transfer_right_locks",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_right_locks", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "transfer_assignment_rights",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RightId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_assignment_rights", x => x.Id);
                    table.ForeignKey(
                        name: "FK_transfer_assignment_rights_transfer_assignments_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "transfer_assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "transfer_licence_rights",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RightId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_licence_rights", x => x.Id);
                    table.ForeignKey(
                        name: "FK_transfer_licence_rights_transfer_licences_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "transfer_licences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "transfer_pledge_rights",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RightId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_pledge_rights", x => x.Id);
                    table.ForeignKey(
                        name: "FK_transfer_pledge_rights_transfer_pledges_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "transfer_pledges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "transfer_project_introduced",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Via = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_project_introduced", x => x.Id);
                    table.ForeignKey(
                        name: "FK_transfer_project_introduced_transfer_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "transfer_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "transfer_project_milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_project_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_transfer_project_milestones_transfer_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "transfer_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "transfer_project_patents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RightId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_project_patents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_transfer_project_patents_transfer_projects_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "transfer_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "transfer_project_years",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    OutputValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Sales = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Jobs = table.Column<int>(type: "INTEGER", nullable: true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_project_years", x => x.Id);
                    table.ForeignKey(
                        name: "FK_transfer_project_years_transfer_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "transfer_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_transfer_assignment_rights_Key",
                table: "transfer_assignment_rights",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_assignment_rights_OwnerId",
                table: "transfer_assignment_rights",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_assignments_AssignedOn",
                table: "transfer_assignments",
                column: "AssignedOn");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_assignments_AssigneeId",
                table: "transfer_assignments",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_assignments_AssignorId",
                table: "transfer_assignments",
                column: "AssignorId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_licence_rights_Key",
                table: "transfer_licence_rights",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_licence_rights_OwnerId",
                table: "transfer_licence_rights",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_licences_FilingNumber",
                table: "transfer_licences",
                column: "FilingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_transfer_licences_LicensorId",
                table: "transfer_licences",
                column: "LicensorId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_licences_StartDate",
                table: "transfer_licences",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_pledge_rights_Key",
                table: "transfer_pledge_rights",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_pledge_rights_OwnerId",
                table: "transfer_pledge_rights",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_pledges_PledgorId",
                table: "transfer_pledges",
                column: "PledgorId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_pledges_StartDate",
                table: "transfer_pledges",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_project_introduced_ProjectId",
                table: "transfer_project_introduced",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_project_milestones_ProjectId",
                table: "transfer_project_milestones",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_project_patents_Key",
                table: "transfer_project_patents",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_project_patents_OwnerId",
                table: "transfer_project_patents",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_project_years_ProjectId",
                table: "transfer_project_years",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_projects_EnterpriseId",
                table: "transfer_projects",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_projects_Kind_StartDate",
                table: "transfer_projects",
                columns: new[] { "Kind", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_transfer_projects_Kind_SupportedOn",
                table: "transfer_projects",
                columns: new[] { "Kind", "SupportedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "transfer_assignment_rights");

            migrationBuilder.DropTable(
                name: "transfer_licence_rights");

            migrationBuilder.DropTable(
                name: "transfer_pledge_rights");

            migrationBuilder.DropTable(
                name: "transfer_project_introduced");

            migrationBuilder.DropTable(
                name: "transfer_project_milestones");

            migrationBuilder.DropTable(
                name: "transfer_project_patents");

            migrationBuilder.DropTable(
                name: "transfer_project_years");

            migrationBuilder.DropTable(
                name: "transfer_right_locks");

            migrationBuilder.DropTable(
                name: "transfer_assignments");

            migrationBuilder.DropTable(
                name: "transfer_licences");

            migrationBuilder.DropTable(
                name: "transfer_pledges");

            migrationBuilder.DropTable(
                name: "transfer_projects");
        }
    }
}
