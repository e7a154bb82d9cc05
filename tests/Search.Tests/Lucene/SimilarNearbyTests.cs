using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;

namespace Plateforme.Search.Tests.Lucene;

/// <summary>« Appels similaires » of a local call offers calls a person of that place can apply to.</summary>
public class SimilarNearbyTests(DemoIndexFixture demo) : IClassFixture<DemoIndexFixture>
{
    private static readonly TerritoryCode Amiens = TerritoryCode.Parse("com:80021");
    private static readonly string HautsDeFrance = "reg:32";

    [Fact]
    public void Similar_calls_of_an_Amiens_call_are_in_its_region_or_national()
    {
        var amiensCalls = demo.Index.Search(new SearchQuery
        {
            Today = DemoIndexFixture.Today,
            PageSize = 100,
            Territories = [new TerritoryScope(Amiens, [])],
        }).Hits.Where(hit => hit.Call.Territory.Value == Amiens.ToString()).ToList();
        Assert.NotEmpty(amiensCalls);

        foreach (var call in amiensCalls)
        {
            var similar = demo.Index.Similar(call.Call.Id, DemoIndexFixture.Today, 5);
            Assert.All(similar, hit => Assert.True(
                IsNational(hit.Call) || PathOf(hit.Call).Contains(HautsDeFrance),
                $"{call.Call.Title} → {hit.Call.Title} ({hit.Call.Territory.Label}) is in another région"));
        }
    }

    [Fact]
    public void Similar_calls_of_an_Amiens_call_put_local_ones_before_national_ones()
    {
        var call = demo.Index.Search(new SearchQuery { Text = "commerce", Today = DemoIndexFixture.Today, PageSize = 100, Territories = [new TerritoryScope(Amiens, [])] })
            .Hits.First(hit => hit.Call.Territory.Value == Amiens.ToString());
        var similar = demo.Index.Similar(call.Call.Id, DemoIndexFixture.Today, 5).Where(hit => hit.Status != CallStatus.Closed).ToList();

        var firstNational = similar.FindIndex(IsNationalHit);
        if (firstNational >= 0) Assert.All(similar.Skip(firstNational), hit => Assert.True(IsNationalHit(hit)));
        Assert.Contains(similar, hit => !IsNationalHit(hit));
    }

    private static bool IsNationalHit(SearchHit hit) => IsNational(hit.Call);

    private static bool IsNational(CallDocument call) =>
        PathOf(call).All(code => code.StartsWith("nat:", StringComparison.Ordinal) || code.StartsWith("eu:", StringComparison.Ordinal));

    private static IEnumerable<string> PathOf(CallDocument call) =>
        (call.Territories.Count > 0 ? call.Territories : [call.Territory])
            .SelectMany(t => TerritoryDirectory.Default.PathOf(TerritoryCode.Parse(t.Value)).Select(c => c.ToString()));
}
