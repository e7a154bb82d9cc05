using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Pledges;

namespace Plateforme.Lending.Receipts;

/// <summary>Tables of tax receipts: issuers, per-year counters and the receipts themselves.</summary>
internal static class ReceiptModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<ReceiptIssuer>(issuer =>
        {
            issuer.ToTable("ReceiptIssuers");
            issuer.HasKey(i => i.IssuerKey);
            issuer.Property(i => i.IssuerKey).HasMaxLength(120);
            foreach (var text in new[] { nameof(ReceiptIssuer.Name), nameof(ReceiptIssuer.Address), nameof(ReceiptIssuer.Purpose), nameof(ReceiptIssuer.Kind), nameof(ReceiptIssuer.SignerName), nameof(ReceiptIssuer.SignerRole) })
            {
                issuer.Property(text).HasMaxLength(ReceiptService.MaxTextLength);
            }

            issuer.Property(i => i.UpdatedBy).HasMaxLength(100);
        });

        model.Entity<ReceiptCounter>(counter =>
        {
            counter.ToTable("ReceiptCounters");
            counter.HasKey(c => new { c.IssuerKey, c.Year });
            counter.Property(c => c.IssuerKey).HasMaxLength(120);
        });

        model.Entity<DonationReceipt>(receipt =>
        {
            receipt.ToTable("DonationReceipts");
            receipt.HasKey(r => r.Id);
            receipt.Property(r => r.IssuerKey).HasMaxLength(120);
            receipt.Property(r => r.Number).HasMaxLength(20);
            receipt.Property(r => r.DonorUserId).HasMaxLength(100);
            receipt.Property(r => r.DonorName).HasMaxLength(200);
            receipt.Property(r => r.DonorAddress).HasMaxLength(450);
            receipt.Property(r => r.PaymentMeans).HasMaxLength(60);
            foreach (var text in new[] { nameof(DonationReceipt.IssuerName), nameof(DonationReceipt.IssuerAddress), nameof(DonationReceipt.IssuerPurpose), nameof(DonationReceipt.IssuerKind), nameof(DonationReceipt.SignerName), nameof(DonationReceipt.SignerRole), nameof(DonationReceipt.CancelReason) })
            {
                receipt.Property(text).HasMaxLength(ReceiptService.MaxTextLength);
            }

            receipt.Property(r => r.CampaignTitle).HasMaxLength(200);
            receipt.HasOne<Pledge>().WithMany().HasForeignKey(r => r.PledgeId);
            receipt.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId);
            receipt.HasIndex(r => r.PledgeId).IsUnique();
            receipt.HasIndex(r => new { r.IssuerKey, r.Year, r.Sequence }).IsUnique();
            receipt.HasIndex(r => r.DonorUserId);
        });
    }
}
