using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Messages;

/// <summary>Adds outgoing messages to the current unit of work, once per deduplication key.</summary>
internal static class MessageOutbox
{
    public static async Task AddAsync(
        LendingDbContext db, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (db.OutgoingMessages.Local.Any(m => m.DeduplicationKey == message.DeduplicationKey)) return;
        if (await db.OutgoingMessages.AnyAsync(m => m.DeduplicationKey == message.DeduplicationKey, cancellationToken)) return;
        db.OutgoingMessages.Add(message);
    }

    public static OutgoingMessage ToUser(OutgoingMessageKind kind, string userId, Guid campaignId, string key, DateTimeOffset now, Guid? pledgeId = null, long? amount = null, int? instalment = null) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            Kind = kind,
            Audience = MessageAudience.User,
            RecipientUserId = userId,
            CampaignId = campaignId,
            PledgeId = pledgeId,
            AmountCents = amount,
            InstalmentNumber = instalment,
            DeduplicationKey = key,
            CreatedAt = now,
        };

    public static OutgoingMessage ToModerators(OutgoingMessageKind kind, Guid campaignId, string key, DateTimeOffset now, int? instalment = null) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            Kind = kind,
            Audience = MessageAudience.Moderators,
            CampaignId = campaignId,
            InstalmentNumber = instalment,
            DeduplicationKey = key,
            CreatedAt = now,
        };
}
