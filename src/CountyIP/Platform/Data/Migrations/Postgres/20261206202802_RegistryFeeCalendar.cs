using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountyIP.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RegistryFeeCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registry_fee_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatentId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_fee_reminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_fee_due",
                table: "registry_patents",
                columns: new[] { "AnnualFeePaidUntil", "ApplicationNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_fee_reminders_DueOn",
                table: "registry_fee_reminders",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_registry_fee_reminders_PatentId_DueOn_Stage",
                table: "registry_fee_reminders",
                columns: new[] { "PatentId", "DueOn", "Stage" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_fee_reminders");

            migrationBuilder.DropIndex(
                name: "IX_registry_patents_fee_due",
                table: "registry_patents");
        }
    }
}
