using System.Text.Json;
using System.Text.Json.Nodes;

namespace Plateforme.Search.Tests.Relevance.Judged;

/// <summary>
/// Measures recall@5, MRR and nDCG@10 over the judged queries. With RELEVANCE_RESULTS=label set, the figures are
/// written under that label into bench/results/relevance.json (other labels kept), so a run on main's code and
/// a run on the branch land side by side.
/// </summary>
public class JudgedRelevanceReport(JudgedIndexFixture fixture) : IClassFixture<JudgedIndexFixture>
{
    [Fact]
    public void Measures_the_judged_queries_and_writes_them_when_asked()
    {
        var rows = JudgedCatalogue.Queries.Select(query =>
        {
            var ranked = fixture.Top(query.Query, 10);
            return new
            {
                query.Family,
                query.Query,
                Recall5 = RelevanceMetrics.RecallAt(ranked, [.. query.Relevant], 5),
                Rr = RelevanceMetrics.ReciprocalRank(ranked, [.. query.Relevant]),
                Ndcg10 = RelevanceMetrics.NdcgAt(ranked, [.. query.Relevant], 10),
                Empty = ranked.Count == 0,
                Top5 = ranked.Take(5).ToArray(),
            };
        }).ToList();

        var summary = new JsonObject
        {
            ["queries"] = rows.Count,
            ["calls"] = JudgedCatalogue.Calls.Count,
            ["recallAt5"] = Round(rows.Average(row => row.Recall5)),
            ["mrr"] = Round(rows.Average(row => row.Rr)),
            ["ndcgAt10"] = Round(rows.Average(row => row.Ndcg10)),
            ["emptyQueries"] = rows.Count(row => row.Empty),
            ["byFamily"] = new JsonObject(rows.GroupBy(row => row.Family).Select(family => KeyValuePair.Create<string, JsonNode?>(family.Key, new JsonObject
            {
                ["queries"] = family.Count(),
                ["recallAt5"] = Round(family.Average(row => row.Recall5)),
                ["mrr"] = Round(family.Average(row => row.Rr)),
                ["ndcgAt10"] = Round(family.Average(row => row.Ndcg10)),
            }))),
            ["perQuery"] = new JsonArray(rows.Select(row => (JsonNode)new JsonObject
            {
                ["family"] = row.Family,
                ["query"] = row.Query,
                ["recallAt5"] = Round(row.Recall5),
                ["rr"] = Round(row.Rr),
                ["ndcgAt10"] = Round(row.Ndcg10),
                ["top5"] = new JsonArray(row.Top5.Select(slug => (JsonNode)slug).ToArray()),
            }).ToArray()),
        };

        Assert.Equal(JudgedCatalogue.Queries.Count, rows.Count);
        if (Environment.GetEnvironmentVariable("RELEVANCE_RESULTS") is { Length: > 0 } label) Write(label, summary);
    }

    private static double Round(double value) => Math.Round(value, 3);

    private static void Write(string label, JsonObject figures)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Plateforme.sln"))) root = root.Parent;
        var path = Path.Combine(root!.FullName, "bench", "results", "relevance.json");
        var document = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))!.AsObject() : [];
        document["measuredWith"] = "tests/Search.Tests/Relevance/Judged (JudgedRelevanceReport), Lucene backend, binary relevance judged before tuning";
        document[label] = figures;
        File.WriteAllText(path, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
