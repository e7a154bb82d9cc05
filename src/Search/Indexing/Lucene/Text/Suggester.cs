using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Plateforme.Search.Analysis;

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
        var facetField = CallFields.FacetField(dimension);
        var found = new Dictionary<string, (string Label, bool StartsWith)>(StringComparer.Ordinal);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var docValues = leaf.AtomicReader.GetSortedSetDocValues(facetField);
            if (docValues is null) continue;
            var table = FacetValueTable.For(leaf.AtomicReader, facetField, docValues);
            var labelWords = table.LabelWords;
            for (var ord = 0; ord < labelWords.Length; ord++)
            {
                if (found.ContainsKey(table.Values[ord]) || !Covers(labelWords[ord], words)) continue;
                var startsWith = labelWords[ord].Length > 0 && labelWords[ord][0].StartsWith(words[0], StringComparison.Ordinal);
                found[table.Values[ord]] = (table.Labels[ord], startsWith);
            }
        }

        // A value seen only on deleted calls is still in the segment's doc values: check a live call has it.
        return found
            .OrderByDescending(pair => pair.Value.StartsWith)
            .ThenBy(pair => pair.Value.Label, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))
            .Where(pair => searcher.Search(new TermQuery(new Term(field, pair.Key)), 1).TotalHits > 0)
            .Take(max)
            .Select(pair => new Suggestion(kind, pair.Key, pair.Value.Label))
            .ToList();
    }

    private static List<Suggestion> Titles(IndexSearcher searcher, List<string> words, int max)
    {
        var query = new BooleanQuery();
        foreach (var word in words) query.Add(new PrefixQuery(new Term(CallFields.TitleWords, word)), Occur.MUST);
        var newestFirst = new Sort(new SortField(CallFields.PublishedAt, SortFieldType.INT64, true));
        var top = searcher.Search(query, null, max * 4, newestFirst);
        var titles = new List<(Suggestion Suggestion, bool StartsWith)>();
        foreach (var hit in top.ScoreDocs)
        {
            var call = CallDocumentMapper.FromJson(searcher.Doc(hit.Doc, CallFields.JsonOnly).GetBinaryValue(CallFields.Json));
            var startsWith = TextFolding.Fold(call.Title).StartsWith(words[0], StringComparison.Ordinal);
            titles.Add((new Suggestion(TitleKind, call.Id.ToString(), call.Title), startsWith));
        }

        // Titles that begin with the typed word read as the better completion; the sort keeps newest first otherwise.
        return titles.OrderByDescending(title => title.StartsWith).Select(title => title.Suggestion).Take(max).ToList();
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
