namespace Plateforme.Search.Vocabulary;

/// <summary>
/// An administrator's change to the shipped vocabulary, stored in the catalogue: either a group of terms added
/// (<see cref="Terms"/> written "a | b | c"), or a shipped group switched off (<see cref="DisabledKey"/>, the
/// key of that group). Shipped groups are never edited in place, so an upgrade of the table reaches everyone.
/// </summary>
public sealed class VocabularyOverride
{
    public Guid Id { get; set; }
    public VocabularyKind Kind { get; set; }

    /// <summary>The added group's terms, "a | b | c"; empty for a switched-off group.</summary>
    public string Terms { get; set; } = string.Empty;

    /// <summary>The key of the shipped group switched off (<see cref="VocabularyGroup.Key"/>); null for an added group.</summary>
    public string? DisabledKey { get; set; }

    /// <summary>E-mail of the administrator who made the change.</summary>
    public string ChangedBy { get; set; } = string.Empty;

    public DateTimeOffset ChangedAt { get; set; }

    public bool IsDisabling => DisabledKey is not null;

    public VocabularyGroup? ToGroup() => IsDisabling ? null : VocabularyGroup.Parse(Kind, Terms);
}
