namespace Plateforme.Lending.Messages;

/// <summary>
/// A message to send, written in the same transaction as the change it reports (an outbox): the e-mail module
/// reads the unsent ones and marks them sent. The deduplication key keeps a clock run repeated from sending twice.
/// </summary>
public sealed class OutgoingMessage
{
    public Guid Id { get; init; }
    public OutgoingMessageKind Kind { get; init; }
    public MessageAudience Audience { get; init; }
    public string? RecipientUserId { get; init; }
    public Guid CampaignId { get; init; }
    public Guid? PledgeId { get; init; }
    public int? InstalmentNumber { get; init; }
    public long? AmountCents { get; init; }
    public required string DeduplicationKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Attempts that failed (the mail server refused it, or it could not be written); none once sent.</summary>
    public int FailedAttempts { get; set; }

    /// <summary>After a failure, not tried again before this moment (<see cref="SendRetries"/>).</summary>
    public DateTimeOffset? RetryAt { get; set; }

    /// <summary>Why the last attempt failed, for the operators.</summary>
    public string? LastError { get; set; }

    /// <summary>Set when the attempts ran out: the message is no longer tried and is listed as undelivered.</summary>
    public DateTimeOffset? GivenUpAt { get; set; }
}
