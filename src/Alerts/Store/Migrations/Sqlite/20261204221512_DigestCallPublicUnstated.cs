using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Alerts.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DigestCallPublicUnstated : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PublicUnstated",
                table: "AlertDigestCalls",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublicUnstated",
                table: "AlertDigestCalls");
        }
    }
}
