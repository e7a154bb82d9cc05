using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Alerts.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AlertWindowSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_AlertDigestCalls",
                schema: "alerts",
                table: "AlertDigestCalls");

            migrationBuilder.AddColumn<long>(
                name: "WindowKey",
                schema: "alerts",
                table: "AlertDigestCalls",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "NewSession",
                schema: "alerts",
                table: "AlertDigestCalls",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OpensOn",
                schema: "alerts",
                table: "AlertDigestCalls",
                type: "date",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_AlertDigestCalls",
                schema: "alerts",
                table: "AlertDigestCalls",
                columns: new[] { "AlertId", "CallId", "WindowKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_AlertDigestCalls",
                schema: "alerts",
                table: "AlertDigestCalls");

            migrationBuilder.DropColumn(
                name: "WindowKey",
                schema: "alerts",
                table: "AlertDigestCalls");

            migrationBuilder.DropColumn(
                name: "NewSession",
                schema: "alerts",
                table: "AlertDigestCalls");

            migrationBuilder.DropColumn(
                name: "OpensOn",
                schema: "alerts",
                table: "AlertDigestCalls");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AlertDigestCalls",
                schema: "alerts",
                table: "AlertDigestCalls",
                columns: new[] { "AlertId", "CallId" });
        }
    }
}
