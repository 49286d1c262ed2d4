using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountyIP.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddLicenceChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "transfer_licence_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OldEndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    NewEndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    OldTerritory = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NewTerritory = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OldRoyalty = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    NewRoyalty = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    OldLicenseeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NewLicenseeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LicenceId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_licence_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_transfer_licence_changes_transfer_licences_LicenceId",
                        column: x => x.LicenceId,
                        principalTable: "transfer_licences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_transfer_licence_changes_LicenceId",
                table: "transfer_licence_changes",
                column: "LicenceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "transfer_licence_changes");
        }
    }
}
