using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Plateforme.Experiences.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddExperiences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "experiences");

            migrationBuilder.CreateTable(
                name: "Experiences",
                schema: "experiences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TerritoryCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Neighbourhood = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsPriorityNeighbourhood = table.Column<bool>(type: "boolean", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Themes = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Innovation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Carrier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CarrierName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LegalForm = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Partners = table.Column<string>(type: "text", nullable: false),
                    Context = table.Column<string>(type: "text", nullable: false),
                    Objectives = table.Column<string>(type: "text", nullable: false),
                    Method = table.Column<string>(type: "text", nullable: false),
                    Implementation = table.Column<string>(type: "text", nullable: false),
                    MeansAndCosts = table.Column<string>(type: "text", nullable: false),
                    Results = table.Column<string>(type: "text", nullable: false),
                    PointsOfVigilance = table.Column<string>(type: "text", nullable: false),
                    KeyFactors = table.Column<string>(type: "text", nullable: false),
                    Period = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Contacts = table.Column<string>(type: "text", nullable: false),
                    ContactsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    Links = table.Column<string>(type: "text", nullable: false),
                    ContributorStructure = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SeedKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ModerationNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Experiences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExperienceRevisions",
                schema: "experiences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExperienceId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExperienceRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExperienceRevisions_Experiences_ExperienceId",
                        column: x => x.ExperienceId,
                        principalSchema: "experiences",
                        principalTable: "Experiences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExperienceRevisions_ExperienceId_At",
                schema: "experiences",
                table: "ExperienceRevisions",
                columns: new[] { "ExperienceId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Experiences_OrganisationId",
                schema: "experiences",
                table: "Experiences",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Experiences_SeedKey",
                schema: "experiences",
                table: "Experiences",
                column: "SeedKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Experiences_Slug",
                schema: "experiences",
                table: "Experiences",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Experiences_State",
                schema: "experiences",
                table: "Experiences",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExperienceRevisions",
                schema: "experiences");

            migrationBuilder.DropTable(
                name: "Experiences",
                schema: "experiences");
        }
    }
}
