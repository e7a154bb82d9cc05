using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Tests.Elasticsearch;

/// <summary>
/// A _search answer as an Elasticsearch 9 node writes it with typed_keys (which the client always asks for):
/// "filter#facet_theme", "sterms#values", "filters#statuses", "term#spelling"; each hit's source holds the card
/// exactly as the client indexed it.
/// </summary>
internal sealed class RecordedSearch
{
    private static readonly ElasticsearchClient Serializer = new(new ElasticsearchClientSettings(new Uri("http://127.0.0.1:9")));

    private readonly JsonArray _hits = [];
    private readonly JsonObject _aggregations = [];
    private JsonObject? _suggest;

    public RecordedSearch(long total) => Total = total;

    public long Total { get; }

    public RecordedSearch Hit(CallDocument call, double score, string? summaryHighlight = null, string? descriptionHighlight = null)
    {
        var hit = new JsonObject
        {
            ["_index"] = RecordedCluster.Index,
            ["_id"] = call.Id.ToString("N"),
            ["_score"] = score,
            ["_source"] = new JsonObject { ["card"] = Card(call) },
        };
        var highlight = new JsonObject();
        if (summaryHighlight is not null) highlight["summary"] = new JsonArray(summaryHighlight);
        if (descriptionHighlight is not null) highlight["description"] = new JsonArray(descriptionHighlight);
        if (highlight.Count > 0) hit["highlight"] = highlight;
        hit["sort"] = new JsonArray(score, 1);
        _hits.Add(hit);
        return this;
    }

    /// <summary>A dimension's drill-sideways count: its filter aggregation and the terms inside.</summary>
    public RecordedSearch Facet(string dimension, params (string Value, string Label, int Count)[] buckets)
    {
        _aggregations["filter#facet_" + dimension] = new JsonObject
        {
            ["doc_count"] = buckets.Sum(bucket => bucket.Count),
            ["sterms#values"] = new JsonObject
            {
                ["doc_count_error_upper_bound"] = 0,
                ["sum_other_doc_count"] = 0,
                ["buckets"] = new JsonArray([.. buckets.Select(bucket => (JsonNode)new JsonObject
                {
                    ["key"] = bucket.Value + "\u001f" + bucket.Label,
                    ["doc_count"] = bucket.Count,
                })]),
            },
        };
        return this;
    }

    /// <summary>The status counts, in the order the four anonymous filters were asked.</summary>
    public RecordedSearch Statuses(int upcoming, int open, int closingSoon, int closed)
    {
        _aggregations["filter#facet_status"] = new JsonObject
        {
            ["doc_count"] = upcoming + open + closed,
            ["filters#statuses"] = new JsonObject
            {
                ["buckets"] = new JsonArray(
                    new JsonObject { ["doc_count"] = upcoming },
                    new JsonObject { ["doc_count"] = open },
                    new JsonObject { ["doc_count"] = closingSoon },
                    new JsonObject { ["doc_count"] = closed }),
            },
        };
        return this;
    }

    /// <summary>The term suggester's entry for one word: options only for a word the index does not hold.</summary>
    public RecordedSearch Spelling(string word, int offset, params (string Text, double Score, int Freq)[] options)
    {
        _suggest ??= new JsonObject { ["term#spelling"] = new JsonArray() };
        _suggest["term#spelling"]!.AsArray().Add(new JsonObject
        {
            ["text"] = word.ToLowerInvariant(),
            ["offset"] = offset,
            ["length"] = word.Length,
            ["options"] = new JsonArray([.. options.Select(option => (JsonNode)new JsonObject { ["text"] = option.Text, ["score"] = option.Score, ["freq"] = option.Freq })]),
        });
        return this;
    }

    public string Json()
    {
        var body = new JsonObject
        {
            ["took"] = 4,
            ["timed_out"] = false,
            ["_shards"] = new JsonObject { ["total"] = 1, ["successful"] = 1, ["skipped"] = 0, ["failed"] = 0 },
            ["hits"] = new JsonObject
            {
                ["total"] = new JsonObject { ["value"] = Total, ["relation"] = "eq" },
                ["max_score"] = null,
                ["hits"] = _hits.DeepClone(),
            },
        };
        if (_aggregations.Count > 0) body["aggregations"] = _aggregations.DeepClone();
        if (_suggest is not null) body["suggest"] = _suggest.DeepClone();
        return body.ToJsonString();
    }

    private static JsonNode Card(CallDocument call)
    {
        using var stream = new MemoryStream();
        Serializer.SourceSerializer.Serialize(call, stream);
        return JsonNode.Parse(stream.ToArray())!;
    }
}
