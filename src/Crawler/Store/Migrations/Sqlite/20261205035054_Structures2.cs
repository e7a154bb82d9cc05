using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Crawler.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Structures2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CrawlerSourceAlarms",
                columns: table => new
                {
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrawlerSourceAlarms", x => x.SourceId);
                });

            migrationBuilder.CreateTable(
                name: "CrawlerSourceOwners",
                columns: table => new
                {
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StructureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttachedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrawlerSourceOwners", x => x.SourceId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CrawlerSourceOwners_StructureId",
                table: "CrawlerSourceOwners",
                column: "StructureId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrawlerSourceAlarms");

            migrationBuilder.DropTable(
                name: "CrawlerSourceOwners");
        }
    }
}
