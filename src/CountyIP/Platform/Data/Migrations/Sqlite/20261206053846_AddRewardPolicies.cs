using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountyIP.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddRewardPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "funding_policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DraftedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_policies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "funding_policy_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PerApplicationCap = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    PerEnterpriseYearCap = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ServiceInventionMultiplier = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    ForeignMultiplier = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Line = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PolicyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_policy_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_funding_policy_items_funding_policies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "funding_policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_funding_policies_SeriesId_Revision",
                table: "funding_policies",
                columns: new[] { "SeriesId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funding_policy_items_PolicyId_Code",
                table: "funding_policy_items",
                columns: new[] { "PolicyId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "funding_policy_items");

            migrationBuilder.DropTable(
                name: "funding_policies");
        }
    }
}
