using System.Text.Json.Nodes;
using Plateforme.Search.Indexing;
using Plateforme.Search.Indexing.Elasticsearch;
using Plateforme.Search.Tests.Lucene;
using WireMock.ResponseBuilders;

namespace Plateforme.Search.Tests.Elasticsearch;

/// <summary>
/// Bulk indexing against recorded answers: partial failures (an item refused with 429 among accepted ones), a
/// request refused whole, a node going away mid-request, and an item refused for good. A refused item is sent
/// again, alone; one that never passes makes the batch fail, so the outbox keeps its row.
/// </summary>
public class BulkContractTests : IDisposable
{
    private const string BulkPath = "/" + RecordedCluster.Alias + "/_bulk";

    private static readonly CallDocument First = CallBuilder.Call("Aide à l'emploi associatif").WithId(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")).Theme("emploi", "Emploi");
    private static readonly CallDocument Second = CallBuilder.Call("Fonds de soutien à la vie associative").WithId(Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"));

    private readonly RecordedCluster _cluster = new();

    [Fact]
    public async Task Each_call_is_sent_as_an_index_operation_with_its_id_values_and_card()
    {
        _cluster.Stub("POST", BulkPath, 200, Accepted(Created(First), Created(Second)));
        using var index = _cluster.Open();

        await index.UpsertAsync([First, Second]);

        var lines = Lines(_cluster.Bodies("POST", BulkPath).Single());
        Assert.Equal(4, lines.Count);
        Assert.Equal(First.Id.ToString("N"), lines[0]["index"]!["_id"]!.GetValue<string>());
        var source = lines[1];
        Assert.Equal("Aide à l'emploi associatif", source["title"]!.GetValue<string>());
        Assert.Equal("emploi", source["v_theme"]![0]!.GetValue<string>());
        Assert.Equal("emploi\u001fEmploi", source["facet_theme"]![0]!.GetValue<string>());
        Assert.Equal(["nat:FR"], source["territory_path"]!.AsArray().Select(node => node!.GetValue<string>()));
        Assert.Null(source["v_beneficiary"]);
        Assert.NotNull(source["card"]);
    }

    [Fact]
    public async Task An_item_refused_with_429_is_sent_again_alone_after_a_pause()
    {
        _cluster.StubSequence(
            "POST",
            BulkPath,
            () => RecordedCluster.Json(200, Partial(Created(First), Rejected(Second))),
            () => RecordedCluster.Json(200, Accepted(Created(Second))));
        using var index = _cluster.Open();

        await index.UpsertAsync([First, Second]);

        var bodies = _cluster.Bodies("POST", BulkPath);
        Assert.Equal(2, bodies.Count);
        var retried = Lines(bodies[1]);
        Assert.Equal(2, retried.Count);
        Assert.Equal(Second.Id.ToString("N"), retried[0]["index"]!["_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_request_refused_whole_with_429_waits_and_is_sent_again()
    {
        _cluster.StubSequence(
            "POST",
            BulkPath,
            () => RecordedCluster.Json(429, """{"error":{"root_cause":[{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, coordinating_operation_bytes=2048, max_coordinating_and_primary_bytes=0]"}],"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"},"status":429}"""),
            () => RecordedCluster.Json(200, Accepted(Created(First))));
        using var index = _cluster.Open();

        await index.UpsertAsync([First]);

        Assert.Equal(2, _cluster.Bodies("POST", BulkPath).Count);
    }

    [Fact]
    public async Task A_node_that_goes_away_mid_request_is_retried()
    {
        _cluster.StubSequence(
            "POST",
            BulkPath,
            () => Response.Create().WithFault(FaultType.EMPTY_RESPONSE),
            () => RecordedCluster.Json(200, Accepted(Created(First), Created(Second))));
        using var index = _cluster.Open();

        await index.UpsertAsync([First, Second]);

        Assert.Equal(2, _cluster.Bodies("POST", BulkPath).Count);
    }

    [Fact]
    public async Task An_item_refused_for_good_fails_the_batch_instead_of_being_dropped()
    {
        _cluster.StubSequence(
            "POST",
            BulkPath,
            () => RecordedCluster.Json(200, Partial(Created(First), MapperError(Second))),
            () => RecordedCluster.Json(200, Partial(MapperError(Second))));
        using var index = _cluster.Open();

        var failure = await Assert.ThrowsAsync<ElasticsearchIndexException>(() => index.UpsertAsync([First, Second]));

        Assert.True(failure.Message.Contains("document_parsing_exception", StringComparison.Ordinal), failure.Message);
        var bodies = _cluster.Bodies("POST", BulkPath);
        Assert.Equal(_cluster.Options.MaxBulkAttempts, bodies.Count);
        Assert.All(bodies.Skip(1), body => Assert.Equal(Second.Id.ToString("N"), Assert.Single(Lines(body), line => line["index"] is not null)["index"]!["_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Deleting_a_call_the_index_does_not_hold_is_no_failure()
    {
        _cluster.Stub("POST", BulkPath, 200, """
            {"errors":false,"took":3,"items":[{"delete":{"_index":"@INDEX","_id":"@FIRST","_version":1,"result":"not_found","_shards":{"total":2,"successful":1,"failed":0},"_seq_no":4,"_primary_term":1,"status":404}}]}
            """.Replace("@INDEX", RecordedCluster.Index, StringComparison.Ordinal).Replace("@FIRST", First.Id.ToString("N"), StringComparison.Ordinal));
        using var index = _cluster.Open();

        await index.DeleteAsync([First.Id]);

        var lines = Lines(_cluster.Bodies("POST", BulkPath).Single());
        Assert.Equal(First.Id.ToString("N"), Assert.Single(lines)["delete"]!["_id"]!.GetValue<string>());
    }

    public void Dispose() => _cluster.Dispose();

    internal static string Created(CallDocument call) => """
        {"index":{"_index":"@INDEX","_id":"@ID","_version":1,"result":"created","_shards":{"total":2,"successful":1,"failed":0},"_seq_no":0,"_primary_term":1,"status":201}}
        """.Replace("@INDEX", RecordedCluster.Index, StringComparison.Ordinal).Replace("@ID", call.Id.ToString("N"), StringComparison.Ordinal);

    private static string Rejected(CallDocument call) => """
        {"index":{"_index":"@INDEX","_id":"@ID","status":429,"error":{"type":"es_rejected_execution_exception","reason":"rejected execution of primary operation [shard_detail=[@INDEX][0][P], shard_primary_bytes=0, shard_replica_bytes=0] on EsThreadPoolExecutor[name = node-1/write, queue capacity = 10000]"}}}
        """.Replace("@INDEX", RecordedCluster.Index, StringComparison.Ordinal).Replace("@ID", call.Id.ToString("N"), StringComparison.Ordinal);

    private static string MapperError(CallDocument call) => """
        {"index":{"_index":"@INDEX","_id":"@ID","status":400,"error":{"type":"document_parsing_exception","reason":"[1:412] failed to parse field [min_amount] of type [long] in document with id '@ID'. Preview of field's value: 'abc'","caused_by":{"type":"illegal_argument_exception","reason":"For input string: \"abc\""}}}}
        """.Replace("@INDEX", RecordedCluster.Index, StringComparison.Ordinal).Replace("@ID", call.Id.ToString("N"), StringComparison.Ordinal);

    internal static string Accepted(params string[] items) => """{"errors":false,"took":7,"items":[@ITEMS]}""".Replace("@ITEMS", string.Join(",", items), StringComparison.Ordinal);

    private static string Partial(params string[] items) => """{"errors":true,"took":9,"items":[@ITEMS]}""".Replace("@ITEMS", string.Join(",", items), StringComparison.Ordinal);

    private static List<JsonObject> Lines(string ndjson) =>
        [.. ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject())];
}
