using Plateforme.Search.Indexing;

namespace Plateforme.Search.Vocabulary;

/// <summary>A search backend that can run a query with a vocabulary other than the one in force: the administrators' preview.</summary>
public interface IVocabularySearch
{
    SearchResult Search(SearchQuery query, SearchVocabulary vocabulary);
}
