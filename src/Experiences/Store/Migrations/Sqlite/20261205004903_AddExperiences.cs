using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Experiences.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddExperiences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Experiences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TerritoryCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Neighbourhood = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsPriorityNeighbourhood = table.Column<bool>(type: "INTEGER", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Themes = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Innovation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Carrier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CarrierName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LegalForm = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Partners = table.Column<string>(type: "TEXT", nullable: false),
                    Context = table.Column<string>(type: "TEXT", nullable: false),
                    Objectives = table.Column<string>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", nullable: false),
                    Implementation = table.Column<string>(type: "TEXT", nullable: false),
                    MeansAndCosts = table.Column<string>(type: "TEXT", nullable: false),
                    Results = table.Column<string>(type: "TEXT", nullable: false),
                    PointsOfVigilance = table.Column<string>(type: "TEXT", nullable: false),
                    KeyFactors = table.Column<string>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Contacts = table.Column<string>(type: "TEXT", nullable: false),
                    ContactsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Links = table.Column<string>(type: "TEXT", nullable: false),
                    ContributorStructure = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SeedKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ModerationNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Experiences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExperienceRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExperienceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExperienceRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExperienceRevisions_Experiences_ExperienceId",
                        column: x => x.ExperienceId,
                        principalTable: "Experiences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExperienceRevisions_ExperienceId_At",
                table: "ExperienceRevisions",
                columns: new[] { "ExperienceId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Experiences_OrganisationId",
                table: "Experiences",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Experiences_SeedKey",
                table: "Experiences",
                column: "SeedKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Experiences_Slug",
                table: "Experiences",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Experiences_State",
                table: "Experiences",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExperienceRevisions");

            migrationBuilder.DropTable(
                name: "Experiences");
        }
    }
}
