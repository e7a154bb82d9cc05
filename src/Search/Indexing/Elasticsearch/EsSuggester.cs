using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Lucene.Net.Analysis;
using Plateforme.Search.Analysis;
using LuceneSuggester = Plateforme.Search.Indexing.Lucene.Text.Suggester;
using Plateforme.Search.Text;

namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>
/// Autocomplete as the Lucene backend does it: themes, funders and titles having, for every word typed, a word
/// that starts with it, ignoring case and accents. The typed words are folded by the same prefix chain as the
/// "french_prefix" analyser of the index, then looked for as prefixes of the indexed words; one request brings
/// titles (newest first) and the theme and funder values of matching calls (terms aggregations).
/// </summary>
internal sealed class EsSuggester(ElasticsearchClient client, string alias, Analyzer prefixAnalyzer)
{
    private const int MaxWords = 6;
    private const int MaxLabelValues = 500;

    public IReadOnlyList<Suggestion> Suggest(string? prefix, int max)
    {
        if (max <= 0 || string.IsNullOrWhiteSpace(prefix)) return [];
        var words = prefixAnalyzer.Tokenize(prefix, "title_words", MaxWords).ConvertAll(token => token.Term);
        if (words.Count == 0) return [];

        var request = new SearchRequest(alias)
        {
            Size = 0,
            Aggregations = new Dictionary<string, Aggregation>
            {
                ["titles"] = Filtered(Prefixes(EsFields.TitleWords, words), new Aggregation
                {
                    TopHits = new TopHitsAggregation
                    {
                        Size = max * 4,
                        Sort = [new SortOptions { Field = new FieldSort(EsFields.PublishedAt) { Order = SortOrder.Desc } }, new SortOptions { Field = new FieldSort(EsFields.IdOrder) { Order = SortOrder.Asc } }],
                        Source = new SourceConfig(new SourceFilter { Includes = Fields.FromStrings([EsFields.Id, EsFields.Title]) }),
                    },
                }),
                [LuceneSuggester.ThemeKind] = Filtered(Prefixes(EsFields.ThemeWords, words), Values(FacetNames.Theme)),
                [LuceneSuggester.FunderKind] = Filtered(Prefixes(EsFields.FunderWords, words), Values(FacetNames.Funder)),
            },
        };
        var response = client.Search<EsCallDocument>(request);
        if (!response.IsValidResponse) throw new ElasticsearchIndexException("Elasticsearch failed an autocomplete: " + response.DebugInformation);

        var themes = Labels(response.Aggregations, LuceneSuggester.ThemeKind, words, max);
        var funders = Labels(response.Aggregations, LuceneSuggester.FunderKind, words, max);
        var titles = Titles(response.Aggregations, words, max);

        // The same shares as Lucene: a quarter each for themes and funders at most, titles fill the rest.
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

    private static Query Prefixes(string field, List<string> words) => new BoolQuery
    {
        Filter = [.. words.Select(word => (Query)new PrefixQuery(field, word))],
    };

    private static Aggregation Filtered(Query filter, Aggregation inner) => new()
    {
        Filter = filter,
        Aggregations = new Dictionary<string, Aggregation> { ["inner"] = inner },
    };

    private static Aggregation Values(string dimension) => new()
    {
        Terms = new TermsAggregation { Field = EsFields.Facet(dimension), Size = MaxLabelValues },
    };

    /// <summary>A call may match through two labels together: only labels covering every typed word are kept.</summary>
    private List<Suggestion> Labels(AggregateDictionary? aggregations, string kind, List<string> words, int max)
    {
        var buckets = aggregations?.GetFilter(kind)?.Aggregations?.GetStringTerms("inner")?.Buckets ?? [];
        return buckets
            .Select(bucket => bucket.Key.ToString())
            .Select(key => key.Split(EsFields.LabelSeparator, 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (Value: parts[0], Label: parts[1], Words: prefixAnalyzer.Tokenize(parts[1], "title_words").ConvertAll(token => token.Term)))
            .Where(label => words.TrueForAll(word => label.Words.Exists(labelWord => labelWord.StartsWith(word, StringComparison.Ordinal))))
            .OrderByDescending(label => label.Words.Count > 0 && label.Words[0].StartsWith(words[0], StringComparison.Ordinal))
            .ThenBy(label => FrenchFolding.Fold(label.Label), StringComparer.Ordinal)
            .Take(max)
            .Select(label => new Suggestion(kind, label.Value, label.Label))
            .ToList();
    }

    private static List<Suggestion> Titles(AggregateDictionary? aggregations, List<string> words, int max)
    {
        var hits = aggregations?.GetFilter("titles")?.Aggregations?.GetTopHits("inner")?.Hits?.Hits ?? [];
        var titles = new List<(Suggestion Suggestion, bool StartsWith)>();
        foreach (var hit in hits)
        {
            if (hit.Source is not { } source) continue;
            var json = System.Text.Json.JsonSerializer.Serialize(source);
            using var document = System.Text.Json.JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty(EsFields.Id, out var id) || !document.RootElement.TryGetProperty(EsFields.Title, out var titleElement)) continue;
            var title = titleElement.GetString() ?? "";
            var startsWith = FrenchFolding.Fold(title).StartsWith(words[0], StringComparison.Ordinal);
            titles.Add((new Suggestion(LuceneSuggester.TitleKind, Guid.ParseExact(id.GetString()!, "N").ToString(), title), startsWith));
        }

        return titles.OrderByDescending(title => title.StartsWith).Select(title => title.Suggestion).Take(max).ToList();
    }
}
