using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Lending.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Structures2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CounsellorsNotifiedAt",
                schema: "lending",
                table: "Accompaniments",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CounsellorsNotifiedAt",
                schema: "lending",
                table: "Accompaniments");
        }
    }
}
