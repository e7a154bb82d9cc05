using System.Globalization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Transport;
using Microsoft.Extensions.Logging;

namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>
/// The alias and the concrete indexes behind it. Searches read the alias; writes go to the index the alias
/// points to, except during a rebuild: <see cref="BeginRebuild"/> creates a fresh index that receives the whole
/// catalogue while searches still read the old one, and <see cref="FinishRebuild"/> swaps the alias in one
/// atomic request, then drops the old index. Nobody ever searches an empty or half-built index.
/// </summary>
internal sealed partial class IndexLifecycle(ElasticsearchClient client, ElasticsearchIndexOptions options, ILogger logger)
{
    private readonly Lock _lock = new();
    private string? _current;
    private string? _building;

    public string Alias => options.Alias;

    /// <summary>Where writes go now: the index being built, or the one behind the alias.</summary>
    public string WriteTarget
    {
        get
        {
            lock (_lock)
            {
                return _building ?? EnsureReady();
            }
        }
    }

    public bool IsRebuilding
    {
        get
        {
            lock (_lock) return _building is not null;
        }
    }

    /// <summary>Puts the template and, on a new cluster, a first index behind the alias. Idempotent.</summary>
    public string EnsureReady()
    {
        lock (_lock)
        {
            if (_current is not null) return _current;
            PutTemplate();
            var existing = client.Indices.GetAlias(new GetAliasRequest(Names.Parse(Alias, CultureInfo.InvariantCulture)));
            var found = existing.IsValidResponse ? existing.Aliases?.Keys.FirstOrDefault() : null;
            if (found is null)
            {
                found = NewIndexName();
                Create(found);
                Check(client.Indices.UpdateAliases(new UpdateAliasesRequest
                {
                    Actions = [new IndexUpdateAliasesAction { Add = new AddAction { Index = found, Alias = Alias } }],
                }), "pointing the alias at the first index");
                LogCreated(found, Alias);
            }

            _current = found;
            return found;
        }
    }

    public void BeginRebuild()
    {
        lock (_lock)
        {
            EnsureReady();
            if (_building is not null) Drop(_building);
            _building = NewIndexName();
            Create(_building);
        }
    }

    /// <summary>Swaps the alias to the rebuilt index and drops the previous one.</summary>
    public void FinishRebuild()
    {
        lock (_lock)
        {
            if (_building is null) return;
            var previous = _current;
            var actions = new List<IndexUpdateAliasesAction>
            {
                new() { Add = new AddAction { Index = _building, Alias = Alias } },
            };
            if (previous is not null) actions.Add(new IndexUpdateAliasesAction { Remove = new RemoveAction { Index = previous, Alias = Alias } });
            Check(client.Indices.UpdateAliases(new UpdateAliasesRequest { Actions = actions }), "swapping the alias");
            _current = _building;
            _building = null;
            LogSwapped(Alias, _current, previous ?? "none");
            if (previous is not null) Drop(previous);
        }
    }

    private void PutTemplate()
    {
        var body = IndexTemplate.Build(options).ToJsonString();
        var response = client.Transport.Request<StringResponse>(Elastic.Transport.HttpMethod.PUT, "/_index_template/" + Uri.EscapeDataString(IndexTemplate.Name(Alias)), PostData.String(body));
        if (!response.ApiCallDetails.HasSuccessfulStatusCode)
        {
            throw new ElasticsearchIndexException($"Elasticsearch refused the index template ({response.ApiCallDetails.HttpStatusCode}): {response.Body}");
        }
    }

    private void Create(string index) =>
        Check(client.Indices.Create(new CreateIndexRequest(index)), $"creating the index {index}");

    private void Drop(string index)
    {
        var response = client.Indices.Delete(new DeleteIndexRequest(index));
        if (!response.IsValidResponse) LogDropFailed(index, response.DebugInformation);
    }

    /// <summary>The build's time, readable by an operator, and a random part: two builds in the same second never collide.</summary>
    private string NewIndexName() =>
        Alias + "-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    private static void Check(Elastic.Transport.Products.Elasticsearch.ElasticsearchResponse response, string what)
    {
        if (!response.IsValidResponse) throw new ElasticsearchIndexException($"Elasticsearch failed {what}: {response.ElasticsearchServerError?.Error?.Reason ?? response.ApiCallDetails.OriginalException?.Message ?? "no detail"}");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Elasticsearch index {Index} created behind the alias {Alias}")]
    private partial void LogCreated(string index, string alias);

    [LoggerMessage(Level = LogLevel.Information, Message = "Alias {Alias} now points at {Index} (was {Previous})")]
    private partial void LogSwapped(string alias, string index, string previous);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The old index {Index} could not be dropped: {Detail}")]
    private partial void LogDropFailed(string index, string detail);
}
