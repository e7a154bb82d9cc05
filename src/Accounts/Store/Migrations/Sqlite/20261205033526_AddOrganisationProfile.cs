using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Accounts.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOrganisationProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "GeneralInterest",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Size",
                table: "Organisations",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "NotStated");

            migrationBuilder.AddColumn<string>(
                name: "Themes",
                table: "Organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GeneralInterest",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Size",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Themes",
                table: "Organisations");
        }
    }
}
