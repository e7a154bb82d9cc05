using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Alerts.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOrganisationApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CallApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallSlug = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CallTitle = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AmountObtainedCents = table.Column<long>(type: "INTEGER", nullable: true),
                    ObtainedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SavedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallApplications", x => x.Id);
                    table.CheckConstraint("CK_CallApplications_Amount", "\"AmountObtainedCents\" IS NULL OR \"AmountObtainedCents\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "ApplicationReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationReminders_CallApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "CallApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationReminders_ApplicationId_Deadline_DaysBefore",
                table: "ApplicationReminders",
                columns: new[] { "ApplicationId", "Deadline", "DaysBefore" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationReminders_SentAt",
                table: "ApplicationReminders",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_CallApplications_OrganisationId_CallId",
                table: "CallApplications",
                columns: new[] { "OrganisationId", "CallId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallApplications_Status",
                table: "CallApplications",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicationReminders");

            migrationBuilder.DropTable(
                name: "CallApplications");
        }
    }
}
