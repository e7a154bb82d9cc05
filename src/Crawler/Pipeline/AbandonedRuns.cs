using Microsoft.EntityFrameworkCore;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Pipeline;

/// <summary>
/// Runs whose process died (a crash, a kill, a redeploy) before they could record their end. Two runs of one source
/// never overlap, so when a new run starts, every earlier run of that source still « en cours » was abandoned: it is
/// closed as interrupted instead of staying « en cours » on the source's page forever.
/// </summary>
internal static class AbandonedRuns
{
    public const string Reason = "Passage interrompu : le service s'est arrêté avant la fin du passage.";

    public static async Task CloseAsync(IDbContextFactory<CrawlerDbContext> contexts, CrawlRun current)
    {
        var db = await contexts.CreateDbContextAsync().ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var abandoned = await db.CrawlRuns
                .Where(r => r.SourceId == current.SourceId && r.Outcome == CrawlRunOutcome.Running && r.Id < current.Id)
                .ToListAsync().ConfigureAwait(false);
            foreach (var run in abandoned)
            {
                run.Outcome = CrawlRunOutcome.Cancelled;
                run.Errors = [.. run.Errors, Reason];
            }
            if (abandoned.Count > 0) await db.SaveChangesAsync().ConfigureAwait(false);
        }
    }
}
