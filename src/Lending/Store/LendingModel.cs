using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Balances;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;

namespace Plateforme.Lending.Store;

/// <summary>Keys, lengths and indexes shared by both providers.</summary>
internal static class LendingModel
{
    private const int UserIdLength = 100;

    public static void Configure(ModelBuilder model)
    {
        model.Entity<Campaign>(campaign =>
        {
            campaign.ToTable("Campaigns");
            campaign.HasKey(c => c.Id);
            campaign.Property(c => c.CarrierUserId).HasMaxLength(UserIdLength);
            campaign.Property(c => c.OrganisationId).HasMaxLength(UserIdLength);
            campaign.Property(c => c.Title).HasMaxLength(200);
            campaign.Property(c => c.Category).HasMaxLength(100);
            campaign.Property(c => c.Territory).HasMaxLength(60);
            campaign.Property(c => c.State);
            campaign.HasMany(c => c.History).WithOne().HasForeignKey(h => h.CampaignId);
            campaign.HasIndex(c => new { c.State, c.ClosesAt });
            campaign.HasIndex(c => c.CarrierUserId);
        });

        model.Entity<CampaignStateChange>(change =>
        {
            change.ToTable("CampaignStateChanges");
            change.HasKey(c => c.Id);
            change.Property(c => c.ActorId).HasMaxLength(UserIdLength);
            change.Property(c => c.Reason).HasMaxLength(1000);
        });

        model.Entity<Pledge>(pledge =>
        {
            pledge.ToTable("Pledges");
            pledge.HasKey(p => p.Id);
            pledge.Property(p => p.LenderUserId).HasMaxLength(UserIdLength);
            pledge.Property(p => p.LenderName).HasMaxLength(200);
            pledge.Property(p => p.AddressLine).HasMaxLength(300);
            pledge.Property(p => p.PostalCode).HasMaxLength(20);
            pledge.Property(p => p.City).HasMaxLength(100);
            pledge.Property(p => p.Message).HasMaxLength(1000);
            pledge.Property(p => p.CollectedBy).HasMaxLength(UserIdLength);
            pledge.Property(p => p.PaymentReference).HasMaxLength(200);
            pledge.Property(p => p.CloseReason).HasMaxLength(300);
            pledge.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId);
            pledge.HasIndex(p => new { p.CampaignId, p.Status });
            pledge.HasIndex(p => p.LenderUserId);
        });

        model.Entity<Instalment>(instalment =>
        {
            instalment.ToTable("Instalments");
            instalment.HasKey(i => i.Id);
            instalment.HasOne<Campaign>().WithMany().HasForeignKey(i => i.CampaignId);
            instalment.HasIndex(i => new { i.CampaignId, i.Number }).IsUnique();
        });

        model.Entity<Repayment>(repayment =>
        {
            repayment.ToTable("Repayments");
            repayment.HasKey(r => r.Id);
            repayment.Property(r => r.RecordedBy).HasMaxLength(UserIdLength);
            repayment.Property(r => r.IdempotencyKey).HasMaxLength(LedgerWriter.MaxKeyLength);
            repayment.Property(r => r.Reference).HasMaxLength(200);
            repayment.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId);
            repayment.HasIndex(r => r.IdempotencyKey).IsUnique();
            repayment.HasIndex(r => r.CampaignId);
        });

        model.Entity<WithdrawalRequest>(withdrawal =>
        {
            withdrawal.ToTable("WithdrawalRequests");
            withdrawal.HasKey(w => w.Id);
            withdrawal.Property(w => w.LenderUserId).HasMaxLength(UserIdLength);
            withdrawal.Property(w => w.IdempotencyKey).HasMaxLength(LedgerWriter.MaxKeyLength);
            withdrawal.Property(w => w.PaidBy).HasMaxLength(UserIdLength);
            withdrawal.Property(w => w.TransferReference).HasMaxLength(200);
            withdrawal.HasIndex(w => w.IdempotencyKey).IsUnique();
            withdrawal.HasIndex(w => new { w.Status, w.RequestedAt });
        });

        model.Entity<LedgerTransaction>(transaction =>
        {
            transaction.ToTable("LedgerTransactions");
            transaction.HasKey(t => t.Id);
            transaction.Property(t => t.IdempotencyKey).HasMaxLength(LedgerWriter.MaxKeyLength);
            transaction.HasIndex(t => t.IdempotencyKey).IsUnique();
            transaction.HasIndex(t => new { t.CampaignId, t.Code });
            transaction.HasMany(t => t.Entries).WithOne().HasForeignKey(e => e.TransactionId);
        });

        model.Entity<LedgerEntry>(entry =>
        {
            entry.ToTable("LedgerEntries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Account).HasMaxLength(140);
            entry.Property(e => e.UserId).HasMaxLength(UserIdLength);
            entry.HasIndex(e => e.Account);
            entry.HasIndex(e => new { e.CampaignId, e.PledgeId });
        });

        model.Entity<OutgoingMessage>(message =>
        {
            message.ToTable("OutgoingMessages");
            message.HasKey(m => m.Id);
            message.Property(m => m.RecipientUserId).HasMaxLength(UserIdLength);
            message.Property(m => m.DeduplicationKey).HasMaxLength(200);
            message.Property(m => m.LastError).HasMaxLength(SendRetries.ErrorLength);
            message.HasIndex(m => m.DeduplicationKey).IsUnique();
            message.HasIndex(m => new { m.SentAt, m.CreatedAt });
        });

        DashboardModel.Configure(model);
        Receipts.ReceiptModel.Configure(model);
        Payments.Operations.PaymentModel.Configure(model);
    }
}
