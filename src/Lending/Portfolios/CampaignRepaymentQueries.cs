using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Repayments;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Portfolios;

/// <summary>The repayments a campaign received, for its carrier's dashboard.</summary>
public sealed class CampaignRepaymentQueries(LendingWrites writes)
{
    /// <summary>Oldest first, as they were recorded.</summary>
    public Task<List<Repayment>> ListAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            var repayments = await db.Repayments.AsNoTracking().Where(r => r.CampaignId == campaignId).ToListAsync(cancellationToken);
            return repayments.OrderBy(r => r.ReceivedOn).ThenBy(r => r.RecordedAt).ToList();
        }, cancellationToken);
}
