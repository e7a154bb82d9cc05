namespace Plateforme.Web.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class SearchPageTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task The_first_paint_holds_the_results_count_and_cards()
    {
        var html = await client.GetOkPageAsync("/recherche?q=insertion&theme=emploi-insertion");

        Assert.True(html.Total() > 0);
        var count = html.QuerySelector("[data-testid=result-count]")!;
        Assert.Equal("status", count.GetAttribute("role"));
        Assert.Equal("polite", count.GetAttribute("aria-live"));
        Assert.Matches(@"^\d[\d\u202F]* appels? trouvés?$", count.TextContent.Trim());
        var cards = html.QuerySelectorAll("[data-testid=result-card]");
        Assert.Equal(Math.Min(20, html.Total()), cards.Length);
        Assert.All(cards, card => Assert.StartsWith("/appels/", card.QuerySelector("[data-testid=result-title]")!.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal("insertion", html.QuerySelector("input[name=q]")!.GetAttribute("value"));
        Assert.Contains("Thématique", html.QuerySelector("[data-testid=chip]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(html.QuerySelector("[data-testid=result-snippet] mark"));
    }

    [Fact]
    public async Task The_page_and_the_API_read_the_same_address_the_same_way()
    {
        const string query = "q=jeunes&beneficiary=association&territory=dep:80&status=ouvert&sort=deadline";

        var html = await client.GetOkPageAsync("/recherche?" + query);
        var api = await client.GetJsonAsync("/api/calls?" + query);

        Assert.Equal(api.GetProperty("total").GetInt32(), html.Total());
        var pageTitles = html.QuerySelectorAll("[data-testid=result-title]").Select(a => a.TextContent).ToList();
        var apiTitles = api.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
        Assert.Equal(apiTitles, pageTitles);
    }

    [Fact]
    public async Task Every_filter_has_facet_counts_and_links_that_keep_the_rest_of_the_search()
    {
        var html = await client.GetOkPageAsync("/recherche?q=jeunes&sort=newest");

        foreach (var facet in new[] { "territory", "beneficiary", "theme", "aidType", "funder", "status", "recurrence" })
        {
            var values = html.QuerySelectorAll($"[data-testid=facet-{facet}] [data-testid=facet-value]");
            Assert.True(values.Length > 0, facet);
            var href = values[0].GetAttribute("href")!;
            Assert.StartsWith("/recherche?q=jeunes&", href, StringComparison.Ordinal);
            Assert.EndsWith("&sort=newest", href, StringComparison.Ordinal);
        }
        Assert.NotNull(html.QuerySelector("[data-testid=facet-search-funder]"));
    }

    [Fact]
    public async Task A_broken_query_string_is_ignored_part_by_part_with_a_notice()
    {
        var (status, html, _) = await client.GetPageAsync("/recherche?theme=sport&theme=nope&territory=xx&page=abc&sort=soon&amountMin=beaucoup");

        Assert.Equal(200, status);
        var notice = html.QuerySelector("[data-testid=query-notice]")!;
        Assert.Equal("alert", notice.GetAttribute("role"));
        Assert.Equal(5, notice.QuerySelectorAll("li").Length);
        Assert.Contains("nope", notice.TextContent, StringComparison.Ordinal);
        var sportOnly = await client.GetOkPageAsync("/recherche?theme=sport");
        Assert.Equal(sportOnly.Total(), html.Total());
        Assert.All(html.QuerySelectorAll("[data-testid=chip]"), chip => Assert.Equal("theme", chip.GetAttribute("data-parameter")));
    }

    [Fact]
    public async Task Paging_links_carry_the_whole_search()
    {
        var html = await client.GetOkPageAsync("/recherche?theme=sport&page=2");

        var pager = html.QuerySelector("[data-testid=pager]")!;
        Assert.Equal("/recherche?theme=sport", pager.QuerySelector("[data-testid=pager-previous]")!.GetAttribute("href"));
        Assert.Equal("page", pager.QuerySelector("[aria-current=page]")!.GetAttribute("aria-current"));
        Assert.Equal("21", html.QuerySelector("[data-testid=results-list]")!.GetAttribute("start"));
    }

    [Fact]
    public async Task An_empty_result_suggests_only_the_changes_that_give_calls()
    {
        var html = await client.GetOkPageAsync("/recherche?q=zzzzqqqq&territory=com:80021&theme=sport");

        Assert.Equal(0, html.Total());
        Assert.Equal("0 appel trouvé", html.QuerySelector("[data-testid=result-count]")!.TextContent.Trim());
        var empty = html.QuerySelector("[data-testid=empty-results]")!;
        // Widening the territory or dropping a filter still searches « zzzzqqqq »: no call, so not offered.
        Assert.Equal("/recherche?territory=com%3A80021&theme=sport", empty.QuerySelector("[data-testid=remove-word-suggestion]")!.GetAttribute("href"));
        Assert.Empty(empty.QuerySelectorAll("[data-testid=widen-territory-suggestion], [data-testid=remove-filter-suggestion]"));
    }

    [Fact]
    public async Task A_page_past_the_last_one_offers_to_go_back_to_the_first()
    {
        var html = await client.GetOkPageAsync("/recherche?theme=sport&page=999");

        Assert.True(html.Total() > 0);
        Assert.Contains("n'existe pas", html.QuerySelector("[data-testid=empty-results]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_page_offers_the_code_to_embed_the_same_list()
    {
        var html = await client.GetOkPageAsync("/recherche?theme=sport&page=2");

        var code = html.QuerySelector("[data-testid=embed-code]")!.TextContent;
        Assert.Contains("<iframe src=\"http://", code, StringComparison.Ordinal);
        Assert.Contains("/embed?theme=sport\"", code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_form_works_as_a_plain_GET_form()
    {
        var html = await client.GetOkPageAsync("/recherche?q=sport&beneficiary=association&page=3");

        var form = html.QuerySelector("[data-testid=search-form]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/recherche", form.GetAttribute("action"));
        var hidden = form.QuerySelectorAll("input[type=hidden]").Select(i => (i.GetAttribute("name"), i.GetAttribute("value"))).ToList();
        Assert.Equal([("beneficiary", "association")], hidden);
        Assert.NotNull(html.QuerySelector("label[for=recherche]"));
    }
}
