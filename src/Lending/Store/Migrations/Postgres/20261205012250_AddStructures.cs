using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Plateforme.Lending.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddStructures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Accompaniments",
                schema: "lending",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    StructureId = table.Column<Guid>(type: "uuid", nullable: false),
                    CounsellorUserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CommitteeDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecisionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accompaniments", x => x.CampaignId);
                    table.ForeignKey(
                        name: "FK_Accompaniments_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "lending",
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AccompanimentMeetings",
                schema: "lending",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccompanimentMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccompanimentMeetings_Accompaniments_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "lending",
                        principalTable: "Accompaniments",
                        principalColumn: "CampaignId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OtherFinancings",
                schema: "lending",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AmountCents = table.Column<long>(type: "bigint", nullable: false),
                    Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OtherFinancings", x => x.Id);
                    table.CheckConstraint("CK_OtherFinancings_Amount", "\"AmountCents\" > 0");
                    table.ForeignKey(
                        name: "FK_OtherFinancings_Accompaniments_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "lending",
                        principalTable: "Accompaniments",
                        principalColumn: "CampaignId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccompanimentMeetings_CampaignId",
                schema: "lending",
                table: "AccompanimentMeetings",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Accompaniments_StructureId",
                schema: "lending",
                table: "Accompaniments",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_OtherFinancings_CampaignId",
                schema: "lending",
                table: "OtherFinancings",
                column: "CampaignId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccompanimentMeetings",
                schema: "lending");

            migrationBuilder.DropTable(
                name: "OtherFinancings",
                schema: "lending");

            migrationBuilder.DropTable(
                name: "Accompaniments",
                schema: "lending");
        }
    }
}
