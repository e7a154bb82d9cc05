using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Microsoft.Extensions.Logging;

namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>
/// Sends index and delete operations in bulk requests. A request refused as a whole (429 back-pressure, 5xx, a
/// node that went away) is sent again after a pause that doubles; inside an accepted request, only the items that
/// failed are sent again, and an item still failing after <see cref="ElasticsearchIndexOptions.MaxBulkAttempts"/>
/// makes the whole batch throw (pauses run on real time, whatever the application's clock), so the outbox keeps its rows: nothing is dropped in silence. Deleting a call the
/// index does not hold (404) is success.
/// </summary>
internal sealed partial class BulkWriter(ElasticsearchClient client, ElasticsearchIndexOptions options, ILogger logger)
{
    /// <summary>Operations per request: a few megabytes of calls at most.</summary>
    public const int MaxOperations = 500;

    public async Task WriteAsync(string index, IReadOnlyList<BulkItem> items, CancellationToken cancellationToken)
    {
        for (var start = 0; start < items.Count; start += MaxOperations)
        {
            await WriteChunkAsync(index, items.Skip(start).Take(MaxOperations).ToList(), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteChunkAsync(string index, List<BulkItem> pending, CancellationToken cancellationToken)
    {
        var attempt = 0;
        string? lastProblem = null;
        while (pending.Count > 0)
        {
            if (++attempt > Math.Max(1, options.MaxBulkAttempts))
            {
                throw new ElasticsearchIndexException(
                    $"{pending.Count} operation(s) still failing after {options.MaxBulkAttempts} attempts ({lastProblem}); they stay in the outbox.");
            }

            if (attempt > 1) await Task.Delay(BackOff(attempt - 1), cancellationToken).ConfigureAwait(false);
            var operations = new BulkOperationsCollection();
            operations.AddRange(pending.Select(item => item.ToOperation()));
            var request = new BulkRequest(index) { Operations = operations };
            BulkResponse response;
            try
            {
                response = await client.BulkAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                lastProblem = exception.Message;
                LogRequestFailed(attempt, lastProblem);
                continue;
            }

            var status = response.ApiCallDetails.HttpStatusCode;
            if (response.Items is null || response.Items.Count != pending.Count || (!response.IsValidResponse && status is null or 429 or >= 500))
            {
                lastProblem = status is null ? response.ApiCallDetails.OriginalException?.Message ?? "no answer" : $"HTTP {status}";
                LogRequestFailed(attempt, lastProblem);
                continue;
            }

            // Items come back in the order they were sent.
            var failed = new List<BulkItem>();
            var i = 0;
            foreach (var item in response.Items)
            {
                var sent = pending[i++];
                if (Succeeded(sent, item)) continue;
                failed.Add(sent);
                lastProblem = $"{item.Status} {item.Error?.Type}: {item.Error?.Reason}";
                LogItemFailed(sent.Id, item.Status, item.Error?.Type ?? "", item.Error?.Reason ?? "");
            }

            pending = failed;
        }
    }

    private static bool Succeeded(BulkItem sent, ResponseItem item) =>
        item.Status is >= 200 and < 300 || (sent.Document is null && item.Status == 404);

    /// <summary>0.5 s, 1 s, 2 s… at most 30 s.</summary>
    private TimeSpan BackOff(int retry) =>
        TimeSpan.FromMilliseconds(Math.Min(30_000, options.BulkBackOff.TotalMilliseconds * Math.Pow(2, Math.Min(retry - 1, 10))));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Elasticsearch bulk request failed (attempt {Attempt}): {Problem}")]
    private partial void LogRequestFailed(int attempt, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Elasticsearch refused call {Id}: {Status} {Type} {Reason}; it is sent again")]
    private partial void LogItemFailed(string id, int status, string type, string reason);
}

/// <summary>One operation of a bulk request: index a call (with its document) or delete one (without).</summary>
internal sealed record BulkItem(string Id, EsCallDocument? Document)
{
    public IBulkOperation ToOperation() => Document is null
        ? new BulkDeleteOperation(Id)
        : new BulkIndexOperation<EsCallDocument>(Document) { Id = Id };
}
