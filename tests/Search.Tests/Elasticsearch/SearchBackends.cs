using Elastic.Transport;
using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Search.Indexing;
using Plateforme.Search.Indexing.Elasticsearch;
using Plateforme.Search.Tests.Lucene;
using Plateforme.Search.Vocabulary;

namespace Plateforme.Search.Tests.Elasticsearch;

/// <summary>
/// The backends the behavioural suite runs on: Lucene always; a live Elasticsearch cluster too when
/// ELASTICSEARCH_URL is set (with ELASTICSEARCH_API_KEY, or ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD,
/// and ELASTICSEARCH_CA for a private certificate authority). Without it, no Elasticsearch case exists at all.
/// Each test gets its own alias on the cluster, removed afterwards with its indexes and template.
/// </summary>
public static class SearchBackends
{
    public const string Lucene = "lucene";
    public const string Elasticsearch = "elasticsearch";

    public static string? ClusterUrl => Environment.GetEnvironmentVariable("ELASTICSEARCH_URL") is { Length: > 0 } url ? url : null;

    public static TheoryData<string> All()
    {
        var backends = new TheoryData<string> { Lucene };
        if (ClusterUrl is not null) backends.Add(Elasticsearch);
        return backends;
    }

    internal static async Task<BackendIndex> OpenAsync(string backend, params CallDocument[] calls)
    {
        ISearchIndex index;
        Action cleanup;
        if (backend == Lucene)
        {
            index = TestIndex.InMemory();
            cleanup = () => { };
        }
        else
        {
            var options = new ElasticsearchIndexOptions
            {
                Url = ClusterUrl!,
                Alias = "plateforme-test-" + Guid.NewGuid().ToString("N")[..10],
                ApiKey = Environment.GetEnvironmentVariable("ELASTICSEARCH_API_KEY"),
                Username = Environment.GetEnvironmentVariable("ELASTICSEARCH_USERNAME"),
                Password = Environment.GetEnvironmentVariable("ELASTICSEARCH_PASSWORD"),
                CaCertificatePath = Environment.GetEnvironmentVariable("ELASTICSEARCH_CA"),
                Replicas = 0,
            };
            index = new ElasticsearchSearchIndex(options, NullLogger<ElasticsearchSearchIndex>.Instance, new SearchVocabularyProvider());
            cleanup = () => Remove(options);
        }

        if (calls.Length > 0) await index.UpsertAsync(calls);
        await index.CommitAsync();
        return new BackendIndex(index, cleanup);
    }

    private static void Remove(ElasticsearchIndexOptions options)
    {
        var client = ElasticsearchClientFactory.Create(options);
        client.Indices.Delete(new Elastic.Clients.Elasticsearch.IndexManagement.DeleteIndexRequest(options.Alias + "-*"));
        client.Transport.Request<StringResponse>(Elastic.Transport.HttpMethod.DELETE, "/_index_template/" + options.Alias);
    }
}

/// <summary>An index of one backend, and what removes it from its cluster.</summary>
internal sealed class BackendIndex(ISearchIndex index, Action cleanup) : IDisposable
{
    public ISearchIndex Index { get; } = index;

    public void Dispose()
    {
        Index.Dispose();
        cleanup();
    }
}
