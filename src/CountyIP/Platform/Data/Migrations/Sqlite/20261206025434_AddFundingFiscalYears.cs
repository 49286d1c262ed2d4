using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountyIP.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddFundingFiscalYears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "funding_fiscal_years",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    GeneralBudgetExpenditure = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    SpecialFundAppropriation = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EnteredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApprovedGeneralBudgetExpenditure = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ApprovedSpecialFundAppropriation = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ApprovedSourceDocument = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedEnteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ApprovedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_fiscal_years", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "funding_budget_lines",
                columns: table => new
                {
                    Use = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Proposed = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Approved = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_budget_lines", x => new { x.Year, x.Use });
                    table.ForeignKey(
                        name: "FK_funding_budget_lines_funding_fiscal_years_Year",
                        column: x => x.Year,
                        principalTable: "funding_fiscal_years",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "funding_budget_lines");

            migrationBuilder.DropTable(
                name: "funding_fiscal_years");
        }
    }
}
