using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Plateforme.Crawler.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCrawler : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "crawler");

            migrationBuilder.CreateTable(
                name: "CrawlerItemPresence",
                schema: "crawler",
                columns: table => new
                {
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MissedRuns = table.Column<int>(type: "integer", nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LinkDeadSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LinkStatusCode = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrawlerItemPresence", x => new { x.SourceId, x.ExternalId });
                });

            migrationBuilder.CreateTable(
                name: "CrawlerSources",
                schema: "crawler",
                columns: table => new
                {
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrawlerSources", x => x.SourceId);
                });

            migrationBuilder.CreateTable(
                name: "CrawlerUrlValidators",
                schema: "crawler",
                columns: table => new
                {
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    ETag = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrawlerUrlValidators", x => x.Url);
                });

            migrationBuilder.CreateTable(
                name: "CrawlRuns",
                schema: "crawler",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceRevision = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    PagesFetched = table.Column<int>(type: "integer", nullable: false),
                    PagesNotModified = table.Column<int>(type: "integer", nullable: false),
                    ItemsFound = table.Column<int>(type: "integer", nullable: false),
                    CallsCreated = table.Column<int>(type: "integer", nullable: false),
                    CallsUpdated = table.Column<int>(type: "integer", nullable: false),
                    CallsUnchanged = table.Column<int>(type: "integer", nullable: false),
                    CallsPendingReview = table.Column<int>(type: "integer", nullable: false),
                    CallsWithdrawn = table.Column<int>(type: "integer", nullable: false),
                    DeadLinks = table.Column<int>(type: "integer", nullable: false),
                    Complete = table.Column<bool>(type: "boolean", nullable: false),
                    Errors = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrawlRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CrawlerItemPresence_CallId",
                schema: "crawler",
                table: "CrawlerItemPresence",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_CrawlerItemPresence_SourceId_Url",
                schema: "crawler",
                table: "CrawlerItemPresence",
                columns: new[] { "SourceId", "Url" });

            migrationBuilder.CreateIndex(
                name: "IX_CrawlRuns_SourceId_StartedAt",
                schema: "crawler",
                table: "CrawlRuns",
                columns: new[] { "SourceId", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrawlerItemPresence",
                schema: "crawler");

            migrationBuilder.DropTable(
                name: "CrawlerSources",
                schema: "crawler");

            migrationBuilder.DropTable(
                name: "CrawlerUrlValidators",
                schema: "crawler");

            migrationBuilder.DropTable(
                name: "CrawlRuns",
                schema: "crawler");
        }
    }
}
