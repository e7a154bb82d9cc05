using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Alerts.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Query = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SiteUrl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ConfirmationTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UnsubscribeToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ActiveSince = table.Column<long>(type: "INTEGER", nullable: true),
                    Watermark = table.Column<long>(type: "INTEGER", nullable: true),
                    LastDigestOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AlertDigests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AlertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MoreCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertDigests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertDigests_Alerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "Alerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlertDigestCalls",
                columns: table => new
                {
                    AlertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DigestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Funders = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertDigestCalls", x => new { x.AlertId, x.CallId });
                    table.ForeignKey(
                        name: "FK_AlertDigestCalls_AlertDigests_DigestId",
                        column: x => x.DigestId,
                        principalTable: "AlertDigests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertDigestCalls_DigestId",
                table: "AlertDigestCalls",
                column: "DigestId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertDigests_AlertId",
                table: "AlertDigests",
                column: "AlertId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertDigests_SentAt",
                table: "AlertDigests",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_ConfirmationTokenHash",
                table: "Alerts",
                column: "ConfirmationTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_Email",
                table: "Alerts",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_UnsubscribeToken",
                table: "Alerts",
                column: "UnsubscribeToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_UserId",
                table: "Alerts",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertDigestCalls");

            migrationBuilder.DropTable(
                name: "AlertDigests");

            migrationBuilder.DropTable(
                name: "Alerts");
        }
    }
}
