using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Search.Catalogue.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CallsTrue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "FundingCalls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RelayedByOrganisationId",
                table: "FundingCalls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RelayedByStructureId",
                table: "FundingCalls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WindowOpenedAt",
                table: "FundingCalls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Windows",
                table: "FundingCalls",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsProposed",
                table: "Funders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_FundingCalls_RelayedByStructureId",
                table: "FundingCalls",
                column: "RelayedByStructureId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FundingCalls_RelayedByStructureId",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "RelayedByOrganisationId",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "RelayedByStructureId",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "WindowOpenedAt",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "Windows",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "IsProposed",
                table: "Funders");
        }
    }
}
