using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Search.Catalogue.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VocabularyOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "VocabularyOverrides",
                schema: "search",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Terms = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DisabledKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VocabularyOverrides", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VocabularyOverrides_DisabledKey",
                schema: "search",
                table: "VocabularyOverrides",
                column: "DisabledKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VocabularyOverrides",
                schema: "search");
        }
    }
}
