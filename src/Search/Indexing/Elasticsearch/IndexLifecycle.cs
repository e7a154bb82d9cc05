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
    private string? _currentLayout;

    public string Alias => options.Alias;

    /// <summary>
    /// Where writes go now: the index being built, or the alias itself. Naming the alias, not the index found
    /// behind it at start, follows a rebuild made by another process (another node, the rebuild-index command):
    /// writes to the index it dropped would otherwise create an orphan index the alias never shows.
    /// </summary>
    public string WriteTarget
    {
        get
        {
            lock (_lock)
            {
                EnsureReady();
                return _building ?? Alias;
            }
        }
    }

    /// <summary>
    /// The layout of the index behind the alias when it is not this version's (null when it is): recorded in its
    /// mapping by <see cref="IndexTemplate"/>, "none" for an index created before layouts were recorded.
    /// </summary>
    public string? OutdatedLayout
    {
        get
        {
            lock (_lock)
            {
                EnsureReady();
                return _currentLayout == IndexTemplate.LayoutVersion ? null : _currentLayout ?? "none";
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
            var found = BehindAlias().FirstOrDefault();
            if (found is null)
            {
                found = NewIndexName();
                Create(found);
                Check(client.Indices.UpdateAliases(new UpdateAliasesRequest
                {
                    Actions = [new IndexUpdateAliasesAction { Add = new AddAction { Index = found, Alias = Alias } }],
                }), "pointing the alias at the first index");
                LogCreated(found, Alias);
                _currentLayout = IndexTemplate.LayoutVersion;
            }
            else
            {
                _currentLayout = StoredLayout(found);
                if (_currentLayout != IndexTemplate.LayoutVersion) LogOutdated(found, _currentLayout ?? "none", IndexTemplate.LayoutVersion);
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
            // Read again: another process may have swapped the alias since this one looked at start.
            var previous = BehindAlias();
            var actions = new List<IndexUpdateAliasesAction>
            {
                new() { Add = new AddAction { Index = _building, Alias = Alias } },
            };
            actions.AddRange(previous.Select(index => new IndexUpdateAliasesAction { Remove = new RemoveAction { Index = index, Alias = Alias } }));
            Check(client.Indices.UpdateAliases(new UpdateAliasesRequest { Actions = actions }), "swapping the alias");
            _current = _building;
            _currentLayout = IndexTemplate.LayoutVersion;
            _building = null;
            LogSwapped(Alias, _current, previous.Count > 0 ? string.Join(", ", previous) : "none");
            foreach (var index in previous) Drop(index);
        }
    }

    /// <summary>The indexes the alias points to now (one, but whatever a hand-made change left is taken too).</summary>
    private List<string> BehindAlias()
    {
        var existing = client.Indices.GetAlias(new GetAliasRequest(Names.Parse(Alias, CultureInfo.InvariantCulture)));
        return existing.IsValidResponse && existing.Aliases is { } aliases ? [.. aliases.Keys.Order(StringComparer.Ordinal)] : [];
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

    /// <summary>
    /// The layout an index records in its mapping, read with a response filter so that only the <c>_meta</c> comes
    /// back. An answer that cannot be read counts as this version's: a passing error must not start a rebuild.
    /// </summary>
    private string? StoredLayout(string index)
    {
        var response = client.Transport.Request<StringResponse>(Elastic.Transport.HttpMethod.GET,
            "/" + Uri.EscapeDataString(index) + "/_mapping?filter_path=*.mappings._meta");
        if (!response.ApiCallDetails.HasSuccessfulStatusCode) return IndexTemplate.LayoutVersion;
        try
        {
            var layout = System.Text.Json.Nodes.JsonNode.Parse(response.Body)?[index]?["mappings"]?["_meta"]?[IndexTemplate.LayoutKey];
            return layout?.GetValue<string>();
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return IndexTemplate.LayoutVersion;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index {Index} behind the alias was created in layout {Stored}, this version writes layout {Expected}: it must be rebuilt")]
    private partial void LogOutdated(string index, string stored, string expected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The old index {Index} could not be dropped: {Detail}")]
    private partial void LogDropFailed(string index, string detail);
}
