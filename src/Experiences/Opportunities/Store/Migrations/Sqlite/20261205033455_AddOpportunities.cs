using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Experiences.Opportunities.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOpportunities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Opportunities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    KindDetail = table.Column<string>(type: "TEXT", nullable: false),
                    SpottedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    MainInterest = table.Column<string>(type: "TEXT", nullable: false),
                    Obstacles = table.Column<string>(type: "TEXT", nullable: false),
                    CollectivityRoles = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CarryingMode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PointsToWork = table.Column<string>(type: "TEXT", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    TerritoryCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Neighbourhood = table.Column<string>(type: "TEXT", nullable: false),
                    Carrier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CarrierName = table.Column<string>(type: "TEXT", nullable: false),
                    Exploration = table.Column<string>(type: "TEXT", nullable: false),
                    Activities = table.Column<string>(type: "TEXT", nullable: false),
                    Means = table.Column<string>(type: "TEXT", nullable: false),
                    Partners = table.Column<string>(type: "TEXT", nullable: false),
                    BudgetCents = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionMakers = table.Column<string>(type: "TEXT", nullable: false),
                    LocalKnowHow = table.Column<string>(type: "TEXT", nullable: false),
                    AccompanimentNeeds = table.Column<string>(type: "TEXT", nullable: false),
                    ExperienceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opportunities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpportunityChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OpportunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpportunityChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpportunityChanges_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OpportunityPins",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpportunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PinnedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PinnedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpportunityPins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpportunityPins_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_TeamKind_TeamId",
                table: "Opportunities",
                columns: new[] { "TeamKind", "TeamId" });

            migrationBuilder.CreateIndex(
                name: "IX_OpportunityChanges_OpportunityId_At",
                table: "OpportunityChanges",
                columns: new[] { "OpportunityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_OpportunityPins_OpportunityId_Kind_TargetId",
                table: "OpportunityPins",
                columns: new[] { "OpportunityId", "Kind", "TargetId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OpportunityChanges");

            migrationBuilder.DropTable(
                name: "OpportunityPins");

            migrationBuilder.DropTable(
                name: "Opportunities");
        }
    }
}
