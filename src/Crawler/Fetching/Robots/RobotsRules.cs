namespace Plateforme.Crawler.Fetching.Robots;

/// <summary>The rules of the one group that applies to our product token.</summary>
internal sealed class RobotsRules
{
    public static readonly RobotsRules AllowAll = new([], crawlDelay: null);

    private readonly IReadOnlyList<RobotsRule> _rules;

    public RobotsRules(IReadOnlyList<RobotsRule> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    public TimeSpan? CrawlDelay { get; }

    public int Count => _rules.Count;

    /// <param name="pathAndQuery">The URL's path and query, as sent on the request line.</param>
    public bool IsAllowed(string pathAndQuery)
    {
        var path = PathPattern.Normalise(string.IsNullOrEmpty(pathAndQuery) ? "/" : pathAndQuery);
        if (path.Equals("/robots.txt", StringComparison.Ordinal))
        {
            return true;
        }

        RobotsRule? winner = null;
        foreach (var rule in _rules)
        {
            if (!rule.Matches(path))
            {
                continue;
            }

            // Longest match wins; on a tie the least restrictive (Allow) wins, as RFC 9309 §2.2.2 advises.
            if (winner is null
                || rule.Specificity > winner.Specificity
                || (rule.Specificity == winner.Specificity && rule.Allow && !winner.Allow))
            {
                winner = rule;
            }
        }

        return winner?.Allow ?? true;
    }
}
