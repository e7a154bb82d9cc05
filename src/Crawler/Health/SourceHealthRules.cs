using System.Globalization;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Health;

/// <summary>
/// Computes a source's health from its recent runs: flagged when its last <see cref="FailedRunsInARow"/> runs failed,
/// or when its latest complete run found less than half the median of its previous complete runs (a changed layout
/// usually leaves the listing readable but empty), or when its latest complete run's calls lack a deadline or an amount
/// the previous runs had (<see cref="FieldShareRule"/>). Running and cancelled runs say nothing about the source.
/// </summary>
public static class SourceHealthRules
{
    public const int FailedRunsInARow = 3;

    /// <param name="recentRuns">The source's runs, newest first (a few dozen are plenty).</param>
    public static SourceHealth Evaluate(bool enabled, IReadOnlyList<CrawlRun> recentRuns)
    {
        ArgumentNullException.ThrowIfNull(recentRuns);
        if (!enabled)
        {
            return new SourceHealth(SourceHealthState.Disabled, "désactivée", "La source est désactivée : elle n'est plus relevée.");
        }

        var finished = recentRuns.Where(r => r.Outcome is not (CrawlRunOutcome.Running or CrawlRunOutcome.Cancelled)).ToList();
        if (finished.Count == 0)
        {
            return new SourceHealth(SourceHealthState.NeverRun, "jamais lancée", "La source n'a encore jamais été relevée.");
        }

        if (finished.Count >= FailedRunsInARow && finished.Take(FailedRunsInARow).All(r => r.Outcome == CrawlRunOutcome.Failed))
        {
            var error = finished[0].Errors.FirstOrDefault();
            return new SourceHealth(SourceHealthState.Failing, "en échec",
                $"Les {FailedRunsInARow} derniers passages ont échoué{(error is null ? "." : $" ; dernière erreur : {error}")}");
        }

        var complete = finished.Where(r => r.Complete).ToList();
        if (complete.Count >= 2)
        {
            var usual = Median(complete.Skip(1).Select(r => r.ItemsFound));
            var latest = complete[0].ItemsFound;
            if (latest * 2 < usual)
            {
                return new SourceHealth(SourceHealthState.DecliningYield, "rendement en baisse", string.Create(CultureInfo.InvariantCulture,
                    $"Le dernier passage complet a trouvé {latest} élément(s) contre {usual} d'habitude : la mise en page du site a peut-être changé."));
            }
        }

        if (FieldShareRule.Explain(complete) is { } missing)
        {
            return new SourceHealth(SourceHealthState.MissingFields, "champs manquants", missing);
        }

        var last = finished[0];
        return new SourceHealth(SourceHealthState.Ok, "ok", last.Outcome == CrawlRunOutcome.Failed
            ? "Le dernier passage a échoué, mais pas les précédents."
            : string.Create(CultureInfo.InvariantCulture, $"Le dernier passage a trouvé {last.ItemsFound} élément(s)."));
    }

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle] + 1) / 2;
    }
}
