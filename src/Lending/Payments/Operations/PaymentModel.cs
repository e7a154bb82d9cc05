using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Ledger;

namespace Plateforme.Lending.Payments.Operations;

/// <summary>Tables of the online payment provider: operations with their idempotency keys, webhook events, accounts.</summary>
internal static class PaymentModel
{
    private const int ProviderIdLength = 255;

    public static void Configure(ModelBuilder model)
    {
        model.Entity<PaymentOperation>(operation =>
        {
            operation.ToTable("PaymentOperations");
            operation.HasKey(o => o.Id);
            operation.Property(o => o.IdempotencyKey).HasMaxLength(LedgerWriter.MaxKeyLength);
            operation.Property(o => o.UserId).HasMaxLength(100);
            operation.Property(o => o.ProviderObjectId).HasMaxLength(ProviderIdLength);
            operation.Property(o => o.RedirectUrl).HasMaxLength(2000);
            operation.Property(o => o.CustomerId).HasMaxLength(ProviderIdLength);
            operation.Property(o => o.PaymentMethodId).HasMaxLength(ProviderIdLength);
            operation.Property(o => o.PaymentIntentId).HasMaxLength(ProviderIdLength);
            operation.Property(o => o.FailureCode).HasMaxLength(100);
            operation.HasIndex(o => o.IdempotencyKey).IsUnique();
            operation.HasIndex(o => o.ProviderObjectId);
            operation.HasIndex(o => new { o.CampaignId, o.Kind });
            operation.HasIndex(o => o.PledgeId);
        });

        model.Entity<PaymentEvent>(paymentEvent =>
        {
            paymentEvent.ToTable("PaymentEvents");
            paymentEvent.HasKey(e => e.EventId);
            paymentEvent.Property(e => e.EventId).HasMaxLength(ProviderIdLength);
            paymentEvent.Property(e => e.Type).HasMaxLength(100);
            paymentEvent.Property(e => e.ObjectId).HasMaxLength(ProviderIdLength);
            paymentEvent.Property(e => e.LastError).HasMaxLength(1000);
            paymentEvent.HasIndex(e => new { e.ProcessedAt, e.ReceivedAt });
        });

        model.Entity<ConnectedAccount>(account =>
        {
            account.ToTable("ConnectedAccounts");
            account.HasKey(a => a.CarrierUserId);
            account.Property(a => a.CarrierUserId).HasMaxLength(100);
            account.Property(a => a.AccountId).HasMaxLength(ProviderIdLength);
            account.HasIndex(a => a.AccountId).IsUnique();
        });

        model.Entity<PaymentCustomer>(customer =>
        {
            customer.ToTable("PaymentCustomers");
            customer.HasKey(c => c.UserId);
            customer.Property(c => c.UserId).HasMaxLength(100);
            customer.Property(c => c.CustomerId).HasMaxLength(ProviderIdLength);
        });

        model.Entity<ReconciliationDifference>(difference =>
        {
            difference.ToTable("ReconciliationDifferences");
            difference.HasKey(d => d.Id);
            difference.Property(d => d.ObjectKind).HasMaxLength(20);
            difference.Property(d => d.ObjectId).HasMaxLength(ProviderIdLength);
            difference.Property(d => d.Detail).HasMaxLength(500);
            difference.HasIndex(d => d.Day);
        });
    }
}
