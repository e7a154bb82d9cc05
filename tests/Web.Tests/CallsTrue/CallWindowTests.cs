using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;
using Plateforme.Search.Windows;
using Plateforme.Web.Calls.Catalogue;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.CallModeration;

namespace Plateforme.Web.Tests.CallsTrue;

/// <summary>A call with two windows: its status follows the next one, its page and calendar show both.</summary>
[Collection(CallModerationCollection.Name)]
public sealed class CallWindowTests(AccountsApp app)
{
    private static readonly CallWindow Spring = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 15));
    // Noon in Paris on 31 March 2027 is 10:00 UTC (summer time since the 28th).
    private static readonly CallWindow Summer = new(new DateOnly(2027, 2, 1), new DateOnly(2027, 3, 31), new TimeOnly(12, 0));

    [Theory]
    [InlineData("2026-11-23", CallStatus.Open, "2026-12-15")]
    [InlineData("2026-12-20", CallStatus.Upcoming, "2027-03-31")]
    [InlineData("2027-02-10", CallStatus.Open, "2027-03-31")]
    [InlineData("2027-04-02", CallStatus.Closed, "2027-03-31")]
    public async Task The_status_follows_the_next_window(string today, CallStatus expected, string deadline)
    {
        var call = await TwoWindowCallAsync();
        var reader = new CatalogueReader(Service<PublishedCalls>(), Service<CallDocumentBuilder>(), Service<ISearchIndex>(), ClockOn(today));

        var page = await reader.FindCallAsync(call.Slug);

        Assert.Equal(expected, page!.Status);
        Assert.Equal(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), page.Call.Deadline);
    }

    [Fact]
    public async Task The_roller_moves_a_passed_call_on_to_its_next_window_once()
    {
        var call = await TwoWindowCallAsync();
        var roller = new CallWindowRoller(Service<IDbContextFactory<CatalogueDbContext>>(), ClockOn("2026-12-20"), NullLogger<CallWindowRoller>.Instance);

        await roller.RollAsync();
        var rolled = await app.CallAsync(call.Id);
        await roller.RollAsync();
        var again = await app.CallAsync(call.Id);

        Assert.Equal((new DateOnly(2027, 2, 1), new DateOnly(2027, 3, 31)), (rolled.OpensOn!.Value, rolled.Deadline!.Value));
        Assert.NotNull(rolled.WindowOpenedAt);
        Assert.Equal(rolled.WindowOpenedAt, again.WindowOpenedAt);
        Assert.Single(again.History, h => h.Actor == "system:fenetres");
    }

    [Fact]
    public async Task The_page_lists_both_windows_and_the_calendar_has_one_event_for_each()
    {
        var call = await TwoWindowCallAsync();
        var visitor = app.NewVisitor();

        var page = await visitor.GetAsync($"/appels/{call.Slug}");
        using var http = app.App.CreateClient();
        var ics = await http.GetStringAsync($"/appels/{call.Slug}/agenda.ics");

        var windows = page.Html.QuerySelectorAll("[data-testid=call-window]");
        Assert.Equal(["en-cours", "a-venir"], windows.Select(w => w.GetAttribute("data-state")));
        Assert.Contains("31 mars 2027", windows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(2, ics.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains("DTSTART;VALUE=DATE:20261215", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND:20270331T100000Z", ics, StringComparison.Ordinal);
        Assert.Contains("session 2", ics, StringComparison.Ordinal);
    }

    private async Task<FundingCall> TwoWindowCallAsync()
    {
        var call = CallModerationArrange.CrawledCall(CallModerationArrange.Unique("Appel en deux sessions"), ModerationState.Published);
        call.Windows = [Spring, Summer];
        call.OpensOn = Spring.OpensOn;
        call.Deadline = Spring.ClosesOn;
        await app.SaveAsync(call);
        return call;
    }

    private T Service<T>()
        where T : notnull => app.App.Services.GetRequiredService<T>();

    private static FakeTimeProvider ClockOn(string day) =>
        new(new DateTimeOffset(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
}
