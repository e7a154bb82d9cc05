namespace Plateforme.Search.Vocabulary;

/// <summary>
/// A term that may stand for what was typed, and how much a match on it weighs against a match on the typed
/// words: an acronym's spelled-out form says the same thing; a synonym is a little less sure.
/// </summary>
public sealed record VocabularyAlternative(string Text, VocabularyKind Kind)
{
    public float Weight => Kind == VocabularyKind.Acronym ? 0.9f : 0.3f;
}
