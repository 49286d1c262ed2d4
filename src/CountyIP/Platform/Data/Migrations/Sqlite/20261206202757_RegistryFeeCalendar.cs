using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountyIP.Platform.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
