using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Plateforme.Search.Catalogue.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CallModeration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                schema: "search",
                table: "FundingCalls",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                schema: "search",
                table: "FundingCalls",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SubmittedByOrganisationId",
                schema: "search",
                table: "FundingCalls",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SubmittedByUserId",
                schema: "search",
                table: "FundingCalls",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ModerationRecords",
                schema: "search",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ModeratorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallTitle = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ChangeId = table.Column<long>(type: "bigint", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DiffJson = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModerationRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FundingCalls_SubmittedByOrganisationId",
                schema: "search",
                table: "FundingCalls",
                column: "SubmittedByOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ModerationRecords_At",
                schema: "search",
                table: "ModerationRecords",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ModerationRecords_ChangeId",
                schema: "search",
                table: "ModerationRecords",
                column: "ChangeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModerationRecords_ModeratorId",
                schema: "search",
                table: "ModerationRecords",
                column: "ModeratorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ModerationRecords",
                schema: "search");

            migrationBuilder.DropIndex(
                name: "IX_FundingCalls_SubmittedByOrganisationId",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "SubmittedByOrganisationId",
                schema: "search",
                table: "FundingCalls");

            migrationBuilder.DropColumn(
                name: "SubmittedByUserId",
                schema: "search",
                table: "FundingCalls");
        }
    }
}
