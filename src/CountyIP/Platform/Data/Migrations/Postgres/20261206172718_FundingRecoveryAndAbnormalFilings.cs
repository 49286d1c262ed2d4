using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountyIP.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FundingRecoveryAndAbnormalFilings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RevocationReason",
                table: "registry_enterprise_designations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RevokedOn",
                table: "registry_enterprise_designations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LedgerId",
                table: "funding_application_rights",
                type: "uuid",
                nullable: true);

            // Rights cited before the column existed: the patent id is the key's tail (patent:{id}).
            migrationBuilder.Sql("UPDATE funding_application_rights SET \"LedgerId\" = substr(\"Key\", 8)::uuid WHERE \"Key\" LIKE 'patent:%';");

            migrationBuilder.CreateTable(
                name: "funding_abnormal_filings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Notice = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_abnormal_filings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "funding_recovery_flags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ItemCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RightKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Cause = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    FlaggedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecoveredAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_recovery_flags", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_funding_application_rights_LedgerId",
                table: "funding_application_rights",
                column: "LedgerId");

            migrationBuilder.CreateIndex(
                name: "IX_funding_application_rights_Number",
                table: "funding_application_rights",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_funding_abnormal_filings_Number",
                table: "funding_abnormal_filings",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funding_recovery_flags_ApplicationId_RightKey",
                table: "funding_recovery_flags",
                columns: new[] { "ApplicationId", "RightKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funding_recovery_flags_State_FlaggedOn",
                table: "funding_recovery_flags",
                columns: new[] { "State", "FlaggedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "funding_abnormal_filings");

            migrationBuilder.DropTable(
                name: "funding_recovery_flags");

            migrationBuilder.DropIndex(
                name: "IX_funding_application_rights_LedgerId",
                table: "funding_application_rights");

            migrationBuilder.DropIndex(
                name: "IX_funding_application_rights_Number",
                table: "funding_application_rights");

            migrationBuilder.DropColumn(
                name: "RevocationReason",
                table: "registry_enterprise_designations");

            migrationBuilder.DropColumn(
                name: "RevokedOn",
                table: "registry_enterprise_designations");

            migrationBuilder.DropColumn(
                name: "LedgerId",
                table: "funding_application_rights");
        }
    }
}
