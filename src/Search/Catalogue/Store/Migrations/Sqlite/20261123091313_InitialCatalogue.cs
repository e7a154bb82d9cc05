using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Search.Catalogue.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Funders",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Territory = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Funders", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "FundingCalls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ShortTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: true),
                    DescriptionHtml = table.Column<string>(type: "TEXT", nullable: true),
                    Eligibility = table.Column<string>(type: "TEXT", nullable: true),
                    ProjectExamples = table.Column<string>(type: "TEXT", nullable: true),
                    Contact = table.Column<string>(type: "TEXT", nullable: true),
                    Funders = table.Column<string>(type: "TEXT", nullable: false),
                    Beneficiaries = table.Column<string>(type: "TEXT", nullable: false),
                    AidTypes = table.Column<string>(type: "TEXT", nullable: false),
                    Destinations = table.Column<string>(type: "TEXT", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    SubThemes = table.Column<string>(type: "TEXT", nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", nullable: false),
                    Territory = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeadlineTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Recurrence = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MinAmountCents = table.Column<long>(type: "INTEGER", nullable: true),
                    MaxAmountCents = table.Column<long>(type: "INTEGER", nullable: true),
                    RateMinPercent = table.Column<int>(type: "INTEGER", nullable: true),
                    RateMaxPercent = table.Column<int>(type: "INTEGER", nullable: true),
                    EnvelopeCents = table.Column<long>(type: "INTEGER", nullable: true),
                    MaxWinners = table.Column<int>(type: "INTEGER", nullable: true),
                    IsCallForProjects = table.Column<bool>(type: "INTEGER", nullable: false),
                    OriginUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    ApplicationUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ModeratorEditedFields = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingCalls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndexOutbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnqueuedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CallChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true),
                    DiffJson = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallChanges_FundingCalls_CallId",
                        column: x => x.CallId,
                        principalTable: "FundingCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourceRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    RawPayload = table.Column<string>(type: "TEXT", nullable: true),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SourceRecords_FundingCalls_CallId",
                        column: x => x.CallId,
                        principalTable: "FundingCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CallChanges_CallId_At",
                table: "CallChanges",
                columns: new[] { "CallId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_FundingCalls_Deadline",
                table: "FundingCalls",
                column: "Deadline");

            migrationBuilder.CreateIndex(
                name: "IX_FundingCalls_Fingerprint",
                table: "FundingCalls",
                column: "Fingerprint");

            migrationBuilder.CreateIndex(
                name: "IX_FundingCalls_Slug",
                table: "FundingCalls",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundingCalls_State",
                table: "FundingCalls",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_SourceRecords_CallId",
                table: "SourceRecords",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_SourceRecords_SourceId_ExternalId",
                table: "SourceRecords",
                columns: new[] { "SourceId", "ExternalId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallChanges");

            migrationBuilder.DropTable(
                name: "Funders");

            migrationBuilder.DropTable(
                name: "IndexOutbox");

            migrationBuilder.DropTable(
                name: "SourceRecords");

            migrationBuilder.DropTable(
                name: "FundingCalls");
        }
    }
}
