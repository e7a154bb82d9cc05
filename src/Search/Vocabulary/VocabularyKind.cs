namespace Plateforme.Search.Vocabulary;

/// <summary>What a group of the field's vocabulary says: an acronym and its spelled-out forms, or words that mean the same.</summary>
public enum VocabularyKind
{
    Acronym,
    Synonyms,
}
