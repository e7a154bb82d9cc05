namespace Plateforme.Accounts.Mail;

/// <summary>A message to one person, with a plain-text part and an HTML part saying the same thing.</summary>
public sealed record OutgoingMail(string To, string Subject, string Text, string Html)
{
    /// <summary>
    /// A stable Message-ID ("digest-…@plateforme") for a message that may be sent again after a crash: the pickup
    /// folder then replaces the earlier file instead of adding a second one. Null: a fresh id each time.
    /// </summary>
    public string? MessageId { get; init; }

    /// <summary>Extra headers (List-Unsubscribe, List-Unsubscribe-Post), by name.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
