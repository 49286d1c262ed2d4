using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountyIP.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PatentListSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_registry_patents_FilingDate",
                table: "registry_patents");

            migrationBuilder.DropIndex(
                name: "IX_registry_patents_GrantDate",
                table: "registry_patents");

            migrationBuilder.DropIndex(
                name: "IX_registry_patents_Type_FilingDate",
                table: "registry_patents");

            migrationBuilder.DropIndex(
                name: "IX_registry_patents_UnitCode",
                table: "registry_patents");

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_sort_filed",
                table: "registry_patents",
                columns: new[] { "FilingDate", "ApplicationNumber", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_sort_granted",
                table: "registry_patents",
                columns: new[] { "GrantDate", "ApplicationNumber", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_sort_number",
                table: "registry_patents",
                columns: new[] { "ApplicationNumber", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_type_sort_filed",
                table: "registry_patents",
                columns: new[] { "Type", "FilingDate", "ApplicationNumber", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_unit_sort_filed",
                table: "registry_patents",
                columns: new[] { "UnitCode", "FilingDate", "ApplicationNumber", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_registry_patents_sort_filed",
                table: "registry_patents");

            migrationBuilder.DropIndex(
                name: "IX_registry_patents_sort_granted",
                table: "registry_patents");

            migrationBuilder.DropIndex(
                name: "IX_registry_patents_sort_number",
                table: "registry_patents");

            migrationBuilder.DropIndex(
                name: "IX_registry_patents_type_sort_filed",
                table: "registry_patents");

            migrationBuilder.DropIndex(
                name: "IX_registry_patents_unit_sort_filed",
                table: "registry_patents");

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_FilingDate",
                table: "registry_patents",
                column: "FilingDate");

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_GrantDate",
                table: "registry_patents",
                column: "GrantDate");

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_Type_FilingDate",
                table: "registry_patents",
                columns: new[] { "Type", "FilingDate" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_patents_UnitCode",
                table: "registry_patents",
                column: "UnitCode");
        }
    }
}
