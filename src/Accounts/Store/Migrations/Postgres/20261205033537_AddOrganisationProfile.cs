using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Accounts.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddOrganisationProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "GeneralInterest",
                schema: "accounts",
                table: "Organisations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Size",
                schema: "accounts",
                table: "Organisations",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "NotStated");

            migrationBuilder.AddColumn<List<string>>(
                name: "Themes",
                schema: "accounts",
                table: "Organisations",
                type: "text[]",
                nullable: false,
                // Existing organisations start with no theme (hand-added: EF gives an array column no default).
                defaultValueSql: "'{}'::text[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GeneralInterest",
                schema: "accounts",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Size",
                schema: "accounts",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Themes",
                schema: "accounts",
                table: "Organisations");
        }
    }
}
