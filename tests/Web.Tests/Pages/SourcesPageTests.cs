using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Store;

namespace Plateforme.Web.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class SourcesPageTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Every_shipped_source_is_listed_with_its_last_run_and_its_problems()
    {
        var registry = app.Services.GetRequiredService<SourceRegistry>();
        var failing = registry.Enabled[0];
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CrawlerDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.CrawlRuns.Add(new CrawlRun
            {
                SourceId = failing.Id,
                StartedAt = PlateformeApp.Now.AddHours(-2),
                EndedAt = PlateformeApp.Now.AddHours(-2).AddMinutes(1),
                Outcome = CrawlRunOutcome.Failed,
                Errors = ["robots.txt injoignable : le serveur a répondu 503"],
            });
            await db.SaveChangesAsync();
        }

        var html = await client.GetOkPageAsync("/sources");

        var rows = html.QuerySelectorAll("[data-testid=source]");
        Assert.Equal(registry.All.Select(d => d.Id).Order(), rows.Select(r => r.GetAttribute("data-source")!).Order());
        var row = rows.Single(r => r.GetAttribute("data-source") == failing.Id);
        Assert.Contains("Échec", row.QuerySelector("[data-testid=source-outcome]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("robots.txt injoignable", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(rows, r => r.TextContent.Contains("Jamais relevée", StringComparison.Ordinal));
    }
}
