using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Crawler.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Structures2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CrawlerSourceAlarms",
                schema: "crawler",
                columns: table => new
                {
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrawlerSourceAlarms", x => x.SourceId);
                });

            migrationBuilder.CreateTable(
                name: "CrawlerSourceOwners",
                schema: "crawler",
                columns: table => new
                {
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StructureId = table.Column<Guid>(type: "uuid", nullable: false),
                    AttachedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrawlerSourceOwners", x => x.SourceId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CrawlerSourceOwners_StructureId",
                schema: "crawler",
                table: "CrawlerSourceOwners",
                column: "StructureId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrawlerSourceAlarms",
                schema: "crawler");

            migrationBuilder.DropTable(
                name: "CrawlerSourceOwners",
                schema: "crawler");
        }
    }
}
