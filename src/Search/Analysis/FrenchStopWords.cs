using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Util;
using Plateforme.Search.Text;

namespace Plateforme.Search.Analysis;

/// <summary>The word lists shared by the French analysis chains.</summary>
public static class FrenchStopWords
{
    /// <summary>Elided articles and pronouns: "l'emploi" is indexed as "emploi".</summary>
    public static CharArraySet Articles { get; } = new(
        FrenchAnalysis.Version,
        ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
        ignoreCase: true);

    /// <summary>
    /// Lucene's French stop words in both their written and accent-free forms, because the chain folds
    /// accents before removing stop words and people type "a" for "à".
    /// </summary>
    public static CharArraySet Words { get; } = BuildWords();

    private static CharArraySet BuildWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in FrenchAnalyzer.DefaultStopSet)
        {
            var text = word?.ToString();
            if (string.IsNullOrEmpty(text)) continue;
            words.Add(text);
            words.Add(FrenchFolding.Fold(text));
        }

        return new CharArraySet(FrenchAnalysis.Version, words, ignoreCase: false).AsReadOnly();
    }
}
