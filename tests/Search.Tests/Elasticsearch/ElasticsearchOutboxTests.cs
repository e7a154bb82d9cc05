using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Data;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;
using Plateforme.Search.Outbox;
using Plateforme.Search.Reference;
using Plateforme.Search.Tests.Lucene;
using Plateforme.Search.Tests.Store;
using WireMock.Matchers;
using WireMock.RequestBuilders;

namespace Plateforme.Search.Tests.Elasticsearch;

/// <summary>
/// The outbox and the rebuild, unchanged, on the Elasticsearch backend (a real SQLite catalogue, the node stood
/// in for on loopback): a call the cluster keeps refusing stays in the outbox until it is taken; a rebuild fills
/// a new index while searches read the old one, then swaps the alias and drops the old index.
/// </summary>
public sealed class ElasticsearchOutboxTests : CatalogueTestBase, IDisposable
{
    private const string BulkPath = "/" + RecordedCluster.Alias + "/_bulk";

    private readonly RecordedCluster _cluster = new();
    private readonly IndexWriteLock _writeLock = new();

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    [Fact]
    public async Task A_call_the_cluster_refuses_stays_in_the_outbox_until_it_is_taken()
    {
        await MigrateAsync();
        var call = TestCalls.Published("refusee");
        await SaveAsync(call);
        var refused = CallBuilder.Call("x").WithId(call.Id).Build();
        _cluster.Server.Given(Request.Create().WithPath(BulkPath).UsingPost()).AtPriority(10).RespondWith(RecordedCluster.Json(200, """{"errors":true,"took":3,"items":[{"index":{"_index":"INDEX","_id":"ID","status":400,"error":{"type":"document_parsing_exception","reason":"[1:2] failed to parse"}}}]}"""
            .Replace("INDEX", RecordedCluster.Index, StringComparison.Ordinal).Replace("ID", call.Id.ToString("N"), StringComparison.Ordinal)));
        using var index = _cluster.Open();
        var drainer = new OutboxDrainer(Contexts(), index, Documents(), _writeLock, NullLogger<OutboxDrainer>.Instance);

        await Assert.ThrowsAsync<Plateforme.Search.Indexing.Elasticsearch.ElasticsearchIndexException>(() => drainer.DrainAsync());
        Assert.Equal([call.Id], await OutboxCallIdsAsync());

        // The node takes it now (a lower number wins in WireMock).
        _cluster.Server.Given(Request.Create().WithPath(BulkPath).UsingPost()).AtPriority(1)
            .RespondWith(RecordedCluster.Json(200, BulkContractTests.Accepted(BulkContractTests.Created(refused))));
        await drainer.DrainAsync();

        Assert.Empty(await OutboxCallIdsAsync());
        Assert.Contains($"POST /{RecordedCluster.Alias}/_refresh", _cluster.Paths());
    }

    [Fact]
    public async Task A_rebuild_fills_a_new_index_then_swaps_the_alias_and_drops_the_old_one()
    {
        await MigrateAsync();
        var call = TestCalls.Published("reconstruite");
        await SaveAsync(call);
        var built = CallBuilder.Call("x").WithId(call.Id).Build();
        var fresh = new WildcardMatcher("/plateforme-calls-*");
        _cluster.Server.Given(Request.Create().WithPath(fresh).UsingPut()).RespondWith(RecordedCluster.Json(200, """{"acknowledged":true,"shards_acknowledged":true,"index":"new"}"""));
        _cluster.Server.Given(Request.Create().WithPath(new WildcardMatcher("/plateforme-calls-*/_bulk")).UsingPost()).RespondWith(RecordedCluster.Json(200, BulkContractTests.Accepted(BulkContractTests.Created(built))));
        _cluster.Server.Given(Request.Create().WithPath(new WildcardMatcher("/plateforme-calls-*/_refresh")).UsingPost()).RespondWith(RecordedCluster.Json(200, """{"_shards":{"total":1,"successful":1,"failed":0}}"""));
        _cluster.Stub("POST", "/_aliases", 200, """{"acknowledged":true}""");
        _cluster.Stub("DELETE", "/" + RecordedCluster.Index, 200, """{"acknowledged":true}""");
        using var index = _cluster.Open();
        var rebuilder = new IndexRebuilder(Contexts(), index, Documents(), _writeLock, NullLogger<IndexRebuilder>.Instance);

        Assert.Equal(1, await rebuilder.RebuildAsync());

        var paths = _cluster.Paths();
        var created = paths.Single(path => path.StartsWith("PUT /plateforme-calls-", StringComparison.Ordinal))["PUT ".Length..];
        Assert.NotEqual("/" + RecordedCluster.Index, created);
        var order = new[] { "PUT " + created, "POST " + created + "/_bulk", "POST " + created + "/_refresh", "POST /_aliases", "DELETE /" + RecordedCluster.Index }
            .Select(path => paths.IndexOf(path)).ToArray();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        var actions = _cluster.LastJson("POST", "/_aliases")["actions"]!.AsArray();
        Assert.Equal(created[1..], actions[0]!["add"]!["index"]!.GetValue<string>());
        Assert.Equal(RecordedCluster.Index, actions[1]!["remove"]!["index"]!.GetValue<string>());
        Assert.DoesNotContain($"POST {BulkPath}", paths);
    }

