using System.Globalization;

namespace Plateforme.Crawler.Fetching.Robots;

/// <summary>Reads robots.txt (RFC 9309) and keeps the group meant for one product token.</summary>
internal static class RobotsParser
{
    /// <summary>RFC 9309 asks crawlers to parse at least 500 KiB; anything after is ignored.</summary>
    public const int MaxBytes = 512 * 1024;

    public static RobotsRules Parse(string content, string productToken)
    {
        var groups = ReadGroups(content);
        var token = productToken.ToLowerInvariant();

        // Most specific group: an agent equal to our token, else the longest agent our token starts with
        // ("plateforme" covers "plateformebot"), else '*'. Groups naming the same agent are merged.
        var best = -1;
        foreach (var group in groups)
        {
            foreach (var agent in group.Agents)
            {
                var score = agent == "*" ? 0 : token.StartsWith(agent, StringComparison.Ordinal) ? agent.Length : -1;
                best = Math.Max(best, score);
            }
        }

        if (best < 0)
        {
            return RobotsRules.AllowAll;
        }

        var rules = new List<RobotsRule>();
        TimeSpan? crawlDelay = null;
        foreach (var group in groups)
        {
            var chosen = group.Agents.Any(agent => best == 0 ? agent == "*" : agent != "*" && agent.Length == best && token.StartsWith(agent, StringComparison.Ordinal));
            if (chosen)
            {
                rules.AddRange(group.Rules);
                crawlDelay ??= group.CrawlDelay;
            }
        }

        return new RobotsRules(rules, crawlDelay);
    }

    private static List<Group> ReadGroups(string content)
    {
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in content.Split('\n'))
        {
            var line = StripComment(rawLine).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent" or "useragent" or "user agent":
                    if (current is null || !lastWasAgent)
                    {
                        current = new Group();
                        groups.Add(current);
                    }

                    current.Agents.Add(AgentToken(value));
                    lastWasAgent = true;
                    continue;
                case "allow" when current is not null:
                    AddRule(current, value, allow: true);
                    break;
                case "disallow" or "dissallow" or "disalow" when current is not null:
                    AddRule(current, value, allow: false);
                    break;
                case "crawl-delay" or "crawldelay" when current is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86_400)
                    {
                        current.CrawlDelay ??= TimeSpan.FromSeconds(seconds);
                    }

                    break;
            }

            // Any other line (sitemap, unknown keys) also closes the run of user-agent lines.
            lastWasAgent = false;
        }

        return groups;
    }

    private static void AddRule(Group group, string value, bool allow)
    {
        // An empty Disallow means "nothing is disallowed": it is no rule at all.
        if (value.Length == 0)
        {
            return;
        }

        if (value[0] != '/' && value[0] != '*')
        {
            value = "/" + value;
        }

        group.Rules.Add(new RobotsRule(PathPattern.Normalise(value), allow));
    }

    private static string AgentToken(string value)
    {
        if (value.StartsWith('*'))
        {
            return "*";
        }

        // "PlateformeBot/1.0 (+https://…)" → "plateformebot": only the product token counts.
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '-' or '_'))
        {
            end++;
        }

        return end == 0 ? "\0" : value[..end].ToLowerInvariant();
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<RobotsRule> Rules { get; } = [];

        public TimeSpan? CrawlDelay { get; set; }
    }
}
