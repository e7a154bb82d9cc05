using System.Text.Json.Nodes;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using Plateforme.Search.Tests.Lucene;
using static Plateforme.Search.Tests.Lucene.CallBuilder;
using static Plateforme.Search.Tests.Lucene.TestIndex;

namespace Plateforme.Search.Tests.Elasticsearch;

/// <summary>
/// Each kind of query against recorded answers: the JSON the client sends is checked (post_filter and
/// drill-sideways aggregations, highlight, suggester, sorts, the relaxed and typo passes, the unstated tier),
/// and the answer is read into the same <see cref="SearchResult"/> the Lucene backend gives for the same calls.
/// </summary>
public class SearchContractTests : IDisposable
{
    private const string SearchPath = "/" + RecordedCluster.Alias + "/_search";

    private static readonly CallDocument Youth = Call("Insertion des jeunes").Summary("Accompagner l'insertion professionnelle des jeunes du quartier.")
        .Theme("emploi", "Emploi").Deadline(Day(5));

    private static readonly CallDocument Worksites = Call("Chantiers solidaires").Summary("Financer les chantiers & l'insertion par l'activité économique.")
        .Theme("emploi", "Emploi").Theme("solidarite", "Solidarité").Deadline(Day(40));

    private static readonly CallDocument Sport = Call("Sport pour tous").Summary("Clubs sportifs du département.").Theme("sport", "Sport");

    private readonly RecordedCluster _cluster = new();

    [Fact]
    public async Task A_filtered_text_search_reads_into_the_hits_snippets_and_facets_lucene_gives()
    {
        var query = Query("insertion") with { Themes = ["emploi"] };
        using var lucene = await WithAsync(Youth, Worksites, Sport);
        var expected = lucene.Search(query);
        var recorded = new RecordedSearch(expected.Total)
            .Facet(FacetNames.Theme, ("emploi", "Emploi", 2), ("solidarite", "Solidarité", 1))
            .Facet(FacetNames.Territory, ("nat:FR", "France", 2))
            .Facet(FacetNames.Recurrence, ("ponctuelle", "Ponctuelle", 2))
            .Statuses(upcoming: 0, open: 2, closingSoon: 1, closed: 0);
        foreach (var hit in expected.Hits)
        {
            // The highlighter marks the whole token, elided article included: the snippet shows the word alone.
            var summary = hit.Call.Summary!.Replace("l'insertion", "\u0002l'insertion\u0003", StringComparison.Ordinal);
            recorded.Hit(hit.Call, 3.2, summaryHighlight: summary);
        }

        _cluster.Stub("POST", SearchPath, 200, recorded.Json());
        using var index = _cluster.Open();

        var result = index.Search(query);

        Assert.Equal(2, result.Total);
        Assert.Equal(expected.Titles(), result.Titles());
        Assert.Equal(expected.Hits.Select(hit => hit.Status), result.Hits.Select(hit => hit.Status));
        Assert.Equal(expected.Hits.Select(hit => hit.Snippet), result.Hits.Select(hit => hit.Snippet));
        Assert.Contains("l&#39;<mark>insertion</mark>", result.Hits[0].Snippet, StringComparison.Ordinal);
        foreach (var dimension in FacetNames.All) Assert.Equal(expected.Facets[dimension], result.Facets[dimension]);

        var sent = _cluster.LastJson("POST", SearchPath);
        Assert.Equal("v_theme", Terms(sent["post_filter"]!).Single().Field);
        Assert.Empty(Terms(sent["aggregations"]!["facet_theme"]!["filter"]!));
        Assert.Equal("v_theme", Terms(sent["aggregations"]!["facet_territory"]!["filter"]!).Single().Field);
        Assert.Equal("facet_theme", sent["aggregations"]!["facet_theme"]!["aggregations"]!["values"]!["terms"]!["field"]!.GetValue<string>());
        Assert.Equal(4, sent["aggregations"]!["facet_status"]!["aggregations"]!["statuses"]!["filters"]!["filters"]!.AsArray().Count);
        var text = At(sent["query"]!["function_score"]!["query"]!["bool"]!["must"]!)["multi_match"]!;
        Assert.Equal("insertion", text["query"]!.GetValue<string>());
        Assert.Equal(["title^6", "labels^3", "summary^2", "all"], text["fields"]!.AsArray().Select(field => field!.GetValue<string>()));
        Assert.Equal("\u0002", At(sent["highlight"]!["pre_tags"]!).GetValue<string>());
        Assert.Equal("spelling", sent["suggest"]!["spelling"]!["term"]!["field"]!.GetValue<string>());
        Assert.Equal("desc", sent["sort"]![0]!["_score"]!["order"]!.GetValue<string>());
        Assert.True(sent["track_total_hits"]!.GetValue<bool>());
    }

