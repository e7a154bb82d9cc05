using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Plateforme.Search.Catalogue.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "search");

            migrationBuilder.CreateTable(
                name: "Funders",
                schema: "search",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Website = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    Territory = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Funders", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "FundingCalls",
                schema: "search",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ShortTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Summary = table.Column<string>(type: "text", nullable: true),
                    DescriptionHtml = table.Column<string>(type: "text", nullable: true),
                    Eligibility = table.Column<string>(type: "text", nullable: true),
                    ProjectExamples = table.Column<string>(type: "text", nullable: true),
                    Contact = table.Column<string>(type: "text", nullable: true),
                    Funders = table.Column<List<string>>(type: "text[]", nullable: false),
                    Beneficiaries = table.Column<List<string>>(type: "text[]", nullable: false),
                    AidTypes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Destinations = table.Column<List<string>>(type: "text[]", nullable: false),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    SubThemes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Keywords = table.Column<List<string>>(type: "text[]", nullable: false),
                    Territory = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    DeadlineTime = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Recurrence = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MinAmountCents = table.Column<long>(type: "bigint", nullable: true),
                    MaxAmountCents = table.Column<long>(type: "bigint", nullable: true),
                    RateMinPercent = table.Column<int>(type: "integer", nullable: true),
                    RateMaxPercent = table.Column<int>(type: "integer", nullable: true),
                    EnvelopeCents = table.Column<long>(type: "bigint", nullable: true),
                    MaxWinners = table.Column<int>(type: "integer", nullable: true),
                    IsCallForProjects = table.Column<bool>(type: "boolean", nullable: false),
                    OriginUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    ApplicationUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    Fingerprint = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ModeratorEditedFields = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingCalls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndexOutbox",
                schema: "search",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnqueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CallChanges",
                schema: "search",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    DiffJson = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallChanges_FundingCalls_CallId",
                        column: x => x.CallId,
                        principalSchema: "search",
                        principalTable: "FundingCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourceRecords",
                schema: "search",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    RawPayload = table.Column<string>(type: "text", nullable: true),
                    Licence = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SourceRecords_FundingCalls_CallId",
                        column: x => x.CallId,
                        principalSchema: "search",
                        principalTable: "FundingCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CallChanges_CallId_At",
                schema: "search",
                table: "CallChanges",
                columns: new[] { "CallId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_FundingCalls_Deadline",
                schema: "search",
                table: "FundingCalls",
                column: "Deadline");

            migrationBuilder.CreateIndex(
                name: "IX_FundingCalls_Fingerprint",
                schema: "search",
                table: "FundingCalls",
                column: "Fingerprint");

            migrationBuilder.CreateIndex(
                name: "IX_FundingCalls_Slug",
                schema: "search",
                table: "FundingCalls",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundingCalls_State",
                schema: "search",
                table: "FundingCalls",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_SourceRecords_CallId",
                schema: "search",
                table: "SourceRecords",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_SourceRecords_SourceId_ExternalId",
                schema: "search",
                table: "SourceRecords",
                columns: new[] { "SourceId", "ExternalId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallChanges",
                schema: "search");

            migrationBuilder.DropTable(
                name: "Funders",
                schema: "search");

            migrationBuilder.DropTable(
                name: "IndexOutbox",
                schema: "search");

            migrationBuilder.DropTable(
                name: "SourceRecords",
                schema: "search");

            migrationBuilder.DropTable(
                name: "FundingCalls",
                schema: "search");
        }
    }
}
