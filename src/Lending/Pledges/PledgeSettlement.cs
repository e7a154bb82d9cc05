using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Pledges;

/// <summary>Gives everything back: pending pledges are cancelled, collected ones refunded through the ledger.</summary>
internal static class PledgeSettlement
{
    /// <summary>Returns the refunds the payment provider must make once the transaction has committed.</summary>
    public static async Task<List<PaymentRequest>> ReturnAllAsync(
        LendingDbContext db, Campaign campaign, DateTimeOffset now, string reason, OutgoingMessageKind notice, CancellationToken cancellationToken)
    {
        var pledges = await db.Pledges
            .Where(p => p.CampaignId == campaign.Id && (p.Status == PledgeStatus.Pending || p.Status == PledgeStatus.Collected))
            .ToListAsync(cancellationToken);
        var refunds = new List<PaymentRequest>();
        foreach (var pledge in pledges)
        {
            var refund = await ReturnAsync(db, campaign, pledge, now, reason, cancellationToken);
            if (refund is not null) refunds.Add(refund);
            await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(
                notice, pledge.LenderUserId, campaign.Id, $"{notice}:{pledge.Id:N}", now, pledge.Id, pledge.AmountCents), cancellationToken);
        }

        return refunds;
    }

    /// <summary>Cancels or refunds one pledge; a refund of paid money is returned for the provider.</summary>
    public static async Task<PaymentRequest?> ReturnAsync(LendingDbContext db, Campaign campaign, Pledge pledge, DateTimeOffset now, string reason, CancellationToken cancellationToken)
    {
        campaign.PledgedCents -= pledge.AmountCents;
        pledge.ClosedAt = now;
        pledge.CloseReason = reason;
        if (pledge.Status == PledgeStatus.Pending)
        {
            pledge.Status = PledgeStatus.Cancelled;
            return null;
        }

        var key = "refund:" + pledge.Id.ToString("N");
        var destination = pledge.Funding == PledgeFunding.Balance
            ? new LedgerLine(LedgerAccounts.Lender(pledge.LenderUserId), -pledge.AmountCents, pledge.CampaignId, pledge.Id, pledge.LenderUserId)
            : new LedgerLine(LedgerAccounts.Cash, -pledge.AmountCents, pledge.CampaignId, pledge.Id);
        await LedgerWriter.PostAsync(db, new LedgerPosting(key, LedgerCode.Refund, pledge.CampaignId,
        [
            new LedgerLine(LedgerAccounts.Campaign(pledge.CampaignId), pledge.AmountCents, pledge.CampaignId, pledge.Id),
            destination,
        ]), now, cancellationToken);
        pledge.Status = PledgeStatus.Refunded;
        await Receipts.DonationReceipts.CancelAsync(db, pledge, now, reason, cancellationToken);
        return pledge.Funding == PledgeFunding.Payment
            ? new PaymentRequest(key, pledge.CampaignId, pledge.Id, pledge.LenderUserId, pledge.AmountCents)
            : null;
    }
}
