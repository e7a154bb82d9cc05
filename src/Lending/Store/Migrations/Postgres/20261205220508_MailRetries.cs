using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Lending.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MailRetries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FailedAttempts",
                schema: "lending",
                table: "OutgoingMessages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "GivenUpAt",
                schema: "lending",
                table: "OutgoingMessages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                schema: "lending",
                table: "OutgoingMessages",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RetryAt",
                schema: "lending",
                table: "OutgoingMessages",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FailedAttempts",
                schema: "lending",
                table: "OutgoingMessages");

            migrationBuilder.DropColumn(
                name: "GivenUpAt",
                schema: "lending",
                table: "OutgoingMessages");

            migrationBuilder.DropColumn(
                name: "LastError",
                schema: "lending",
                table: "OutgoingMessages");

            migrationBuilder.DropColumn(
                name: "RetryAt",
                schema: "lending",
                table: "OutgoingMessages");
        }
    }
}
