using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plateforme.Lending.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddStripeAndReceipts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConnectedAccounts",
                columns: table => new
                {
                    CarrierUserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    PayoutsEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectedAccounts", x => x.CarrierUserId);
                });

            migrationBuilder.CreateTable(
                name: "DonationReceipts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PledgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuerKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DonorUserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DonorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DonorAddress = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                    DonatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PaymentMeans = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IssuerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IssuerAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IssuerPurpose = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IssuerKind = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SignerRole = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CampaignTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DonationReceipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DonationReceipts_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DonationReceipts_Pledges_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "Pledges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaymentCustomers",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CustomerId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentCustomers", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "PaymentEvents",
                columns: table => new
                {
                    EventId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentEvents", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "PaymentOperations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PledgeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InstalmentNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderObjectId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    RedirectUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CustomerId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    PaymentMethodId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    PaymentIntentId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    FailureCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentOperations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReceiptCounters",
                columns: table => new
                {
                    IssuerKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastNumber = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptCounters", x => new { x.IssuerKey, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "ReceiptIssuers",
                columns: table => new
                {
                    IssuerKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SignerRole = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptIssuers", x => x.IssuerKey);
                });

            migrationBuilder.CreateTable(
                name: "ReconciliationDifferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ObjectKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ProviderCents = table.Column<long>(type: "INTEGER", nullable: true),
                    LedgerCents = table.Column<long>(type: "INTEGER", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DetectedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconciliationDifferences", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectedAccounts_AccountId",
                table: "ConnectedAccounts",
                column: "AccountId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DonationReceipts_CampaignId",
                table: "DonationReceipts",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_DonationReceipts_DonorUserId",
                table: "DonationReceipts",
                column: "DonorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DonationReceipts_IssuerKey_Year_Sequence",
                table: "DonationReceipts",
                columns: new[] { "IssuerKey", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DonationReceipts_PledgeId",
                table: "DonationReceipts",
                column: "PledgeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentEvents_ProcessedAt_ReceivedAt",
                table: "PaymentEvents",
                columns: new[] { "ProcessedAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentOperations_CampaignId_Kind",
                table: "PaymentOperations",
                columns: new[] { "CampaignId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentOperations_IdempotencyKey",
                table: "PaymentOperations",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentOperations_PledgeId",
                table: "PaymentOperations",
                column: "PledgeId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentOperations_ProviderObjectId",
                table: "PaymentOperations",
                column: "ProviderObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ReconciliationDifferences_Day",
                table: "ReconciliationDifferences",
                column: "Day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConnectedAccounts");

            migrationBuilder.DropTable(
                name: "DonationReceipts");

            migrationBuilder.DropTable(
                name: "PaymentCustomers");

            migrationBuilder.DropTable(
                name: "PaymentEvents");

            migrationBuilder.DropTable(
                name: "PaymentOperations");

            migrationBuilder.DropTable(
                name: "ReceiptCounters");

            migrationBuilder.DropTable(
                name: "ReceiptIssuers");

            migrationBuilder.DropTable(
                name: "ReconciliationDifferences");
        }
    }
}
