namespace Plateforme.Search.Analysis;

/// <summary>
/// One term for two analysed words that follow each other, with the gap the stop words between them left:
/// « appel à projets » is the pair « appel 2 projet ». A phrase of two words is then one term to look up instead of
/// two posting lists whose positions are compared call by call, the costliest part of a common phrase's search.
/// </summary>
public static class AdjacentPairs
{
    public static string Term(string first, int gap, string second) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{first} {gap} {second}");

    /// <summary>The pairs of a phrase's tokens, in order (none for a single word).</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<AnalyzedToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var pairs = new List<string>(Math.Max(tokens.Count - 1, 0));
        for (var i = 1; i < tokens.Count; i++) pairs.Add(Term(tokens[i - 1].Term, tokens[i].Position - tokens[i - 1].Position, tokens[i].Term));
        return pairs;
    }
}
