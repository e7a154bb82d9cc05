using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Search.Catalogue.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CallPublicsAndTerritories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Publics",
                table: "FundingCalls",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Territories",
                table: "FundingCalls",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            // Each existing call's one perimeter becomes its list of one.
            migrationBuilder.Sql("UPDATE \"FundingCalls\" SET \"Territories\" = json_array(\"Territory\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Publics",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "Territories",
                table: "FundingCalls");
        }
    }
}
