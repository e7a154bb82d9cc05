namespace Plateforme.Crawler.Extraction.Detection;

/// <summary>
/// Phrases looked for as whole words in a <see cref="FoldedText"/>, singular or plural alike. A phrase written in
/// capitals (2 to 6 letters) is an acronym and must match with its case; others ignore case and accents.
/// </summary>
internal sealed class PhraseSet
{
    private readonly List<string> words = [];
    private readonly List<string> acronyms = [];

    public PhraseSet(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var trimmed = phrase.Trim();
            if (trimmed.Length is >= 2 and <= 6 && trimmed.All(char.IsAsciiLetterUpper)) acronyms.Add(trimmed);
            else
            {
                var folded = FoldedText.Singular(FrenchText.FoldWords(trimmed));
                if (folded.Length > 0) words.Add(folded);
            }
        }
    }

    public bool Matches(FoldedText text) => Count(text) > 0;

    /// <summary>How many distinct phrases of the set the text contains.</summary>
    public int Count(FoldedText text)
    {
        var count = 0;
        foreach (var phrase in words)
        {
            if (FrenchText.ContainsPhrase(text.Lower, phrase)) count++;
        }
        foreach (var acronym in acronyms)
        {
            if (FrenchText.ContainsPhrase(text.Cased, acronym) || FrenchText.ContainsPhrase(text.Cased, acronym + "s")) count++;
        }
        return count;
    }

    /// <summary>Replaces every occurrence of the set's (non-acronym) phrases with spaces of the same length.</summary>
    public string Blank(string lower)
    {
        var result = lower;
        foreach (var phrase in words.OrderByDescending(p => p.Length))
        {
            int at;
            while ((at = FrenchText.IndexOfPhrase(result, phrase)) >= 0)
            {
                result = string.Concat(result.AsSpan(0, at), new string(' ', phrase.Length), result.AsSpan(at + phrase.Length));
            }
        }
        return result;
    }
}
