using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Crawler.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RunFieldCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CallsExtracted",
                schema: "crawler",
                table: "CrawlRuns",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CallsWithAmount",
                schema: "crawler",
                table: "CrawlRuns",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CallsWithDeadline",
                schema: "crawler",
                table: "CrawlRuns",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CallsExtracted",
                schema: "crawler",
                table: "CrawlRuns");

            migrationBuilder.DropColumn(
                name: "CallsWithAmount",
                schema: "crawler",
                table: "CrawlRuns");

            migrationBuilder.DropColumn(
                name: "CallsWithDeadline",
                schema: "crawler",
                table: "CrawlRuns");
        }
    }
}
