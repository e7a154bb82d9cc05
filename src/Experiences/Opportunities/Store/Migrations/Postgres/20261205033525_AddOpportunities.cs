using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Plateforme.Experiences.Opportunities.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddOpportunities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "opportunities");

            migrationBuilder.CreateTable(
                name: "Opportunities",
                schema: "opportunities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    KindDetail = table.Column<string>(type: "text", nullable: false),
                    SpottedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    MainInterest = table.Column<string>(type: "text", nullable: false),
                    Obstacles = table.Column<string>(type: "text", nullable: false),
                    CollectivityRoles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CarryingMode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    PointsToWork = table.Column<string>(type: "text", nullable: false),
                    Themes = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    TerritoryCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Neighbourhood = table.Column<string>(type: "text", nullable: false),
                    Carrier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CarrierName = table.Column<string>(type: "text", nullable: false),
                    Exploration = table.Column<string>(type: "text", nullable: false),
                    Activities = table.Column<string>(type: "text", nullable: false),
                    Means = table.Column<string>(type: "text", nullable: false),
                    Partners = table.Column<string>(type: "text", nullable: false),
                    BudgetCents = table.Column<long>(type: "bigint", nullable: true),
                    DecisionMakers = table.Column<string>(type: "text", nullable: false),
                    LocalKnowHow = table.Column<string>(type: "text", nullable: false),
                    AccompanimentNeeds = table.Column<string>(type: "text", nullable: false),
                    ExperienceId = table.Column<Guid>(type: "uuid", nullable: true),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opportunities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpportunityChanges",
                schema: "opportunities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OpportunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Target = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpportunityChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpportunityChanges_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalSchema: "opportunities",
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OpportunityPins",
                schema: "opportunities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OpportunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Reasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PinnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PinnedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpportunityPins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpportunityPins_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalSchema: "opportunities",
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_TeamKind_TeamId",
                schema: "opportunities",
                table: "Opportunities",
                columns: new[] { "TeamKind", "TeamId" });

            migrationBuilder.CreateIndex(
                name: "IX_OpportunityChanges_OpportunityId_At",
                schema: "opportunities",
                table: "OpportunityChanges",
                columns: new[] { "OpportunityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_OpportunityPins_OpportunityId_Kind_TargetId",
                schema: "opportunities",
                table: "OpportunityPins",
                columns: new[] { "OpportunityId", "Kind", "TargetId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OpportunityChanges",
                schema: "opportunities");

            migrationBuilder.DropTable(
                name: "OpportunityPins",
                schema: "opportunities");

            migrationBuilder.DropTable(
                name: "Opportunities",
                schema: "opportunities");
        }
    }
}
