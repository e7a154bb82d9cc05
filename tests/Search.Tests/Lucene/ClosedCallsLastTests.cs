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
        var query = new SearchQuery { Text = text, Sort = sort, Today = DemoIndexFixture.Today, PageSize = 20, ExactOnly = true };
        var closed = demo.Index.Search(query with { Statuses = [CallStatus.Closed] }).Total;
        var total = demo.Index.Search(query).Total;
        Assert.True(closed > 0 && closed < total, $"the query should match open and closed calls ({closed} closed of {total})");

        // The page where the open calls end and the closed ones begin.
        var boundary = (total - closed) / query.PageSize + 1;
        var statuses = Enumerable.Range(1, boundary)
            .SelectMany(page => demo.Index.Search(query with { Page = page }).Hits.Select(hit => hit.Status))
            .ToList();

        var firstClosed = statuses.IndexOf(CallStatus.Closed);
        Assert.Equal(total - closed, firstClosed);
        Assert.All(statuses.Skip(firstClosed), status => Assert.Equal(CallStatus.Closed, status));
    }
}
