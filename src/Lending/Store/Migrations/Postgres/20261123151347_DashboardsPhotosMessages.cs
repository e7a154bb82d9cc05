using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Lending.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DashboardsPhotosMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CampaignPhotos",
                schema: "lending",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    AltText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignPhotos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignPhotos_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "lending",
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupporterMessages",
                schema: "lending",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorUserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupporterMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupporterMessages_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "lending",
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignPhotos_CampaignId_UploadedAt",
                schema: "lending",
                table: "CampaignPhotos",
                columns: new[] { "CampaignId", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupporterMessages_CampaignId_CreatedAt",
                schema: "lending",
                table: "SupporterMessages",
                columns: new[] { "CampaignId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampaignPhotos",
                schema: "lending");

            migrationBuilder.DropTable(
                name: "SupporterMessages",
                schema: "lending");
        }
    }
}
