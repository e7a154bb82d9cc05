using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Lending.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddStripeAndReceipts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConnectedAccounts",
                schema: "lending",
                columns: table => new
                {
                    CarrierUserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AccountId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    PayoutsEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectedAccounts", x => x.CarrierUserId);
                });

            migrationBuilder.CreateTable(
                name: "DonationReceipts",
                schema: "lending",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PledgeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuerKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DonorUserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DonorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DonorAddress = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AmountCents = table.Column<long>(type: "bigint", nullable: false),
                    DonatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PaymentMeans = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    IssuerName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IssuerAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IssuerPurpose = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IssuerKind = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SignerName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SignerRole = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CampaignTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DonationReceipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DonationReceipts_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "lending",
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DonationReceipts_Pledges_PledgeId",
                        column: x => x.PledgeId,
                        principalSchema: "lending",
                        principalTable: "Pledges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaymentCustomers",
                schema: "lending",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CustomerId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentCustomers", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "PaymentEvents",
                schema: "lending",
                columns: table => new
                {
                    EventId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ObjectId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentEvents", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "PaymentOperations",
                schema: "lending",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    PledgeId = table.Column<Guid>(type: "uuid", nullable: true),
                    InstalmentNumber = table.Column<int>(type: "integer", nullable: true),
                    UserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AmountCents = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    ProviderObjectId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    RedirectUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CustomerId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    PaymentMethodId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    PaymentIntentId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    FailureCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentOperations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReceiptCounters",
                schema: "lending",
                columns: table => new
                {
                    IssuerKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptCounters", x => new { x.IssuerKey, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "ReceiptIssuers",
                schema: "lending",
                columns: table => new
                {
                    IssuerKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Eligible = table.Column<bool>(type: "boolean", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SignerName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SignerRole = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptIssuers", x => x.IssuerKey);
                });

            migrationBuilder.CreateTable(
                name: "ReconciliationDifferences",
                schema: "lending",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ObjectKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ObjectId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ProviderCents = table.Column<long>(type: "bigint", nullable: true),
                    LedgerCents = table.Column<long>(type: "bigint", nullable: true),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DetectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconciliationDifferences", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectedAccounts_AccountId",
                schema: "lending",
                table: "ConnectedAccounts",
                column: "AccountId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DonationReceipts_CampaignId",
                schema: "lending",
                table: "DonationReceipts",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_DonationReceipts_DonorUserId",
                schema: "lending",
                table: "DonationReceipts",
                column: "DonorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DonationReceipts_IssuerKey_Year_Sequence",
                schema: "lending",
                table: "DonationReceipts",
                columns: new[] { "IssuerKey", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DonationReceipts_PledgeId",
                schema: "lending",
                table: "DonationReceipts",
                column: "PledgeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentEvents_ProcessedAt_ReceivedAt",
                schema: "lending",
                table: "PaymentEvents",
                columns: new[] { "ProcessedAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentOperations_CampaignId_Kind",
                schema: "lending",
                table: "PaymentOperations",
                columns: new[] { "CampaignId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentOperations_IdempotencyKey",
                schema: "lending",
                table: "PaymentOperations",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentOperations_PledgeId",
                schema: "lending",
                table: "PaymentOperations",
                column: "PledgeId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentOperations_ProviderObjectId",
                schema: "lending",
                table: "PaymentOperations",
                column: "ProviderObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ReconciliationDifferences_Day",
                schema: "lending",
                table: "ReconciliationDifferences",
                column: "Day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConnectedAccounts",
                schema: "lending");

            migrationBuilder.DropTable(
                name: "DonationReceipts",
                schema: "lending");

            migrationBuilder.DropTable(
                name: "PaymentCustomers",
                schema: "lending");

            migrationBuilder.DropTable(
                name: "PaymentEvents",
                schema: "lending");

            migrationBuilder.DropTable(
                name: "PaymentOperations",
                schema: "lending");

            migrationBuilder.DropTable(
                name: "ReceiptCounters",
                schema: "lending");

            migrationBuilder.DropTable(
                name: "ReceiptIssuers",
                schema: "lending");

            migrationBuilder.DropTable(
                name: "ReconciliationDifferences",
                schema: "lending");
        }
    }
}
