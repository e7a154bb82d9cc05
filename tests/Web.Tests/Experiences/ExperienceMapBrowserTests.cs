using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Experiences.Sheets;
using Plateforme.Web.Tests.EndToEnd;

namespace Plateforme.Web.Tests.Experiences;

/// <summary>
/// The map page in Chromium with every tile refused (as offline, and as tests never reach the internet): the list is
/// whole, the map says its background did not load, nearby sheets share one cluster marker, and axe finds nothing serious.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExperienceMapBrowserTests(BrowserSession session)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task Without_tiles_the_map_page_is_a_complete_list_with_clustered_markers_and_no_serious_violation()
    {
        await PublishNearbySheetsAsync();
        await session.RunAsync(nameof(Without_tiles_the_map_page_is_a_complete_list_with_clustered_markers_and_no_serious_violation), async page =>
        {
            var tileRequests = 0;
            await page.RouteAsync("**/*.png", async route =>
            {
                if (route.Request.Url.Contains("/lib/leaflet/", StringComparison.Ordinal)) { await route.ContinueAsync(); return; }
                Interlocked.Increment(ref tileRequests);
                await route.AbortAsync();
            });

            await page.GotoAsync("/experiences?territory=dep:59&theme=emploi-insertion");

            await page.Locator("[data-testid=tiles-failed]").WaitForAsync();
            Assert.True(tileRequests > 0);
            var cards = await page.Locator("[data-testid=experience-card]").CountAsync();
            Assert.Equal(await page.Locator("[data-testid=experiences-count]").TextContentAsync(), $"{cards} expériences");
            // The three nearby ateliers share one cluster marker (with the seeded Roubaix sheet, placed at the commune's centre).
            var clusters = (await page.Locator(".experience-cluster").AllTextContentsAsync()).Select(t => int.Parse(t.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Contains(clusters, size => size >= 3);
            var result = await page.RunAxe(Wcag21AA);
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"- {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")));
        });
    }

    private async Task PublishNearbySheetsAsync()
    {
        var sheets = session.App.Services.GetRequiredService<ExperienceService>();
        if ((await sheets.PublishedAsync()).Any(s => s.Title.StartsWith("Atelier de quartier", StringComparison.Ordinal))) return;
        var author = new ExperienceActor(Guid.NewGuid(), [], IsModerator: false);
        var moderator = new ExperienceActor(Guid.NewGuid(), [], IsModerator: true);
        for (var i = 0; i < 3; i++)
        {
            var draft = (await sheets.SaveDraftAsync(null, new ExperienceInput
            {
                Title = $"Atelier de quartier n° {i + 1}",
                Summary = "Un atelier partagé au pied des immeubles.",
                TerritoryCode = "com:59512",
                Latitude = 50.6942 + i * 0.001,
                Longitude = 3.1746,
                Themes = [ExperienceThemes.Employment],
                Carrier = CarrierType.Association,
                CarrierName = "Association de quartier",
            }, author)).Sheet!;
            await sheets.SubmitAsync(draft.Id, author);
            await sheets.PublishAsync(draft.Id, moderator);
        }
    }
}
