using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Portfolios;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Documents;

/// <summary>Gathers a loan's terms for its documents. Who may read them is the pages' business (the lender, moderators).</summary>
public sealed class LoanDocumentService(LendingWrites writes)
{
    /// <summary>The loan's terms, or null when the pledge does not exist, is a donation, or was never or no longer lent.</summary>
    public Task<LoanDocument?> FindAsync(Guid pledgeId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            var pledge = await db.Pledges.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pledgeId, cancellationToken);
            if (pledge is null || pledge.Kind != PledgeKind.Loan || pledge.Status is not (PledgeStatus.Pending or PledgeStatus.Collected)) return null;
            var campaign = await db.Campaigns.AsNoTracking().FirstAsync(c => c.Id == pledge.CampaignId, cancellationToken);
            var (schedule, provisional) = await CampaignProjection.WholeScheduleForAsync(db, campaign, pledge.Id, cancellationToken);
            return new LoanDocument(
                pledge.Id, pledge.LenderUserId, pledge.LenderName ?? "", pledge.AddressLine ?? "", pledge.PostalCode ?? "", pledge.City ?? "",
                campaign.Id, campaign.Title, campaign.CarrierUserId, pledge.AmountCents, campaign.TermMonths, campaign.GraceMonths,
                ParisCalendar.DayOf(pledge.CreatedAt), campaign.DisbursedOn, provisional, schedule);
        }, cancellationToken);
}