    [Fact]
    public void Territory_ancestry_status_and_the_deadline_order_are_sent_as_filters_and_scripts()
    {
        _cluster.Stub("POST", SearchPath, 200, new RecordedSearch(0).Json());
        using var index = _cluster.Open();
        var somme = new TerritoryScope(new TerritoryCode(TerritoryLevel.Departement, "80"), [new TerritoryCode(TerritoryLevel.Region, "32"), TerritoryCode.National]);

        var result = index.Search(Query() with { Territories = [somme], Statuses = [CallStatus.Open], Sort = SearchSort.Deadline, IncludeFacets = false, Page = 3, PageSize = 5 });

        Assert.Equal(0, result.Total);
        var sent = _cluster.LastJson("POST", SearchPath);
        Assert.Null(sent["post_filter"]);
        Assert.Null(sent["aggregations"]);
        Assert.Equal(10, sent["from"]!.GetValue<int>());
        Assert.Equal(5, sent["size"]!.GetValue<int>());
        var terms = Terms(sent["query"]!);
        Assert.Contains(("territory_path", "dep:80"), terms);
        Assert.Contains(("v_territory", "reg:32"), terms);
        Assert.Contains(("v_territory", "nat:FR"), terms);
        var ranges = sent["query"]!.ToJsonString();
        Assert.Contains($"\"lt\":{Today.DayNumber}", ranges, StringComparison.Ordinal);
        Assert.Equal(Today.DayNumber, sent["sort"]![0]!["_script"]!["script"]!["params"]!["today"]!.GetValue<int>());
        Assert.Equal("id_order", sent["sort"]!.AsArray().Last()!.AsObject().Single().Key);
    }

    [Fact]
    public void Too_few_calls_meeting_every_word_bring_the_approximate_ones_after_them()
    {
        _cluster.StubSequence(
            "POST",
            SearchPath,
            () => RecordedCluster.Json(200, new RecordedSearch(1).Hit(Youth, 4.1).Json()),
            () => RecordedCluster.Json(200, new RecordedSearch(3).Hit(Youth, 20_004.1).Hit(Worksites, 10_002.5).Hit(Sport, 10_001.2).Json()));
        using var index = _cluster.Open();

        var result = index.Search(Query("insertion jeunes") with { IncludeFacets = false });

        Assert.Equal(3, result.Total);
        Assert.Equal(2, result.ApproximateCount);
        Assert.Equal([false, true, true], result.Hits.Select(hit => hit.IsApproximate));
        var relaxed = JsonNode.Parse(_cluster.Bodies("POST", SearchPath)[1])!["query"]!["bool"]!;
        Assert.Equal(1, relaxed["minimum_should_match"]!.GetValue<int>());
        Assert.Equal(2, relaxed["should"]!.AsArray().Count);
        Assert.Equal(10_000, At(relaxed["should"]![0]!["bool"]!["must"]!)["constant_score"]!["boost"]!.GetValue<double>());
    }

    [Fact]
    public void An_unknown_word_is_corrected_and_matched_with_typo_tolerance()
    {
        _cluster.StubSequence(
            "POST",
            SearchPath,
            () => RecordedCluster.Json(200, new RecordedSearch(0).Spelling("insertoin", 0, ("insertion", 0.875, 2)).Json()),
            () => RecordedCluster.Json(200, new RecordedSearch(1).Hit(Youth, 2.4, summaryHighlight: "Accompagner \u0002l'insertion\u0003 professionnelle des jeunes du quartier.").Json()));
        using var index = _cluster.Open();

        var result = index.Search(Query("insertoin") with { IncludeFacets = false, ExactOnly = true });

        Assert.Equal("insertion", result.SpellingSuggestion);
        Assert.True(result.UsedFuzzyMatching);
        Assert.Equal("Insertion des jeunes", Assert.Single(result.Hits).Call.Title);
        var fuzzy = JsonNode.Parse(_cluster.Bodies("POST", SearchPath)[1])!["query"]!["function_score"]!["query"]!["bool"]!["must"]!;
        Assert.Equal("AUTO", At(fuzzy)["multi_match"]!["fuzziness"]!.GetValue<string>());
    }

