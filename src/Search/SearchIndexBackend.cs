namespace Plateforme.Search;

public enum SearchIndexBackend
{
    /// <summary>Lucene.Net in a local folder, written by this process only.</summary>
    Lucene,
}
