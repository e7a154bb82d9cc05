using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Alerts.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AlertWindowSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_AlertDigestCalls",
                table: "AlertDigestCalls");

            migrationBuilder.AddColumn<long>(
                name: "WindowKey",
                table: "AlertDigestCalls",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "NewSession",
                table: "AlertDigestCalls",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OpensOn",
                table: "AlertDigestCalls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_AlertDigestCalls",
                table: "AlertDigestCalls",
                columns: new[] { "AlertId", "CallId", "WindowKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_AlertDigestCalls",
                table: "AlertDigestCalls");

            migrationBuilder.DropColumn(
                name: "WindowKey",
                table: "AlertDigestCalls");

            migrationBuilder.DropColumn(
                name: "NewSession",
                table: "AlertDigestCalls");

            migrationBuilder.DropColumn(
                name: "OpensOn",
                table: "AlertDigestCalls");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AlertDigestCalls",
                table: "AlertDigestCalls",
                columns: new[] { "AlertId", "CallId" });
        }
    }
}
