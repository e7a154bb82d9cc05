namespace Plateforme.Search.Outbox;

/// <summary>
/// "This call changed, bring the index up to date": written in the same transaction as the change,
/// deleted once the indexer has applied it. Carries no state, so draining it twice is harmless.
/// </summary>
public sealed class IndexOutboxEntry
{
    public long Id { get; set; }
    public Guid CallId { get; set; }
    public DateTimeOffset EnqueuedAt { get; set; }
}
