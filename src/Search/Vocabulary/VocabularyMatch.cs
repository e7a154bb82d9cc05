namespace Plateforme.Search.Vocabulary;

/// <summary>
/// Words of a query that spell a term of the vocabulary: <see cref="Count"/> words from <see cref="Start"/>
/// (small words in between included), and the other terms that may stand for them.
/// </summary>
public sealed record VocabularyMatch(int Start, int Count, string Term, IReadOnlyList<VocabularyAlternative> Alternatives);
