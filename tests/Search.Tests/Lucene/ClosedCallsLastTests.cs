using Plateforme.Search.Indexing;

namespace Plateforme.Search.Tests.Lucene;

/// <summary>A closed call can no longer be applied to: it never comes before one that can.</summary>
public class ClosedCallsLastTests(DemoIndexFixture demo) : IClassFixture<DemoIndexFixture>
{
    [Theory]
    [InlineData("politique de la ville", SearchSort.Relevance)]
    [InlineData("quartiers prioritaires", SearchSort.Relevance)]
    [InlineData("tiers-lieux", SearchSort.Relevance)]
    [InlineData(null, SearchSort.Newest)]
    public void No_closed_call_comes_before_an_open_or_upcoming_one(string? text, SearchSort sort)
    {
        var hits = demo.Index.Search(new SearchQuery { Text = text, Sort = sort, Today = DemoIndexFixture.Today, PageSize = 100 })
            .Hits.Where(hit => !hit.IsApproximate).ToList();
        Assert.Contains(hits, hit => hit.Status == CallStatus.Closed);

        var firstClosed = hits.FindIndex(hit => hit.Status == CallStatus.Closed);
        Assert.DoesNotContain(hits.Skip(firstClosed), hit => hit.Status != CallStatus.Closed);
    }
}
