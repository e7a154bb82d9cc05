using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Search.Catalogue.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CallModeration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "FundingCalls",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SubmittedAt",
                table: "FundingCalls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SubmittedByOrganisationId",
                table: "FundingCalls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SubmittedByUserId",
                table: "FundingCalls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ModerationRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ModeratorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallTitle = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangeId = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DiffJson = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModerationRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FundingCalls_SubmittedByOrganisationId",
                table: "FundingCalls",
                column: "SubmittedByOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ModerationRecords_At",
                table: "ModerationRecords",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ModerationRecords_ChangeId",
                table: "ModerationRecords",
                column: "ChangeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModerationRecords_ModeratorId",
                table: "ModerationRecords",
                column: "ModeratorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ModerationRecords");

            migrationBuilder.DropIndex(
                name: "IX_FundingCalls_SubmittedByOrganisationId",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "SubmittedByOrganisationId",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "SubmittedByUserId",
                table: "FundingCalls");
        }
    }
}
