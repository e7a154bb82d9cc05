using Plateforme.Search.Indexing;
using static Plateforme.Search.Tests.Lucene.CallBuilder;
using static Plateforme.Search.Tests.Lucene.TestIndex;

namespace Plateforme.Search.Tests.Lucene;

public class SortAndPagingTests
{
    private static CallDocument[] Dated() =>
    [
        Call("Closed long ago").Deadline(Day(-40)).Published(At(1)),
        Call("Closed yesterday").Deadline(Day(-1)).Published(At(2)),
        Call("No deadline").Published(At(3)),
        Call("In two months").Deadline(Day(60)).Published(At(4)),
        Call("In a week").Deadline(Day(7)).Published(At(5)),
        Call("Upcoming, in a month").Opens(Day(3)).Deadline(Day(30)).Published(At(6)),
    ];

    [Fact]
    public async Task Deadline_sort_puts_soonest_first_then_no_deadline_then_closed()
    {
        using var index = await WithAsync(Dated());

        var result = index.Search(Query() with { Sort = SearchSort.Deadline });

        Assert.Equal(
            ["In a week", "Upcoming, in a month", "In two months", "No deadline", "Closed yesterday", "Closed long ago"],
            result.Titles());
    }

    [Fact]
    public async Task Newest_sort_follows_the_publication_date()
    {
        using var index = await WithAsync(Dated());

        var result = index.Search(Query() with { Sort = SearchSort.Newest });

        Assert.Equal(
            ["Upcoming, in a month", "In a week", "In two months", "No deadline", "Closed yesterday", "Closed long ago"],
            result.Titles());
    }

    [Fact]
    public async Task Relevance_without_text_puts_open_calls_first_by_soonest_deadline()
    {
        using var index = await WithAsync(Dated());

        var result = index.Search(Query());

        Assert.Equal(
            ["In a week", "In two months", "No deadline", "Upcoming, in a month", "Closed yesterday", "Closed long ago"],
            result.Titles());
    }

    [Fact]
    public async Task Relevance_with_only_exclusions_orders_like_no_text()
    {
        using var index = await WithAsync([.. Dated(), Call("Sport en club").Deadline(Day(2))]);

        var result = index.Search(Query("-sport"));

        Assert.Equal(
            ["In a week", "In two months", "No deadline", "Upcoming, in a month", "Closed yesterday", "Closed long ago"],
            result.Titles());
    }

    [Fact]
    public async Task Relevance_mildly_favours_open_calls_between_equal_matches()
    {
        using var index = await WithAsync(
            Call("Aide au patrimoine").Deadline(Day(-5)),
            Call("Aide au patrimoine").Deadline(Day(90)),
            Call("Aide au patrimoine").Deadline(Day(10)));

        var result = index.Search(Query("patrimoine"));

        Assert.Equal([Day(10), Day(90), Day(-5)], result.Hits.Select(hit => hit.Call.Deadline!.Value));
    }

    [Fact]
    public async Task Relevance_never_lets_openness_beat_a_clearly_better_match()
    {
        using var index = await WithAsync(
            Call("Restauration du patrimoine bâti").Summary("Patrimoine des communes rurales."),
            Call("Fonds pour les communes").Description("Peut concerner, parmi bien d'autres sujets, le patrimoine.").Deadline(Day(10)));

        var result = index.Search(Query("patrimoine"));

        Assert.Equal("Restauration du patrimoine bâti", result.Hits[0].Call.Title);
    }

    [Fact]
    public async Task Equal_calls_come_in_a_stable_order()
    {
        var calls = Enumerable.Range(0, 12).Select(_ => (CallDocument)Call("Même titre")).ToArray();
        using var index = await WithAsync(calls);

        var first = index.Search(Query("titre")).Hits.Select(hit => hit.Call.Id);
        var second = index.Search(Query("titre")).Hits.Select(hit => hit.Call.Id);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Pages_split_the_results_without_overlap_and_total_is_exact()
    {
        var calls = Enumerable.Range(1, 45).Select(i => (CallDocument)Call($"Appel {i:00}").Deadline(Day(i))).ToArray();
        using var index = await WithAsync(calls);

        var pages = Enumerable.Range(1, 3).Select(page => index.Search(Query() with { Page = page, PageSize = 20, Sort = SearchSort.Deadline })).ToList();

        Assert.All(pages, page => Assert.Equal(45, page.Total));
        Assert.Equal([20, 20, 5], pages.Select(page => page.Hits.Count));
        Assert.Equal(calls.Select(call => call.Title), pages.SelectMany(page => page.Titles()));
    }

    [Fact]
    public async Task A_page_beyond_the_end_is_empty_but_keeps_the_total()
    {
        using var index = await WithAsync(Call("Seul"));

        var result = index.Search(Query() with { Page = 1_000_000, PageSize = 50 });

        Assert.Equal(1, result.Total);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public async Task Odd_paging_values_are_brought_back_in_range()
    {
        using var index = await WithAsync(Call("Un"), Call("Deux"));

        var result = index.Search(Query() with { Page = -3, PageSize = 0 });

        Assert.Single(result.Hits);
        Assert.Equal(2, result.Total);
    }

    private static DateTimeOffset At(int day) => new(2026, 1, day, 10, 0, 0, TimeSpan.Zero);
}
