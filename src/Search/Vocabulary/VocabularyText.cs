using System.Text;
using Plateforme.Search.Text;

namespace Plateforme.Search.Vocabulary;

/// <summary>
/// How the vocabulary compares words, whatever the backend: folded, lower-case, dots of acronyms dropped
/// ("C.A.F." is "caf"), elisions dropped ("d'allocations" is "allocations"), a final plural s or x dropped,
/// and the small words that people leave out ("de la") ignored.
/// </summary>
public static class VocabularyText
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en", "pour", "par", "sur", "un", "une",
    };

    /// <summary>The words of a text as the vocabulary compares them, small words left out.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var raw in Split(text))
        {
            var key = WordKey(raw);
            if (key.Length > 0 && !SmallWords.Contains(key)) words.Add(key);
        }

        return words;
    }

    /// <summary>One key for a whole term: its words joined by a space.</summary>
    public static string Key(string text) => string.Join(' ', Words(text));

    /// <summary>True for a word the vocabulary ignores when it lines a term up ("de", "la", "pour"…).</summary>
    public static bool IsSmallWord(string word) => SmallWords.Contains(WordKey(word));

    /// <summary>The comparison key of one written word, empty when nothing is left.</summary>
    public static string WordKey(string word)
    {
        var folded = FrenchFolding.Fold(word).ToLowerInvariant();
        var apostrophe = folded.LastIndexOfAny(['\'', '’']);
        if (apostrophe >= 0 && apostrophe <= 5) folded = folded[(apostrophe + 1)..];
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) key.Append(c);
        }

        // Plurals meet singulars; short words (acronyms) are kept whole.
        if (key.Length > 3 && key[^1] is 's' or 'x') key.Length--;
        return key.ToString();
    }

    /// <summary>Words split on spaces, hyphens and slashes ("TPE/PME", "tiers-lieux"), dots kept for acronyms.</summary>
    public static IEnumerable<string> Split(string text) =>
        text.Split([' ', '\t', '\n', '\r', '-', '/', ',', '(', ')', '«', '»', '"', ':', '!', '?'], StringSplitOptions.RemoveEmptyEntries);
}
