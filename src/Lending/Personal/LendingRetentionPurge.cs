using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;
using Plateforme.Lending.Supporters;

namespace Plateforme.Lending.Personal;

/// <summary>
/// Applies the end of the contracts' retention period (docs/retention.md, <see cref="LendingRetention.ContractYears"/>
/// after a campaign's last state change into a finished state) to what account deletion pseudonymised: the opaque id
/// that still tied a deleted person to their pledges, their campaign and its history is replaced by
/// <see cref="LendingRetention.PurgedUserId"/>, and the notifications and messages kept with that id are deleted.
/// Amounts, statuses, dates and the ledger stay: they are accounting records (<see cref="LendingRetention.LedgerYears"/>).
/// Running it again changes nothing; records of people who kept their account are never touched.
/// </summary>
public sealed class LendingRetentionPurge(LendingWrites writes, TimeProvider time)
{
    public Task<RetentionPurgeReport> RunAsync(CancellationToken cancellationToken = default) =>
        writes.RunAsync(async db =>
        {
            var horizon = time.GetUtcNow().AddYears(-LendingRetention.ContractYears);
            var expired = await ExpiredCampaignsAsync(db, horizon, cancellationToken);
            if (expired.Count == 0) return RetentionPurgeReport.Empty;

            var deletedName = LendingMessages.DeletedPersonName;
            var purged = LendingRetention.PurgedUserId;
            var lenders = await db.Pledges.Where(p => expired.Contains(p.CampaignId) && p.LenderName == deletedName && p.LenderUserId != purged)
                .Select(p => p.LenderUserId).Distinct().ToListAsync(cancellationToken);
            var carriers = await db.Campaigns.Where(c => expired.Contains(c.Id) && c.StoryHtml == LendingMessages.DeletedCarrierStory && c.CarrierUserId != purged)
                .Select(c => new { c.Id, c.CarrierUserId }).ToListAsync(cancellationToken);
            var gone = lenders.Concat(carriers.Select(c => c.CarrierUserId)).Distinct(StringComparer.Ordinal).ToList();

            // Their e-mails already sent: those of the campaign, and those of their withdrawals (no campaign).
            var messages = await db.OutgoingMessages
                .Where(m => (expired.Contains(m.CampaignId) || m.CampaignId == Guid.Empty) && m.RecipientUserId != null && gone.Contains(m.RecipientUserId))
                .ExecuteDeleteAsync(cancellationToken);
            var pledges = await db.Pledges.Where(p => expired.Contains(p.CampaignId) && p.LenderName == deletedName && gone.Contains(p.LenderUserId))
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.LenderUserId, purged), cancellationToken);
            var carried = carriers.Select(c => c.Id).ToList();
            var history = await db.CampaignStateChanges.Where(h => expired.Contains(h.CampaignId) && gone.Contains(h.ActorId))
                .ExecuteUpdateAsync(set => set.SetProperty(h => h.ActorId, purged), cancellationToken);
            var supporterMessages = await db.Set<SupporterMessage>().Where(m => expired.Contains(m.CampaignId) && gone.Contains(m.AuthorUserId)).ExecuteDeleteAsync(cancellationToken);
            var campaigns = await db.Campaigns.Where(c => carried.Contains(c.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.CarrierUserId, purged), cancellationToken);
            return new RetentionPurgeReport(campaigns, pledges, history, messages + supporterMessages);
        }, cancellationToken);

    /// <summary>Campaigns finished (failed, repaid, defaulted, rejected, cancelled) before <paramref name="horizon"/>.</summary>
    private static async Task<List<Guid>> ExpiredCampaignsAsync(LendingDbContext db, DateTimeOffset horizon, CancellationToken cancellationToken)
    {
        var finished = await db.Campaigns.AsNoTracking()
            .Where(c => c.State == CampaignState.Failed || c.State == CampaignState.Repaid || c.State == CampaignState.Defaulted
                || c.State == CampaignState.Rejected || c.State == CampaignState.Cancelled)
            .Select(c => new { c.Id, c.State }).ToListAsync(cancellationToken);
        if (finished.Count == 0) return [];
        var ids = finished.Select(c => c.Id).ToList();
        // Instants are compared in memory: SQLite stores them in a form it cannot order in SQL.
        var changes = await db.CampaignStateChanges.AsNoTracking().Where(h => ids.Contains(h.CampaignId))
            .Select(h => new { h.CampaignId, h.To, h.At }).ToListAsync(cancellationToken);
        var endedAt = changes.Where(h => finished.Any(c => c.Id == h.CampaignId && c.State == h.To))
            .GroupBy(h => h.CampaignId).ToDictionary(g => g.Key, g => g.Max(h => h.At));
        return [.. ids.Where(id => endedAt.TryGetValue(id, out var ended) && ended <= horizon)];
    }
}
