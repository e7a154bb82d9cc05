using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Alerts.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DigestCallPublicUnstated : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PublicUnstated",
                schema: "alerts",
                table: "AlertDigestCalls",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublicUnstated",
                schema: "alerts",
                table: "AlertDigestCalls");
        }
    }
}
