using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CountyIP.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AccountNotificationMailSwitch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MailNotificationsOff",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MailNotificationsOff",
                table: "AspNetUsers");
        }
    }
}
