using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Alerts.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddOrganisationApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CallApplications",
                schema: "alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallSlug = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CallTitle = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AmountObtainedCents = table.Column<long>(type: "bigint", nullable: true),
                    ObtainedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SavedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallApplications", x => x.Id);
                    table.CheckConstraint("CK_CallApplications_Amount", "\"AmountObtainedCents\" IS NULL OR \"AmountObtainedCents\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "ApplicationReminders",
                schema: "alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    DaysBefore = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationReminders_CallApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "alerts",
                        principalTable: "CallApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationReminders_ApplicationId_Deadline_DaysBefore",
                schema: "alerts",
                table: "ApplicationReminders",
                columns: new[] { "ApplicationId", "Deadline", "DaysBefore" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationReminders_SentAt",
                schema: "alerts",
                table: "ApplicationReminders",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_CallApplications_OrganisationId_CallId",
                schema: "alerts",
                table: "CallApplications",
                columns: new[] { "OrganisationId", "CallId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallApplications_Status",
                schema: "alerts",
                table: "CallApplications",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicationReminders",
                schema: "alerts");

            migrationBuilder.DropTable(
                name: "CallApplications",
                schema: "alerts");
        }
    }
}