    [Fact]
    public async Task After_an_upgrade_of_the_layout_the_start_builds_a_new_index_and_swaps_the_alias_to_it()
    {
        await MigrateAsync();
        var call = TestCalls.Published("mise-a-niveau");
        await SaveAsync(call);
        var built = CallBuilder.Call("x").WithId(call.Id).Build();
        _cluster.StubLayout("0");
        _cluster.Server.Given(Request.Create().WithPath(new WildcardMatcher("/plateforme-calls-*")).UsingPut()).RespondWith(RecordedCluster.Json(200, """{"acknowledged":true,"shards_acknowledged":true,"index":"new"}"""));
        _cluster.Server.Given(Request.Create().WithPath(new WildcardMatcher("/plateforme-calls-*/_bulk")).UsingPost()).RespondWith(RecordedCluster.Json(200, BulkContractTests.Accepted(BulkContractTests.Created(built))));
        _cluster.Server.Given(Request.Create().WithPath(new WildcardMatcher("/plateforme-calls-*/_refresh")).UsingPost()).RespondWith(RecordedCluster.Json(200, """{"_shards":{"total":1,"successful":1,"failed":0}}"""));
        _cluster.Stub("POST", "/_aliases", 200, """{"acknowledged":true}""");
        _cluster.Stub("DELETE", "/" + RecordedCluster.Index, 200, """{"acknowledged":true}""");
        using var index = _cluster.Open();
        var drainer = new OutboxDrainer(Contexts(), index, Documents(), _writeLock, NullLogger<OutboxDrainer>.Instance);
        var rebuilder = new IndexRebuilder(Contexts(), index, Documents(), _writeLock, NullLogger<IndexRebuilder>.Instance);
        var check = new IndexStartupCheck(Contexts(), index, drainer, rebuilder, NullLogger<IndexStartupCheck>.Instance);
        Assert.Equal("0", index.OutdatedLayout);

        Assert.True(await check.RunAsync());

        var created = _cluster.Paths().Single(path => path.StartsWith("PUT /plateforme-calls-", StringComparison.Ordinal))["PUT /".Length..];
        var actions = _cluster.LastJson("POST", "/_aliases")["actions"]!.AsArray();
        Assert.Equal(created, actions[0]!["add"]!["index"]!.GetValue<string>());
        Assert.Equal(RecordedCluster.Index, actions[1]!["remove"]!["index"]!.GetValue<string>());
        Assert.Null(index.OutdatedLayout);
    }

    [Fact]
    public async Task A_rebuild_made_meanwhile_by_another_process_is_followed_by_the_writes_and_by_the_next_rebuild()
    {
        await MigrateAsync();
        var call = TestCalls.Published("suivie");
        await SaveAsync(call);
        var built = CallBuilder.Call("x").WithId(call.Id).Build();
        const string Other = "plateforme-calls-20261206-010000-99aa88bb";
        _cluster.Server.Given(Request.Create().WithPath(new WildcardMatcher("/plateforme-calls-*")).UsingPut()).RespondWith(RecordedCluster.Json(200, """{"acknowledged":true,"shards_acknowledged":true,"index":"new"}"""));
        _cluster.Server.Given(Request.Create().WithPath(new WildcardMatcher("/plateforme-calls*/_bulk")).UsingPost()).RespondWith(RecordedCluster.Json(200, BulkContractTests.Accepted(BulkContractTests.Created(built))));
        _cluster.Server.Given(Request.Create().WithPath(new WildcardMatcher("/plateforme-calls-*/_refresh")).UsingPost()).RespondWith(RecordedCluster.Json(200, """{"_shards":{"total":1,"successful":1,"failed":0}}"""));
        _cluster.Stub("POST", "/_aliases", 200, """{"acknowledged":true}""");
        _cluster.Stub("DELETE", "/" + Other, 200, """{"acknowledged":true}""");
        using var index = _cluster.Open();
        Assert.True(index.Health().IsHealthy);

        // The rebuild-index command, run meanwhile, moved the alias to a new index and dropped the one seen at start.
        _cluster.Server.Given(Request.Create().WithPath("/_alias/" + RecordedCluster.Alias).UsingGet()).AtPriority(0)
            .RespondWith(RecordedCluster.Json(200, "{\"" + Other + "\":{\"aliases\":{\"" + RecordedCluster.Alias + "\":{}}}}"));
        var drainer = new OutboxDrainer(Contexts(), index, Documents(), _writeLock, NullLogger<OutboxDrainer>.Instance);
        await drainer.DrainAsync();
        var rebuilder = new IndexRebuilder(Contexts(), index, Documents(), _writeLock, NullLogger<IndexRebuilder>.Instance);
        Assert.Equal(1, await rebuilder.RebuildAsync());

        var paths = _cluster.Paths();
        Assert.Contains($"POST {BulkPath}", paths);
        Assert.DoesNotContain($"POST /{RecordedCluster.Index}/_bulk", paths);
        var actions = _cluster.LastJson("POST", "/_aliases")["actions"]!.AsArray();
        Assert.Equal(Other, actions[1]!["remove"]!["index"]!.GetValue<string>());
        Assert.Contains("DELETE /" + Other, paths);
        Assert.DoesNotContain("DELETE /" + RecordedCluster.Index, paths);
    }

    public void Dispose()
    {
        _cluster.Dispose();
        _writeLock.Dispose();
    }

    private IDbContextFactory<CatalogueDbContext> Contexts() => CatalogueDbContext.Store.CreateFactory(Provider, ConnectionString);

    private static CallDocumentBuilder Documents() => new(TerritoryDirectory.Default, ThemeTaxonomy.Default, ReferenceLists.Default);
}
