using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Lending.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddStructures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Accompaniments",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StructureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CounsellorUserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CommitteeDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accompaniments", x => x.CampaignId);
                    table.ForeignKey(
                        name: "FK_Accompaniments_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AccompanimentMeetings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccompanimentMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccompanimentMeetings_Accompaniments_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Accompaniments",
                        principalColumn: "CampaignId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OtherFinancings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OtherFinancings", x => x.Id);
                    table.CheckConstraint("CK_OtherFinancings_Amount", "\"AmountCents\" > 0");
                    table.ForeignKey(
                        name: "FK_OtherFinancings_Accompaniments_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Accompaniments",
                        principalColumn: "CampaignId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccompanimentMeetings_CampaignId",
                table: "AccompanimentMeetings",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Accompaniments_StructureId",
                table: "Accompaniments",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_OtherFinancings_CampaignId",
                table: "OtherFinancings",
                column: "CampaignId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccompanimentMeetings");

            migrationBuilder.DropTable(
                name: "OtherFinancings");

            migrationBuilder.DropTable(
                name: "Accompaniments");
        }
    }
}
