using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Plateforme.Search.Analysis;
using Plateforme.Search.Indexing.Lucene.Querying;
using Plateforme.Search.Text;

namespace Plateforme.Search.Indexing.Lucene.Text;

/// <summary>
/// Proposes the person's text with each word the index does not know replaced by the closest indexed word
/// ("insertoin" → "insertion"): the fewest edits first, then the most frequent. Candidates come from
/// the whole-word vocabulary, so the proposal is a real word with its accents, not a stem.
/// </summary>
internal sealed class SpellingSuggester(Analyzer searchAnalyzer, Analyzer wordAnalyzer)
{
    /// <summary>Words checked at most: a long query is not a typo.</summary>
    private const int MaxWords = 8;

    /// <summary>The closest indexed word for each unknown word of the query, in text order.</summary>
    public List<WordCorrection> Correct(IndexReader reader, ParsedUserQuery parsed)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(parsed);
        var corrections = new List<WordCorrection>();
        var vocabulary = MultiFields.GetTerms(reader, CallFields.Spelling);
        if (vocabulary is null) return corrections;

        var checkedWords = 0;
        foreach (var item in parsed.Required.SelectMany(group => group))
        {
            if (checkedWords >= MaxWords) break;
            foreach (var token in wordAnalyzer.Tokenize(item.Text, CallFields.Spelling))
            {
                if (++checkedWords > MaxWords) break;
                if (IsKnown(reader, token.Term)) continue;
                if (Closest(vocabulary, token.Term) is not { } word) continue;
                var length = token.EndOffset - token.StartOffset;
                var original = item.Text.Substring(token.StartOffset, length);
                corrections.Add(new WordCorrection(item, item.Start + token.StartOffset, length, MatchCase(original, word)));
            }
        }

        return corrections;
    }

    /// <summary>True when some stem of the item's text occurs nowhere in the calls' text: only such words may be typos.</summary>
    public bool IsUnknown(IndexReader reader, QueryItem item) => !IsKnown(reader, item.Text);

    /// <summary>The text with the corrections applied, or null when there is none.</summary>
    public static string? Apply(string text, IReadOnlyList<WordCorrection> corrections)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (corrections.Count == 0) return null;
        var result = new StringBuilder(text.Length + 16);
        var position = 0;
        foreach (var correction in corrections.OrderBy(correction => correction.Start))
        {
            if (correction.Start < position) continue;
            result.Append(text, position, correction.Start - position).Append(correction.Word);
            position = correction.Start + correction.Length;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>A word is known when every stem it analyses to occurs in the calls' text.</summary>
    private bool IsKnown(IndexReader reader, string word) =>
        searchAnalyzer.Tokenize(word, CallFields.All).TrueForAll(token => reader.DocFreq(new Term(CallFields.All, token.Term)) > 0);

    private static string? Closest(Terms vocabulary, string word)
    {
        var folded = FrenchFolding.Fold(word);
        var maxEdits = TextQueryBuilder.MaxEdits(folded);
        if (maxEdits == 0) return null;

        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;

        // The first letter is kept, as in the search's typo tolerance (scanning the whole vocabulary with two
        // edits would cost more than the search), give or take an accent: "ecnomie" still finds "économie".
        foreach (var first in FirstLetters(word[0]))
        {
            var typed = new Term(CallFields.Spelling, first + word[1..]);
            var candidates = new FuzzyTermsEnum(vocabulary, new AttributeSource(), typed, maxEdits, 1, true);
            while (candidates.MoveNext())
            {
                var candidate = candidates.Term.Utf8ToString();
                var distance = EditDistance.Between(folded, FrenchFolding.Fold(candidate));
                if (distance == 0 || distance > maxEdits) continue;
                var frequency = candidates.DocFreq;
                var better = distance < bestDistance
                    || (distance == bestDistance && frequency > bestFrequency)
                    || (distance == bestDistance && frequency == bestFrequency && string.CompareOrdinal(candidate, best) < 0);
                if (!better) continue;
                (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
            }
        }

        return best;
    }

    /// <summary>The letter and its accented forms in French words.</summary>
    private static string FirstLetters(char letter) => FrenchFolding.Fold(letter.ToString()) switch
    {
        "a" => "aàâ",
        "e" => "eéèê",
        "i" => "iî",
        "o" => "oô",
        "u" => "uùû",
        "c" => "cç",
        _ => letter.ToString(),
    };

    private static string MatchCase(string original, string word)
    {
        if (original.Length > 1 && original.All(c => !char.IsLetter(c) || char.IsUpper(c))) return word.ToUpperInvariant();
        if (original.Length > 0 && char.IsUpper(original[0])) return char.ToUpperInvariant(word[0]) + word[1..];
        return word;
    }
}
