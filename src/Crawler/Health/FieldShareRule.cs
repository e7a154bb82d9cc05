using System.Globalization;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Health;

/// <summary>
/// The « champs manquants » rule: the latest complete run gave a deadline (or an amount) to less than half the share
/// of calls the previous complete runs did, when those runs gave one to at least a quarter of their calls. A site that
/// moved its « Date limite » into another block still lists its calls, so the yield rule does not see it; this does.
/// </summary>
public static class FieldShareRule
{
    /// <summary>Previous complete runs the latest is compared with.</summary>
    public const int PreviousRuns = 5;

    /// <summary>Below this usual share the field is too rare at this source to tell anything.</summary>
    public const double MinimumUsualShare = 0.25;

    /// <param name="complete">Complete runs, newest first.</param>
    public static string? Explain(IReadOnlyList<CrawlRun> complete)
    {
        ArgumentNullException.ThrowIfNull(complete);
        var counted = complete.Where(r => r.CallsExtracted is > 0 && r.CallsWithDeadline is not null && r.CallsWithAmount is not null).ToList();
        if (counted.Count < 2 || counted[0] != complete[0]) return null;
        var latest = counted[0];
        var previous = counted.Skip(1).Take(PreviousRuns).ToList();
        var drops = new List<string>();
        foreach (var (what, count) in new (string, Func<CrawlRun, int>)[] { ("une date limite", r => r.CallsWithDeadline!.Value), ("un montant", r => r.CallsWithAmount!.Value) })
        {
            var usual = (double)previous.Sum(count) / previous.Sum(r => r.CallsExtracted!.Value);
            var now = (double)count(latest) / latest.CallsExtracted!.Value;
            if (usual >= MinimumUsualShare && now * 2 < usual)
            {
                drops.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{what} pour {count(latest)} appel(s) sur {latest.CallsExtracted} ({Percent(now)}), contre {Percent(usual)} lors des passages précédents"));
            }
        }

        return drops.Count == 0
            ? null
            : $"Le dernier passage complet a trouvé {string.Join(" et ", drops)} : le site a sans doute déplacé ou renommé ces champs, et la définition ne les trouve plus. Vérifiez-la avec « validate --fetch ».";
    }

    private static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100):0} %");
}
