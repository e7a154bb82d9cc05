using System.Text.Json.Nodes;
using Plateforme.Search.Indexing.Elasticsearch;

namespace Plateforme.Search.Tests.Elasticsearch;

/// <summary>What the client sends to a new cluster: the index template with the French chain, a first index, the alias.</summary>
public class TemplateContractTests
{
    [Fact]
    public void A_new_cluster_gets_the_template_a_first_index_and_the_alias()
    {
        using var cluster = new RecordedCluster(aliasExists: false);
        cluster.Stub("GET", "/_alias/" + RecordedCluster.Alias, 404, """{"error":"alias [plateforme-calls] missing","status":404}""");
        cluster.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher("/plateforme-calls-*")).UsingPut())
            .RespondWith(RecordedCluster.Json(200, """{"acknowledged":true,"shards_acknowledged":true,"index":"plateforme-calls-x"}"""));
        cluster.Stub("POST", "/_aliases", 200, """{"acknowledged":true}""");
        cluster.Stub("POST", "/plateforme-calls/_count", 200, """{"count":0,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}""");
        using var index = cluster.Open();

        var health = index.Health();

        Assert.True(health.IsHealthy, health.Problem);
        var created = cluster.Paths().Single(path => path.StartsWith("PUT /plateforme-calls-", StringComparison.Ordinal));
        var alias = cluster.LastJson("POST", "/_aliases");
        Assert.Equal(created["PUT /".Length..], alias["actions"]![0]!["add"]!["index"]!.GetValue<string>());
        Assert.Equal(RecordedCluster.Alias, alias["actions"]![0]!["add"]!["alias"]!.GetValue<string>());
        Assert.True(cluster.Paths().IndexOf("PUT /_index_template/plateforme-calls") < cluster.Paths().IndexOf(created));
    }

    [Fact]
    public void The_template_analyses_french_like_the_lucene_chain()
    {
        using var cluster = new RecordedCluster();
        cluster.Stub("POST", "/plateforme-calls/_count", 200, """{"count":3,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}""");
        using var index = cluster.Open();

        Assert.Equal(3, index.Health().DocumentCount);

        var template = cluster.LastJson("PUT", "/_index_template/plateforme-calls");
        Assert.Equal("plateforme-calls-*", template["index_patterns"]![0]!.GetValue<string>());
        var analysis = template["template"]!["settings"]!["analysis"]!;
        Assert.Equal(["fr_elision", "lowercase", "asciifolding", "fr_stop", "fr_stem_overrides", "fr_light_stem"], Strings(analysis["analyzer"]!["french_search"]!["filter"]!));
        Assert.Equal("light_french", analysis["filter"]!["fr_light_stem"]!["language"]!.GetValue<string>());
        Assert.Contains("l", Strings(analysis["filter"]!["fr_elision"]!["articles"]!));
        var stopWords = Strings(analysis["filter"]!["fr_stop"]!["stopwords"]!);
        Assert.Contains("à", stopWords);
        Assert.Contains("a", stopWords);
        // "commerçant" folds to "commercant" before the overrides, which give it the stem of "commerce".
        var rules = Strings(analysis["filter"]!["fr_stem_overrides"]!["rules"]!);
        Assert.Contains($"commercant => {Plateforme.Search.Analysis.FieldStemOverrides.Stems["commerce"]}", rules);
        Assert.Contains($"sportive => {Plateforme.Search.Analysis.FieldStemOverrides.Stems["sport"]}", rules);
        Assert.Equal(["fr_elision", "lowercase", "asciifolding"], Strings(analysis["analyzer"]!["french_prefix"]!["filter"]!));
    }

    [Fact]
    public void Facet_fields_are_keywords_and_titles_complete_as_you_type()
    {
        using var cluster = new RecordedCluster();
        cluster.Stub("POST", "/plateforme-calls/_count", 200, """{"count":0,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}""");
        using var index = cluster.Open();
        index.Health();

        var mappings = cluster.LastJson("PUT", "/_index_template/plateforme-calls")["template"]!["mappings"]!;
        var properties = mappings["properties"]!;
        Assert.Equal("strict", mappings["dynamic"]!.GetValue<string>());
        foreach (var dimension in Plateforme.Search.Indexing.FacetNames.All.Where(name => name != "status"))
        {
            Assert.Equal("keyword", properties["facet_" + dimension]!["type"]!.GetValue<string>());
            Assert.Null(properties["facet_" + dimension]!["doc_values"]);
        }

        Assert.Equal("search_as_you_type", properties["title_words"]!["type"]!.GetValue<string>());
        Assert.Equal("french_search", properties["title"]!["analyzer"]!.GetValue<string>());
        Assert.Equal(["all", "spelling"], Strings(properties["title"]!["copy_to"]!));
        Assert.False(properties["card"]!["enabled"]!.GetValue<bool>());
    }

    [Fact]
    public void Every_index_records_the_layout_it_was_created_with()
    {
        using var cluster = new RecordedCluster();
        cluster.Stub("POST", "/plateforme-calls/_count", 200, """{"count":0,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}""");
        using var index = cluster.Open();

        Assert.Null(index.OutdatedLayout);

        var mappings = cluster.LastJson("PUT", "/_index_template/plateforme-calls")["template"]!["mappings"]!;
        Assert.Equal(IndexTemplate.LayoutVersion, mappings["_meta"]![IndexTemplate.LayoutKey]!.GetValue<string>());
        Assert.Contains($"GET /{RecordedCluster.Index}/_mapping", cluster.Paths());
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData(null, "none")]
    public void An_index_of_an_older_layout_or_of_none_is_told_apart(string? stored, string reported)
    {
        using var cluster = new RecordedCluster();
        cluster.StubLayout(stored);
        using var index = cluster.Open();

        Assert.Equal(reported, index.OutdatedLayout);
    }

    [Fact]
    public void A_mapping_the_node_fails_to_give_starts_no_rebuild()
    {
        using var cluster = new RecordedCluster();
        cluster.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath($"/{RecordedCluster.Index}/_mapping").UsingGet()).AtPriority(0)
            .RespondWith(RecordedCluster.Json(503, """{"error":{"type":"cluster_block_exception","reason":"blocked"},"status":503}"""));
        using var index = cluster.Open();

        Assert.Null(index.OutdatedLayout);
    }

    private static string[] Strings(JsonNode node) => [.. node.AsArray().Select(value => value!.GetValue<string>())];
}
