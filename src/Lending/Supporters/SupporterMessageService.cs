using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Store;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Supporters;

/// <summary>The carrier's messages to supporters: written once the campaign is public, listed newest first.</summary>
public sealed class SupporterMessageService(LendingWrites writes, TimeProvider time)
{
    public const int MaxLength = 2_000;

    public Task<SupporterMessage> PostAsync(Guid campaignId, string carrierId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(carrierId);
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) throw LendingValidationException.For(nameof(SupporterMessage.Text), "Écrivez votre message.");
        if (trimmed.Length > MaxLength) throw LendingValidationException.For(nameof(SupporterMessage.Text), "Un message ne doit pas dépasser 2 000 caractères.");
        return writes.RunAsync(async db =>
        {
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            CampaignLoading.EnsureCarrier(campaign, carrierId);
            if (campaign.State is CampaignState.Draft or CampaignState.Submitted or CampaignState.Rejected)
            {
                throw LendingValidationException.For(CampaignLoading.StateField, "Les messages aux soutiens s'écrivent une fois la campagne publiée.");
            }

            var now = time.GetUtcNow();
            var message = new SupporterMessage { Id = Guid.CreateVersion7(now), CampaignId = campaignId, AuthorUserId = carrierId, Text = trimmed, CreatedAt = now };
            db.Set<SupporterMessage>().Add(message);
            await db.SaveChangesAsync(cancellationToken);
            return message;
        }, cancellationToken);
    }

    public Task<List<SupporterMessage>> ListAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            var messages = await db.Set<SupporterMessage>().AsNoTracking().Where(m => m.CampaignId == campaignId).ToListAsync(cancellationToken);
            return messages.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).ToList();
        }, cancellationToken);
}
