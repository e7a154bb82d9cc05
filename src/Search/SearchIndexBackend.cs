namespace Plateforme.Search;

public enum SearchIndexBackend
{
    /// <summary>Lucene.Net in a local folder, written by this process only.</summary>
    Lucene,

    /// <summary>An Elasticsearch 8.x/9.x cluster ("Search:Index:Elasticsearch"), shared by every web node.</summary>
    Elasticsearch,
}
