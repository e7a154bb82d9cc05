namespace Plateforme.Crawler.Fetching.Robots;

/// <summary>One Allow or Disallow line; <see cref="Pattern"/> is normalised (percent-encoding) and may hold * and a final $.</summary>
internal sealed record RobotsRule(string Pattern, bool Allow)
{
    /// <summary>RFC 9309 precedence: the most specific (longest) matching rule wins.</summary>
    public int Specificity => Pattern.Length;

    public bool Matches(string path) => PathPattern.Matches(Pattern, path);
}
