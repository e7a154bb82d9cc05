using System.Net.Http.Json;
using System.Text.Json;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>The search API, asked the same question as the page, as the reference for what the page should show.</summary>
internal static class ApiTruth
{
    public static async Task<(int Total, List<string> Titles)> SearchAsync(BrowserSession session, string pageAddress)
    {
        using var client = session.App.CreateClient();
        var query = new Uri(pageAddress).Query;
        var json = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/calls" + query, UriKind.Relative));
        var titles = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
        return (json.GetProperty("total").GetInt32(), titles);
    }

    /// <summary>Waits until the page shows what the API answers for its address: the update has been rendered.</summary>
    public static async Task<(int Total, List<string> Titles)> WaitForRenderedAsync(BrowserSession session, Microsoft.Playwright.IPage page)
    {
        var truth = await SearchAsync(session, page.Url);
        var count = page.Locator("[data-testid=result-count]");
        await Microsoft.Playwright.Assertions.Expect(count).ToHaveAttributeAsync("data-total", truth.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (truth.Titles.Count > 0)
        {
            await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-testid=result-title]").First).ToHaveTextAsync(truth.Titles[0]);
        }
        return truth;
    }
}
