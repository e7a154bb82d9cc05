using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Search.Catalogue.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CallPublicsAndTerritories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "Publics",
                schema: "search",
                table: "FundingCalls",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<string>>(
                name: "Territories",
                schema: "search",
                table: "FundingCalls",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            // Each existing call's one perimeter becomes its list of one.
            migrationBuilder.Sql("UPDATE search.\"FundingCalls\" SET \"Territories\" = ARRAY[\"Territory\"]::text[];");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Publics",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "Territories",
                schema: "search",
                table: "FundingCalls");
        }
    }
}
