using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Search.Catalogue.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VocabularyOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "VocabularyOverrides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Terms = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DisabledKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VocabularyOverrides", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VocabularyOverrides_DisabledKey",
                table: "VocabularyOverrides",
                column: "DisabledKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VocabularyOverrides");
        }
    }
}
