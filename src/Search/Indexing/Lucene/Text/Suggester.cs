using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Plateforme.Search.Analysis;
using Plateforme.Search.Indexing.Lucene.Collecting;
using Plateforme.Search.Indexing.Lucene.Segments;
using Plateforme.Search.Text;

namespace Plateforme.Search.Indexing.Lucene.Text;

/// <summary>
/// Autocomplete: themes, funders and call titles having, for every word typed, a word that starts with it,
/// ignoring case and accents ("eco" → "Économie sociale et solidaire"). Themes and funders come first,
/// a quarter of the list each at most, and titles fill the rest.
/// </summary>
internal sealed class Suggester(Analyzer prefixAnalyzer)
{
    public const string TitleKind = "title";
    public const string FunderKind = "funder";
    public const string ThemeKind = "theme";

    /// <summary>Words of the prefix taken into account.</summary>
    private const int MaxWords = 6;

    public IReadOnlyList<Suggestion> Suggest(IndexSearcher searcher, string? prefix, int max)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        if (max <= 0 || string.IsNullOrWhiteSpace(prefix)) return [];
        var words = prefixAnalyzer.Tokenize(prefix, CallFields.TitleWords, MaxWords).ConvertAll(token => token.Term);
        if (words.Count == 0) return [];

        var themes = Labels(searcher, FacetNames.Theme, CallFields.Theme, ThemeKind, words, max);
        var funders = Labels(searcher, FacetNames.Funder, CallFields.Funder, FunderKind, words, max);
        var titles = Titles(searcher, words, max);

        var share = (max + 3) / 4;
        var themeCount = Math.Min(themes.Count, share);
        var funderCount = Math.Min(funders.Count, share);
        var titleCount = Math.Min(titles.Count, max - themeCount - funderCount);
        var spare = max - themeCount - funderCount - titleCount;
        var extraThemes = Math.Min(themes.Count - themeCount, spare);
        themeCount += extraThemes;
        funderCount += Math.Min(funders.Count - funderCount, spare - extraThemes);

        return [.. themes.Take(themeCount), .. funders.Take(funderCount), .. titles.Take(titleCount)];
    }

    private static List<Suggestion> Labels(IndexSearcher searcher, string dimension, string field, string kind, List<string> words, int max)
    {
        var found = new Dictionary<string, (string Label, string SortKey, bool StartsWith)>(StringComparer.Ordinal);
        var ordinals = GlobalOrdinals.For(searcher.IndexReader).Of(dimension);
        var labelWords = ordinals.LabelWords;
        for (var ord = 0; ord < labelWords.Length; ord++)
        {
            if (!Covers(labelWords[ord], words)) continue;
            var startsWith = labelWords[ord].Length > 0 && labelWords[ord][0].StartsWith(words[0], StringComparison.Ordinal);
            found[ordinals.Values[ord]] = (ordinals.Labels[ord], ordinals.SortKeys[ord], startsWith);
        }

        // A value seen only on deleted calls is still in the segment's doc values: check a live call has it.
        var liveDocs = MultiFields.GetLiveDocs(searcher.IndexReader);
        return found
            .OrderByDescending(pair => pair.Value.StartsWith)
            .ThenBy(pair => pair.Value.SortKey, StringComparer.Ordinal)
            .Where(pair => HasLiveCall(searcher.IndexReader, liveDocs, field, pair.Key))
            .Take(max)
            .Select(pair => new Suggestion(kind, pair.Key, pair.Value.Label))
            .ToList();
    }

    private static List<Suggestion> Titles(IndexSearcher searcher, List<string> words, int max)
    {
        var query = new BooleanQuery();
        foreach (var word in words) query.Add(new PrefixQuery(new Term(CallFields.TitleWords, word)), Occur.MUST);
        var newestFirst = new SearchCollector(0, [], null, new HitRanker(SearchSort.Newest, hasText: false, 0, null), max * 4);
        searcher.Search(query, newestFirst);
        var titles = new List<(Suggestion Suggestion, bool StartsWith)>();
        foreach (var hit in newestFirst.Finish())
        {
            var stored = searcher.Doc(hit.Doc, CallFields.IdAndTitle);
            var title = stored.Get(CallFields.StoredTitle, CultureInfo.InvariantCulture);
            var id = Guid.ParseExact(stored.Get(CallFields.Id, CultureInfo.InvariantCulture), "N");
            var startsWith = FrenchFolding.Fold(title).StartsWith(words[0], StringComparison.Ordinal);
            titles.Add((new Suggestion(TitleKind, id.ToString(), title), startsWith));
        }

        // Titles that begin with the typed word read as the better completion; the sort keeps newest first otherwise.
        return titles.OrderByDescending(title => title.StartsWith).Select(title => title.Suggestion).Take(max).ToList();
    }

    private static bool HasLiveCall(IndexReader reader, IBits? liveDocs, string field, string value)
    {
        var docs = MultiFields.GetTermDocsEnum(reader, liveDocs, field, new BytesRef(value));
        return docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS;
    }

    private static bool Covers(string[] labelWords, List<string> words)
    {
        foreach (var word in words)
        {
            var covered = false;
            foreach (var labelWord in labelWords)
            {
                if (!labelWord.StartsWith(word, StringComparison.Ordinal)) continue;
                covered = true;
                break;
            }

            if (!covered) return false;
        }

        return true;
    }
}
