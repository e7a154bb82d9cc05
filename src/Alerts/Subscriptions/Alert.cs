namespace Plateforme.Alerts.Subscriptions;

/// <summary>
/// A saved search and an e-mail address that asked to hear of the calls new since the last digest.
/// Unsubscribing deletes the alert (and its digests): nothing about the person is kept.
/// </summary>
public sealed class Alert
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Lower-cased address the digests go to.</summary>
    public required string Email { get; set; }

    /// <summary>The account that made it while signed in; alerts made with an account's address show there too.</summary>
    public Guid? UserId { get; set; }

    /// <summary>The search as a query string ("?q=…&amp;theme=…"), canonical: no sort, no paging.</summary>
    public required string Query { get; set; }

    /// <summary>The search in French words, as the alert was made ("insertion · Somme · Association").</summary>
    public required string Description { get; set; }

    public AlertFrequency Frequency { get; set; }
    public AlertState State { get; set; } = AlertState.Pending;

    /// <summary>
    /// The configured public address when the alert was made, kept for the record only: the links of its e-mails are
    /// built on today's <c>Site:PublicAddress</c>, never on this (alerts made before it existed stored the request's host).
    /// </summary>
    public required string SiteUrl { get; set; }

    /// <summary>SHA-256 of the confirmation token; null once confirmed.</summary>
    public string? ConfirmationTokenHash { get; set; }

    /// <summary>The unsubscribe token written in every e-mail (it only allows deleting this alert).</summary>
    public required string UnsubscribeToken { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }

    /// <summary>When the alert was confirmed or last resumed: no digest holds a call published before.</summary>
    public DateTimeOffset? ActiveSince { get; set; }

    /// <summary>
    /// The instant the last digest was composed at (or the confirmation, or the resumption): the next digest looks
    /// for calls published after it, with an overlap for late indexing (delivered calls are excluded by id).
    /// </summary>
    public DateTimeOffset? Watermark { get; set; }

    /// <summary>The Paris day of the last composition (or of the confirmation): at most one digest a day.</summary>
    public DateOnly? LastDigestOn { get; set; }

    /// <summary>Optimistic concurrency: two composers never both advance the same alert.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}
