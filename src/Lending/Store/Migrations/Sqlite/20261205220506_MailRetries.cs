using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Lending.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MailRetries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FailedAttempts",
                table: "OutgoingMessages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "GivenUpAt",
                table: "OutgoingMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "OutgoingMessages",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RetryAt",
                table: "OutgoingMessages",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FailedAttempts",
                table: "OutgoingMessages");

            migrationBuilder.DropColumn(
                name: "GivenUpAt",
                table: "OutgoingMessages");

            migrationBuilder.DropColumn(
                name: "LastError",
                table: "OutgoingMessages");

            migrationBuilder.DropColumn(
                name: "RetryAt",
                table: "OutgoingMessages");
        }
    }
}
