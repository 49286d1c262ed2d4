using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountyIP.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddMediaTypicalCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CaseId",
                table: "outreach_media",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CaseNumber",
                table: "outreach_media",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CaseSummary",
                table: "outreach_media",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_outreach_media_CaseId",
                table: "outreach_media",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outreach_media_CaseId",
                table: "outreach_media");

            migrationBuilder.DropColumn(
                name: "CaseId",
                table: "outreach_media");

            migrationBuilder.DropColumn(
                name: "CaseNumber",
                table: "outreach_media");

            migrationBuilder.DropColumn(
                name: "CaseSummary",
                table: "outreach_media");
        }
    }
}
