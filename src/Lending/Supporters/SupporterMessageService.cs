using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Supporters;

/// <summary>
/// The carrier's messages to supporters: written once the campaign is public, listed newest first, and e-mailed to
/// each supporter through the outbox (one <see cref="OutgoingMessageKind.SupporterMessage"/> per person, in the same
/// transaction as the message). Supporters are the people whose loan or donation stands or was paid back
/// (pending, collected or refunded); those who withdrew or never paid are not written to, nor is the carrier.
/// </summary>
public sealed class SupporterMessageService(LendingWrites writes, TimeProvider time)
{
    public const int MaxLength = 2_000;
    private const string KeyPrefix = "supporter-message:";

    public Task<SupporterMessage> PostAsync(Guid campaignId, string carrierId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(carrierId);
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) throw LendingValidationException.For(nameof(SupporterMessage.Text), LendingMessages.SupporterMessageRequired);
        if (trimmed.Length > MaxLength) throw LendingValidationException.For(nameof(SupporterMessage.Text), LendingMessages.SupporterMessageTooLong);
        return writes.RunAsync(async db =>
        {
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            CampaignLoading.EnsureCarrier(campaign, carrierId);
            if (campaign.State is CampaignState.Draft or CampaignState.Submitted or CampaignState.Rejected)
            {
                throw LendingValidationException.For(CampaignLoading.StateField, LendingMessages.SupporterMessagePublishedOnly);
            }

            var now = time.GetUtcNow();
            var message = new SupporterMessage { Id = Guid.CreateVersion7(now), CampaignId = campaignId, AuthorUserId = carrierId, Text = trimmed, CreatedAt = now };
            db.Set<SupporterMessage>().Add(message);
            var supporters = await db.Pledges.AsNoTracking()
                .Where(p => p.CampaignId == campaignId && p.LenderUserId != campaign.CarrierUserId
                    && (p.Status == PledgeStatus.Pending || p.Status == PledgeStatus.Collected || p.Status == PledgeStatus.Refunded))
                .Select(p => p.LenderUserId).Distinct().ToListAsync(cancellationToken);
            foreach (var supporter in supporters.Order(StringComparer.Ordinal))
            {
                var key = $"{KeyPrefix}{message.Id:N}:{supporter}";
                await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.SupporterMessage, supporter, campaignId, key, now), cancellationToken);
            }

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

    public Task<SupporterMessage?> FindAsync(Guid messageId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(db => db.Set<SupporterMessage>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == messageId, cancellationToken), cancellationToken);

    /// <summary>The supporter message an outbox message of kind <see cref="OutgoingMessageKind.SupporterMessage"/> announces.</summary>
    public static Guid? MessageIdOf(OutgoingMessage outgoing)
    {
        ArgumentNullException.ThrowIfNull(outgoing);
        if (outgoing.Kind != OutgoingMessageKind.SupporterMessage || !outgoing.DeduplicationKey.StartsWith(KeyPrefix, StringComparison.Ordinal)) return null;
        var id = outgoing.DeduplicationKey.AsSpan(KeyPrefix.Length);
        return id.Length >= 32 && Guid.TryParseExact(id[..32], "N", out var messageId) ? messageId : null;
    }
}
