using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Receipts;

/// <summary>
/// Issues and cancels receipts inside the transaction that collects or refunds the donation, so a collected donation
/// of an eligible issuer always has its receipt and a refunded one never keeps a valid one.
/// </summary>
internal static class DonationReceipts
{
    /// <summary>The receipt of a donation just collected; null for a loan or when the issuer may not issue receipts.</summary>
    public static async Task<DonationReceipt?> IssueAsync(
        LendingDbContext db, Campaign campaign, Pledge pledge, PaymentMethod method, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (pledge.Kind != PledgeKind.Donation) return null;
        var key = ReceiptIssuerKeys.Of(campaign);
        var issuer = await db.Set<ReceiptIssuer>().AsNoTracking().FirstOrDefaultAsync(i => i.IssuerKey == key, cancellationToken);
        if (issuer is not { Eligible: true }) return null;
        var existing = await db.Set<DonationReceipt>().FirstOrDefaultAsync(r => r.PledgeId == pledge.Id, cancellationToken);
        if (existing is not null) return existing;

        var donatedOn = ParisCalendar.DayOf(now);
        var sequence = await ReceiptNumbering.NextAsync(db, key, donatedOn.Year, cancellationToken);
        var receipt = new DonationReceipt
        {
            Id = Guid.CreateVersion7(now),
            PledgeId = pledge.Id,
            CampaignId = campaign.Id,
            IssuerKey = key,
            Year = donatedOn.Year,
            Sequence = sequence,
            Number = NumberOf(donatedOn.Year, sequence),
            DonorUserId = pledge.LenderUserId,
            DonorName = pledge.LenderName ?? "",
            DonorAddress = AddressOf(pledge),
            AmountCents = pledge.AmountCents,
            DonatedOn = donatedOn,
            PaymentMeans = MeansOf(method),
            IssuerName = issuer.Name,
            IssuerAddress = issuer.Address,
            IssuerPurpose = issuer.Purpose,
            IssuerKind = issuer.Kind,
            SignerName = issuer.SignerName,
            SignerRole = issuer.SignerRole,
            CampaignTitle = campaign.Title,
            IssuedAt = now,
        };
        db.Set<DonationReceipt>().Add(receipt);
        return receipt;
    }

    /// <summary>Marks the receipt of a refunded donation cancelled; it stays, with its number, which is never reused.</summary>
    public static async Task CancelAsync(LendingDbContext db, Pledge pledge, DateTimeOffset now, string reason, CancellationToken cancellationToken)
    {
        if (pledge.Kind != PledgeKind.Donation) return;
        var receipt = await db.Set<DonationReceipt>().FirstOrDefaultAsync(r => r.PledgeId == pledge.Id, cancellationToken);
        if (receipt is null || receipt.IsCancelled) return;
        receipt.CancelledAt = now;
        receipt.CancelReason = Truncate(Resources.LendingMessageFormat.Format(ReceiptMessages.CancelledByRefund, reason), 300);
    }

    public static string NumberOf(int year, long sequence) =>
        year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + "-" + sequence.ToString("000000", System.Globalization.CultureInfo.InvariantCulture);

    public static string MeansOf(PaymentMethod method) => method switch
    {
        PaymentMethod.Cheque => ReceiptMessages.MeansCheque,
        PaymentMethod.Card => ReceiptMessages.MeansCard,
        PaymentMethod.DirectDebit => ReceiptMessages.MeansDirectDebit,
        _ => ReceiptMessages.MeansTransfer,
    };

    private static string AddressOf(Pledge pledge)
    {
        var town = string.Join(' ', new[] { pledge.PostalCode, pledge.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var parts = new[] { pledge.AddressLine, town }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? ReceiptMessages.DonorAddressMissing : string.Join(", ", parts);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
