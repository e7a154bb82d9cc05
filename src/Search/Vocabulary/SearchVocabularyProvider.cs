namespace Plateforme.Search.Vocabulary;

/// <summary>
/// The vocabulary every search reads, swapped whole when administrators change it: a search sees either the
/// old vocabulary or the new one, never half of each.
/// </summary>
public sealed class SearchVocabularyProvider(SearchVocabulary initial)
{
    private SearchVocabulary _current = initial ?? throw new ArgumentNullException(nameof(initial));

    public SearchVocabularyProvider()
        : this(SearchVocabulary.Default)
    {
    }

    public SearchVocabulary Current => Volatile.Read(ref _current);

    public void Replace(SearchVocabulary vocabulary) => Volatile.Write(ref _current, vocabulary ?? throw new ArgumentNullException(nameof(vocabulary)));
}
