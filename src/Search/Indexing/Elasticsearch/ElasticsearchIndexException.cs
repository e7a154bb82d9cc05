namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>Elasticsearch refused or could not take a change; the outbox rows stay and are replayed.</summary>
public sealed class ElasticsearchIndexException : Exception
{
    public ElasticsearchIndexException()
    {
    }

    public ElasticsearchIndexException(string message)
        : base(message)
    {
    }

    public ElasticsearchIndexException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
