using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Crawler.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCrawler : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CrawlerItemPresence",
                columns: table => new
                {
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MissedRuns = table.Column<int>(type: "INTEGER", nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LinkDeadSince = table.Column<long>(type: "INTEGER", nullable: true),
                    LinkStatusCode = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrawlerItemPresence", x => new { x.SourceId, x.ExternalId });
                });

            migrationBuilder.CreateTable(
                name: "CrawlerSources",
                columns: table => new
                {
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrawlerSources", x => x.SourceId);
                });

            migrationBuilder.CreateTable(
                name: "CrawlerUrlValidators",
                columns: table => new
                {
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    LastModified = table.Column<long>(type: "INTEGER", nullable: true),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrawlerUrlValidators", x => x.Url);
                });

            migrationBuilder.CreateTable(
                name: "CrawlRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SourceRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    PagesFetched = table.Column<int>(type: "INTEGER", nullable: false),
                    PagesNotModified = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsFound = table.Column<int>(type: "INTEGER", nullable: false),
                    CallsCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    CallsUpdated = table.Column<int>(type: "INTEGER", nullable: false),
                    CallsUnchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    CallsPendingReview = table.Column<int>(type: "INTEGER", nullable: false),
                    CallsWithdrawn = table.Column<int>(type: "INTEGER", nullable: false),
                    DeadLinks = table.Column<int>(type: "INTEGER", nullable: false),
                    Complete = table.Column<bool>(type: "INTEGER", nullable: false),
                    Errors = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrawlRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CrawlerItemPresence_CallId",
                table: "CrawlerItemPresence",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_CrawlerItemPresence_SourceId_Url",
                table: "CrawlerItemPresence",
                columns: new[] { "SourceId", "Url" });

            migrationBuilder.CreateIndex(
                name: "IX_CrawlRuns_SourceId_StartedAt",
                table: "CrawlRuns",
                columns: new[] { "SourceId", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrawlerItemPresence");

            migrationBuilder.DropTable(
                name: "CrawlerSources");

            migrationBuilder.DropTable(
                name: "CrawlerUrlValidators");

            migrationBuilder.DropTable(
                name: "CrawlRuns");
        }
    }
}
