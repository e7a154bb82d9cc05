namespace Plateforme.Crawler.Health;

/// <summary>How a source is doing, worst last: what an admin looks at first.</summary>
public enum SourceHealthState
{
    Ok,
    NeverRun,
    Disabled,

    /// <summary>
    /// « champs manquants »: the latest complete run's calls carry a deadline (or an amount) far less often than the
    /// previous runs' did: the site moved or renamed the field and the definition no longer finds it.
    /// </summary>
    MissingFields,

    /// <summary>The latest complete run found less than half the usual items: the site probably changed its layout.</summary>
    DecliningYield,

    /// <summary>The last runs all failed.</summary>
    Failing,
}
