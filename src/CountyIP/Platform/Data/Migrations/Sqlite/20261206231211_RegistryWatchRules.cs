using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountyIP.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegistryWatchRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registry_watch_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastMatchedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MatchCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_watch_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_watch_rule_matches",
                columns: table => new
                {
                    RuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_watch_rule_matches", x => new { x.RuleId, x.PatentId });
                    table.ForeignKey(
                        name: "FK_registry_watch_rule_matches_registry_watch_rules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "registry_watch_rules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registry_watch_rules_OwnerUserId",
                table: "registry_watch_rules",
                column: "OwnerUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_watch_rule_matches");

            migrationBuilder.DropTable(
                name: "registry_watch_rules");
        }
    }
}
