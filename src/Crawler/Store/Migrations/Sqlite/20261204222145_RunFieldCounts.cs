using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Crawler.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RunFieldCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CallsExtracted",
                table: "CrawlRuns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CallsWithAmount",
                table: "CrawlRuns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CallsWithDeadline",
                table: "CrawlRuns",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CallsExtracted",
                table: "CrawlRuns");

            migrationBuilder.DropColumn(
                name: "CallsWithAmount",
                table: "CrawlRuns");

            migrationBuilder.DropColumn(
                name: "CallsWithDeadline",
                table: "CrawlRuns");
        }
    }
}