    [Fact]
    public void Calls_stating_no_beneficiary_come_after_the_matching_ones_marked_unstated()
    {
        var association = Call("Vie associative").Beneficiary("association", "Associations").Build();
        _cluster.StubSequence(
            "POST",
            SearchPath,
            () => RecordedCluster.Json(200, new RecordedSearch(1).Hit(association, 1).Facet(FacetNames.Beneficiary, ("association", "Associations", 1)).Json()),
            () => RecordedCluster.Json(200, new RecordedSearch(2).Hit(Youth, 1).Hit(Sport, 1).Json()));
        using var index = _cluster.Open();

        var result = index.Search(Query() with { Beneficiaries = ["association"], IncludeUnstated = true });

        Assert.Equal(3, result.Total);
        Assert.Equal(2, result.UnstatedTotal);
        Assert.Equal([false, true, true], result.Hits.Select(hit => hit.PublicUnstated));
        Assert.Equal(1, Assert.Single(result.Facets[FacetNames.Beneficiary]).Count);
        var second = JsonNode.Parse(_cluster.Bodies("POST", SearchPath)[1])!;
        Assert.Contains("\"must_not\":{\"exists\":{\"field\":\"v_beneficiary\"}}", second["query"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(second["aggregations"]);
    }

    [Fact]
    public void Similar_calls_are_asked_with_more_like_this_and_open_ones_come_first()
    {
        var closed = Call("Insertion 2025").Summary("Édition close.").Theme("emploi", "Emploi").Deadline(Day(-10)).Build();
        _cluster.Stub("GET", $"/{RecordedCluster.Alias}/_doc/{Youth.Id:N}", 200, Document(Youth));
        _cluster.Stub("POST", SearchPath, 200, new RecordedSearch(2).Hit(closed, 9).Hit(Worksites, 5).Json());
        using var index = _cluster.Open();

        var similar = index.Similar(Youth.Id, Today);

        Assert.Equal(["Chantiers solidaires", "Insertion 2025"], similar.Select(hit => hit.Call.Title));
        Assert.Equal(CallStatus.Closed, similar[1].Status);
        var sent = _cluster.LastJson("POST", SearchPath)["query"]!["bool"]!;
        var like = sent["should"]![0]!["more_like_this"]!;
        Assert.Equal(Youth.Id.ToString("N"), At(like["like"]!)["_id"]!.GetValue<string>());
        Assert.Equal(["title", "summary", "labels"], like["fields"]!.AsArray().Select(field => field!.GetValue<string>()));
        Assert.Equal(Youth.Id.ToString("N"), At(At(sent["must_not"]!)["ids"]!["values"]!).GetValue<string>());
    }

    [Fact]
    public void Autocomplete_asks_folded_prefixes_and_reads_themes_funders_and_titles()
    {
        var body = """
            {"took":2,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":3,"relation":"eq"},"max_score":null,"hits":[]},
             "aggregations":{
               "filter#titles":{"doc_count":1,"top_hits#inner":{"hits":{"total":{"value":1,"relation":"eq"},"max_score":null,"hits":[
                 {"_index":"INDEX","_id":"ID","_score":null,"_source":{"id":"ID","title":"Économie circulaire"},"sort":[1767254400000,12]}]}}},
               "filter#theme":{"doc_count":2,"sterms#inner":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
                 {"key":"ess\u001fÉconomie sociale et solidaire","doc_count":2},{"key":"emploi\u001fEmploi","doc_count":1}]}},
               "filter#funder":{"doc_count":0,"sterms#inner":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[]}}}}
            """.Replace("INDEX", RecordedCluster.Index, StringComparison.Ordinal).Replace("ID", Youth.Id.ToString("N"), StringComparison.Ordinal);
        _cluster.Stub("POST", SearchPath, 200, body);
        using var index = _cluster.Open();

        var suggestions = index.Suggest("Éco");

        Assert.Equal([new Suggestion("theme", "ess", "Économie sociale et solidaire"), new Suggestion("title", Youth.Id.ToString(), "Économie circulaire")], suggestions);
        var sent = _cluster.LastJson("POST", SearchPath)["aggregations"]!;
        Assert.Equal("eco", At(sent["titles"]!["filter"]!["bool"]!["filter"]!)["prefix"]!["title_words"]!["value"]!.GetValue<string>());
    }

    public void Dispose() => _cluster.Dispose();

    private static string Document(CallDocument call)
    {
        var search = JsonNode.Parse(new RecordedSearch(1).Hit(call, 1).Json())!["hits"]!["hits"]![0]!;
        return new JsonObject
        {
            ["_index"] = RecordedCluster.Index,
            ["_id"] = call.Id.ToString("N"),
            ["_version"] = 1,
            ["_seq_no"] = 0,
            ["_primary_term"] = 1,
            ["found"] = true,
            ["_source"] = search["_source"]!.DeepClone(),
        }.ToJsonString();
    }

    /// <summary>The first element of a list; the client writes a list of one as the element alone.</summary>
    private static JsonNode At(JsonNode node) => node is JsonArray array ? array[0]! : node;

    /// <summary>Every terms query in a query tree, one entry per value.</summary>
    private static List<(string Field, string Value)> Terms(JsonNode node)
    {
        var found = new List<(string, string)>();
        void Walk(JsonNode? current)
        {
            switch (current)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        if (key == "terms" && value is JsonObject terms)
                        {
                            foreach (var (field, values) in terms)
                            {
                                if (values is JsonArray array) found.AddRange(array.Select(item => (field, item!.GetValue<string>())));
                            }
                        }
                        else
                        {
                            Walk(value);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array) Walk(item);
                    break;
            }
        }

        Walk(node);
        return found;
    }
}
