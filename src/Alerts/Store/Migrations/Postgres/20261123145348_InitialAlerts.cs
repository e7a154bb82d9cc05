using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Alerts.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "alerts");

            migrationBuilder.CreateTable(
                name: "Alerts",
                schema: "alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Query = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Frequency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SiteUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ConfirmationTokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UnsubscribeToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ActiveSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Watermark = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastDigestOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AlertDigests",
                schema: "alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    ComposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MoreCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertDigests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertDigests_Alerts_AlertId",
                        column: x => x.AlertId,
                        principalSchema: "alerts",
                        principalTable: "Alerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlertDigestCalls",
                schema: "alerts",
                columns: table => new
                {
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    DigestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Funders = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertDigestCalls", x => new { x.AlertId, x.CallId });
                    table.ForeignKey(
                        name: "FK_AlertDigestCalls_AlertDigests_DigestId",
                        column: x => x.DigestId,
                        principalSchema: "alerts",
                        principalTable: "AlertDigests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertDigestCalls_DigestId",
                schema: "alerts",
                table: "AlertDigestCalls",
                column: "DigestId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertDigests_AlertId",
                schema: "alerts",
                table: "AlertDigests",
                column: "AlertId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertDigests_SentAt",
                schema: "alerts",
                table: "AlertDigests",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_ConfirmationTokenHash",
                schema: "alerts",
                table: "Alerts",
                column: "ConfirmationTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_Email",
                schema: "alerts",
                table: "Alerts",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_UnsubscribeToken",
                schema: "alerts",
                table: "Alerts",
                column: "UnsubscribeToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_UserId",
                schema: "alerts",
                table: "Alerts",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertDigestCalls",
                schema: "alerts");

            migrationBuilder.DropTable(
                name: "AlertDigests",
                schema: "alerts");

            migrationBuilder.DropTable(
                name: "Alerts",
                schema: "alerts");
        }
    }
}
