using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Search.Catalogue.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CallsTrue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                schema: "search",
                table: "FundingCalls",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RelayedByOrganisationId",
                schema: "search",
                table: "FundingCalls",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RelayedByStructureId",
                schema: "search",
                table: "FundingCalls",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WindowOpenedAt",
                schema: "search",
                table: "FundingCalls",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Windows",
                schema: "search",
                table: "FundingCalls",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsProposed",
                schema: "search",
                table: "Funders",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_FundingCalls_RelayedByStructureId",
                schema: "search",
                table: "FundingCalls",
                column: "RelayedByStructureId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FundingCalls_RelayedByStructureId",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "RelayedByOrganisationId",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "RelayedByStructureId",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "WindowOpenedAt",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "Windows",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "IsProposed",
                schema: "search",
                table: "Funders");
        }
    }
}
