using System.Text.Json;
using System.Text.Json.Nodes;
using Plateforme.Search.Tests.Relevance.Judged;

namespace Plateforme.Search.Tests.Elasticsearch;

/// <summary>
/// The judged relevance set of issue 20 measured on each backend with the same queries and measures. With
/// RELEVANCE_RESULTS=label, an Elasticsearch run is written to bench/results/relevance.json as "label-elasticsearch"
/// (the Lucene figures keep being written by <see cref="JudgedRelevanceReport"/> under "label").
/// </summary>
public class JudgedRelevanceByBackendTests
{
    [Theory]
    [MemberData(nameof(SearchBackends.All), MemberType = typeof(SearchBackends))]
    public async Task Most_judged_calls_come_in_the_first_five_on_every_backend(string backend)
    {
        using var store = await SearchBackends.OpenAsync(backend, [.. JudgedCatalogue.Documents()]);
        IReadOnlyList<string> Top(string text, int count) =>
            [.. store.Index.Search(Lucene.TestIndex.Query(text) with { PageSize = count }).Hits.Select(hit => hit.Call.Slug)];

        var rows = JudgedCatalogue.Queries.Select(query => (Query: query, Ranked: Top(query.Query, 10))).ToList();
        var recall = rows.Average(row => RelevanceMetrics.RecallAt(row.Ranked, [.. row.Query.Relevant], 5));
        var mrr = rows.Average(row => RelevanceMetrics.ReciprocalRank(row.Ranked, [.. row.Query.Relevant]));
        var ndcg = rows.Average(row => RelevanceMetrics.NdcgAt(row.Ranked, [.. row.Query.Relevant], 10));
        var empty = rows.Count(row => row.Ranked.Count == 0);

        if (backend != SearchBackends.Lucene && Environment.GetEnvironmentVariable("RELEVANCE_RESULTS") is { Length: > 0 } label)
        {
            Write($"{label}-{backend}", new JsonObject
            {
                ["queries"] = rows.Count,
                ["recallAt5"] = Math.Round(recall, 3),
                ["mrr"] = Math.Round(mrr, 3),
                ["ndcgAt10"] = Math.Round(ndcg, 3),
                ["emptyQueries"] = empty,
            });
        }

        Assert.True(recall >= 0.85, $"{backend}: recall@5 {recall:0.000}, MRR {mrr:0.000}, nDCG@10 {ndcg:0.000}");
        Assert.Equal(0, empty);
    }

    private static void Write(string label, JsonObject figures)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Plateforme.sln"))) root = root.Parent;
        var path = Path.Combine(root!.FullName, "bench", "results", "relevance.json");
        var document = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        document[label] = figures;
        File.WriteAllText(path, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
