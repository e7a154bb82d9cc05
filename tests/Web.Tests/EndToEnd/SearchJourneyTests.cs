using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class SearchJourneyTests(BrowserSession session)
{
    [Fact]
    public Task Search_filter_remove_a_chip_sort_page_and_come_back() => session.RunAsync(nameof(Search_filter_remove_a_chip_sort_page_and_come_back), async page =>
    {
        await page.OpenAsync("/");
        await page.Locator("[data-testid=search-input]").FillAsync("jeunes");
        await page.Locator("[data-testid=search-input]").PressAsync("Enter");
        await page.WaitForSearchAsync(p => p.Parameter("q") == "jeunes");
        await page.WaitForInteractiveAsync();
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^« jeunes » : recherche — "));
        var all = await page.TotalAsync();
        Assert.Equal((await ApiTruth.SearchAsync(session, page.Url)).Total, all);

        await page.Locator("[data-testid=facet-beneficiary] [data-value=association]").ClickAsync();
        await page.WaitForSearchAsync(p => p.Parameter("beneficiary") == "association");
        await Expect(page.Locator("[data-testid=chip][data-parameter=beneficiary]")).ToBeVisibleAsync();
        await page.Locator("[data-testid=facet-status] [data-value=ouvert]").ClickAsync();
        await page.WaitForSearchAsync(p => p.Parameter("status") == "ouvert");
        var (filteredTotal, filteredTitles) = await ApiTruth.SearchAsync(session, page.Url);
        await Expect(page.Locator("[data-testid=result-count]")).ToHaveAttributeAsync("data-total", filteredTotal.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(filteredTotal < all, $"{filteredTotal} open calls for associations out of {all}");
        Assert.Equal(filteredTitles, await page.TitlesAsync());

        await page.Locator("[data-testid=chip][data-parameter=status]").ClickAsync();
        await page.WaitForSearchAsync(p => p.Parameter("status") is null);
        await Expect(page.Locator("[data-testid=chip]")).ToHaveCountAsync(1);
        var withoutStatus = await ApiTruth.SearchAsync(session, page.Url);
        await Expect(page.Locator("[data-testid=result-count]")).ToHaveAttributeAsync("data-total", withoutStatus.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await page.Locator("[data-testid=sort]").SelectOptionAsync("deadline");
        await page.WaitForSearchAsync(p => p.Parameter("sort") == "deadline");
        var sorted = await ApiTruth.SearchAsync(session, page.Url);
        await Expect(page.Locator("[data-testid=result-title]").First).ToHaveTextAsync(sorted.Titles[0]);
        var firstPage = await page.TitlesAsync();
        Assert.Equal(sorted.Titles, firstPage);

        await page.Locator("[data-testid=pager-next]").ClickAsync();
        await page.WaitForSearchAsync(p => p.Parameter("page") == "2");
        var second = await ApiTruth.SearchAsync(session, page.Url);
        await Expect(page.Locator("[data-testid=result-title]").First).ToHaveTextAsync(second.Titles[0]);
        Assert.Equal("21", await page.Locator("[data-testid=results-list]").GetAttributeAsync("start"));
        Assert.Empty(firstPage.Intersect(await page.TitlesAsync()));

        await page.BackAsync();
        await page.WaitForSearchAsync(p => p.Parameter("page") is null && p.Parameter("sort") == "deadline");
        await Expect(page.Locator("[data-testid=result-title]").First).ToHaveTextAsync(firstPage[0]);
        Assert.Equal(firstPage, await page.TitlesAsync());
        await Expect(page.Locator("[data-testid=sort]")).ToHaveValueAsync("deadline");

        await page.BackAsync();
        await page.WaitForSearchAsync(p => p.Parameter("sort") is null && p.Parameter("beneficiary") == "association");
        await Expect(page.Locator("[data-testid=sort]")).ToHaveValueAsync("relevance");
        await Expect(page.Locator("[data-testid=search-input]")).ToHaveValueAsync("jeunes");
    });

    [Fact]
    public Task Ticking_a_filter_keeps_the_reader_where_they_were_on_the_page() => session.RunAsync(nameof(Ticking_a_filter_keeps_the_reader_where_they_were_on_the_page), async page =>
    {
        await page.OpenAsync("/recherche?q=culture");
        var value = page.Locator("[data-testid=facet-theme] [data-testid=facet-value]").Nth(3);
        await value.ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => window.scrollBy(0, 200)");
        var before = await page.ScrollYAsync();
        Assert.True(before > 0, "the facet list should be below the fold");
        var chosen = await value.GetAttributeAsync("data-value");

        await value.ClickAsync();
        await page.WaitForSearchAsync(p => p.Parameter("theme") == chosen);
        await Expect(page.Locator("[data-testid=chip][data-parameter=theme]")).ToBeVisibleAsync();
        // A reset to the top would come with the next rendered batch; give it time to happen if it were going to.
        await page.WaitForTimeoutAsync(300);

        var after = await page.ScrollYAsync();
        Assert.True(after > before / 2, $"scrolled from {before} to {after}");
        await Expect(page.Locator($"[data-testid=facet-theme] [data-value={chosen}]")).ToBeInViewportAsync();
    });

    [Fact]
    public Task Filters_ticked_in_quick_succession_all_apply() => session.RunAsync(nameof(Filters_ticked_in_quick_succession_all_apply), async page =>
    {
        await page.OpenAsync("/recherche?q=jeunes");

        await page.Locator("[data-testid=facet-beneficiary] [data-value=association]").ClickAsync();
        await page.Locator("[data-testid=facet-status] [data-value=ouvert]").ClickAsync();
        await page.Locator("[data-testid=chip][data-parameter=beneficiary]").ClickAsync();
        await page.Locator("[data-testid=sort]").SelectOptionAsync("deadline");

        await page.WaitForSearchAsync(p => p.Parameter("status") == "ouvert" && p.Parameter("sort") == "deadline" && p.Parameter("beneficiary") is null);
        var truth = await ApiTruth.WaitForRenderedAsync(session, page);
        Assert.Equal(truth.Titles, await page.TitlesAsync());
        Assert.Equal("jeunes", page.Parameter("q"));
    });

    [Fact]
    public Task A_filter_value_behind_show_more_appears_when_asked_for_and_filters_the_results() => session.RunAsync(nameof(A_filter_value_behind_show_more_appears_when_asked_for_and_filters_the_results), async page =>
    {
        await page.OpenAsync("/recherche");
        var more = page.Locator("[data-testid=facet-territory] details.facet__more");
        // Once the page is interactive, the hidden values are drawn only when the person asks for them.
        await Expect(more.Locator("[data-testid=facet-value]")).ToHaveCountAsync(0);

        await more.Locator("summary").ClickAsync();
        var hidden = more.Locator("[data-testid=facet-value]").First;
        await Expect(hidden).ToBeVisibleAsync();
        var value = await hidden.GetAttributeAsync("data-value");
        await hidden.ClickAsync();

        await page.WaitForSearchAsync(p => p.Parameter("territory") == value);
        await Expect(page.Locator("[data-testid=chip][data-parameter=territory]")).ToBeVisibleAsync();
        var truth = await ApiTruth.WaitForRenderedAsync(session, page);
        Assert.Equal(truth.Titles, await page.TitlesAsync());
    });

    [Fact]
    public Task A_filter_value_opened_in_a_new_tab_leaves_this_search_as_it_was() => session.RunAsync(nameof(A_filter_value_opened_in_a_new_tab_leaves_this_search_as_it_was), async page =>
    {
        await page.OpenAsync("/recherche?q=jeunes");
        await page.WaitForInteractiveAsync();
        var value = page.Locator("[data-testid=facet-beneficiary] [data-value=association]");

        var opened = page.Context.WaitForPageAsync();
        await value.ClickAsync(new LocatorClickOptions { Modifiers = [KeyboardModifier.ControlOrMeta] });
        var tab = await opened;

        await tab.WaitForURLAsync(url => new Uri(url).Query.Contains("beneficiary=association", StringComparison.Ordinal));
        // The circuit heard nothing: this page keeps its search, and its filter is still unticked.
        await page.WaitForTimeoutAsync(300);
        Assert.Null(page.Parameter("beneficiary"));
        await Expect(page.Locator("[data-testid=chip][data-parameter=beneficiary]")).ToHaveCountAsync(0);
        await tab.CloseAsync();
    });

    [Fact]
    public Task Typing_searches_as_you_type_and_the_link_reopens_the_same_search() => session.RunAsync(nameof(Typing_searches_as_you_type_and_the_link_reopens_the_same_search), async page =>
    {
        await page.OpenAsync("/recherche?theme=emploi-insertion");
        var box = page.Locator("[data-testid=search-input]");
        await box.PressSequentiallyAsync("insertion", new LocatorPressSequentiallyOptions { Delay = 40 });

        await page.WaitForSearchAsync(p => p.Parameter("q") == "insertion");
        // A search typed inside the circuit renames the tab (DocumentTitle), as a new page would.
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^« insertion » : recherche — "));
        var truth = await ApiTruth.SearchAsync(session, page.Url);
        await Expect(page.Locator("[data-testid=result-title]").First).ToHaveTextAsync(truth.Titles[0]);
        Assert.Equal("emploi-insertion", page.Parameter("theme"));
        await Expect(page.Locator("[data-testid=result-snippet] mark").First).ToBeVisibleAsync();

        var copied = page.Url;
        var other = await page.Context.NewPageAsync();
        await other.OpenAsync(copied);
        Assert.Equal(truth.Titles, await other.TitlesAsync());
        await Expect(other.Locator("[data-testid=search-input]")).ToHaveValueAsync("insertion");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        Assert.Equal(truth.Titles, await page.TitlesAsync());
    });

    [Fact]
    public Task A_call_opens_with_its_details_and_its_deadline_goes_into_a_calendar() => session.RunAsync(nameof(A_call_opens_with_its_details_and_its_deadline_goes_into_a_calendar), async page =>
    {
        await page.OpenAsync("/recherche?status=ouvert&sort=deadline");
        var firstTitle = page.Locator("[data-testid=result-title]").First;
        var title = await firstTitle.InnerTextAsync();

        await firstTitle.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/appels/", StringComparison.Ordinal));
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        // Opened inside the circuit: the tab takes the call's name all the same (DocumentTitle).
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(title) + " — "));
        await Expect(page.Locator("[data-testid=call-deadline]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=call-sources] [data-testid=call-source]").First).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=add-to-calendar]").ClickAsync());
        Assert.EndsWith(".ics", download.SuggestedFilename, StringComparison.Ordinal);
        var ics = await File.ReadAllTextAsync((await download.PathAsync())!);
        var slug = new Uri(page.Url).AbsolutePath.Split('/')[^1];
        var call = await CallFromApiAsync(slug);
        var deadline = DateOnly.Parse(call.GetProperty("deadline").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VEVENT", ics, StringComparison.Ordinal);
        Assert.Contains(deadline.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), ics, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VALARM", ics, StringComparison.Ordinal);
        Assert.True(Unfold(ics).Contains("SUMMARY:Date limite : " + EscapeIcs(title), StringComparison.Ordinal), $"no summary for « {title} » in:\n{ics}");
    });

    private async Task<System.Text.Json.JsonElement> CallFromApiAsync(string slug)
    {
        using var client = session.App.CreateClient();
        return await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(
            client, new Uri("/api/calls/" + slug, UriKind.Relative));
    }

    // iCalendar folds long lines with CRLF + space and escapes commas and semicolons.
    private static string Unfold(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal);

    private static string EscapeIcs(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal);
}
