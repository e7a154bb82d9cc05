using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Plateforme.Search.Indexing.Lucene;
using Plateforme.Search.Indexing.Lucene.Querying;
using Plateforme.Search.Indexing.Lucene.Text;
using Plateforme.Search.Vocabulary;

namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>
/// Runs one <see cref="SearchQuery"/> on Elasticsearch with the Lucene backend's passes: the exact search (text
/// with the vocabulary, filters, drill-sideways facets, the page with snippets, and a term suggester for unknown
/// words); when exact matches are few, a typo-tolerant pass for the unknown words and a spelling suggestion;
/// when calls meeting every word are fewer than <see cref="SearchExecutor.EnoughResults"/>, a relaxed pass
/// asking half the groups, the calls meeting only some listed after the others as « résultats approchants ».
/// </summary>
internal sealed class EsSearchExecutor(ElasticsearchClient client, string alias, SearchVocabularyProvider vocabulary, int maxFacetValues)
{
    private const string SpellingSuggester = "spelling";

    public SearchResult Execute(SearchQuery query, SearchVocabulary? with = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = VocabularyExpansion.Apply(UserQueryParser.Parse(query.Text), with ?? vocabulary.Current);
        var hasText = text.Required.Count > 0;
        var filters = EsFilters.From(query);

        var exact = Run(query, filters, text.IsEmpty ? null : EsTextQuery.Exact(text), text, null, relaxedGroups: 0, suggest: hasText);
        var pass = exact;
        var usedFuzzy = false;
        string? suggestion = null;
        IReadOnlySet<QueryItem>? fuzzyWords = null;
        if (hasText && exact.Total < SearchExecutor.FewResults)
        {
            var corrections = Corrections(exact.Response, text);
            suggestion = Lucene.Text.SpellingSuggester.Apply(query.Text!, corrections);
            fuzzyWords = corrections.Select(correction => correction.Item).ToHashSet();
            if (fuzzyWords.Count > 0)
            {
                var fuzzy = Run(query, filters, EsTextQuery.Exact(text, fuzzyWords), text, fuzzyWords, relaxedGroups: 0, suggest: false);
                if (fuzzy.Total > exact.Total)
                {
                    pass = fuzzy;
                    usedFuzzy = true;
                }
            }
        }

        var approximate = 0;
        var groups = text.Required.Count;
        if (!query.ExactOnly && groups > 1 && pass.Total < SearchExecutor.EnoughResults)
        {
            var loosened = usedFuzzy ? fuzzyWords : null;
            var relaxedQuery = EsTextQuery.Relaxed(text, (groups + 1) / 2, scoreText: query.Sort == SearchSort.Relevance, loosened);
            var relaxed = Run(query, filters, relaxedQuery, text, loosened, groups, suggest: false);
            if (relaxed.Total > pass.Total)
            {
                approximate = relaxed.Total - pass.Total;
                pass = relaxed;
            }
        }

        return new SearchResult
        {
            Total = pass.Total,
            Hits = pass.Hits,
            Facets = EsFacets.Read(pass.Response.Aggregations, maxFacetValues),
            UsedFuzzyMatching = usedFuzzy,
            ApproximateCount = approximate,
            SpellingSuggestion = suggestion,
        };
    }

    private Pass Run(SearchQuery query, EsFilters filters, Query? textQuery, ParsedUserQuery text, IReadOnlySet<QueryItem>? fuzzyWords, int relaxedGroups, bool suggest)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, SearchExecutor.MaxPageSize);
        var from = (long)(Math.Max(query.Page, 1) - 1) * pageSize;
        var today = query.Today.DayNumber;
        var hasText = text.Required.Count > 0;
        var relevance = query.Sort == SearchSort.Relevance && hasText && relaxedGroups == 0;
        Query matching = textQuery is null ? new MatchAllQuery() : relevance ? EsSorts.Nudged(textQuery, today) : textQuery;

        var narrowing = new List<Query>(filters.Constraints);
        if (!query.IncludeFacets) narrowing.AddRange(filters.Dimensions.Values);
        var request = new SearchRequest(alias)
        {
            Query = narrowing.Count == 0 ? matching : new BoolQuery { Must = [matching], Filter = narrowing },
            From = (int)Math.Min(from, int.MaxValue - pageSize),
            Size = pageSize,
            TrackTotalHits = new TrackHits(true),
            Sort = EsSorts.For(query.Sort, hasText, today, tiersFirst: relaxedGroups > 0),
            Source = new SourceConfig(new SourceFilter { Includes = Fields.FromString(EsFields.Card) }),
        };
        if (query.IncludeFacets && filters.Dimensions.Count > 0) request.PostFilter = filters.AllDimensions();
        if (query.IncludeFacets) request.Aggregations = EsFacets.Request(filters, today, maxFacetValues);
        if (text.Required.Count > 0)
        {
            request.Highlight = new Highlight
            {
                Fields =
                [
                    new(EsFields.Summary, new HighlightField { NumberOfFragments = 0 }),
                    new(EsFields.Description, new HighlightField { NumberOfFragments = 0 }),
                ],
                PreTags = [EsSnippets.Open],
                PostTags = [EsSnippets.Close],
                RequireFieldMatch = false,
                HighlightQuery = EsTextQuery.Highlighting(text, fuzzyWords),
            };
        }

        if (suggest)
        {
            request.Suggest = new Elastic.Clients.Elasticsearch.Core.Search.Suggester
            {
                Text = query.Text,
                Suggesters = new Dictionary<string, FieldSuggester>
                {
                    [SpellingSuggester] = new FieldSuggester
                    {
                        Term = new TermSuggester(EsFields.Spelling) { SuggestMode = SuggestMode.Missing, Size = 1, PrefixLength = 1, MinWordLength = 4 },
                    },
                },
            };
        }

        var response = client.Search<EsCallDocument>(request);
        if (!response.IsValidResponse)
        {
            throw new ElasticsearchIndexException("Elasticsearch failed a search: " + (response.ElasticsearchServerError?.Error?.Reason ?? response.ApiCallDetails.OriginalException?.Message ?? "no detail"));
        }

        var met = relaxedGroups * EsTextQuery.GroupWeight;
        var hits = response.Hits.Where(hit => hit.Source?.Card is not null).Select(hit =>
        {
            var call = hit.Source!.Card!;
            return new SearchHit
            {
                Call = call,
                Status = CallStatusRules.StatusOn(query.Today, call.OpensOn, call.Deadline),
                Score = (float)(hit.Score ?? 0),
                IsApproximate = relaxedGroups > 0 && (hit.Score ?? 0) < met,
                Snippet = hasText ? EsSnippets.Build(call, hit.Highlight) : null,
            };
        }).ToList();
        return new Pass((int)response.Total, hits, response);
    }

    /// <summary>
    /// The typed words the index does not hold, each with the closest indexed word: the term suggester only
    /// answers for missing words. The vocabulary's expansions and quoted phrases are never loosened.
    /// </summary>
    private static List<WordCorrection> Corrections(SearchResponse<EsCallDocument> response, ParsedUserQuery text)
    {
        var corrections = new List<WordCorrection>();
        if (response.Suggest is null || !response.Suggest.TryGetValue(SpellingSuggester, out _)) return corrections;
        var words = text.Required.SelectMany(group => group).Where(item => !item.IsPhrase && !item.IsExpansion).ToList();
        foreach (var entry in response.Suggest.GetTerm(SpellingSuggester) ?? [])
        {
            if (entry.Options.FirstOrDefault() is not { } best) continue;
            var item = words.FirstOrDefault(word => word.Start <= entry.Offset && entry.Offset < word.Start + word.Length);
            if (item is null || entry.Length != item.Length) continue;
            corrections.Add(new WordCorrection(item, entry.Offset, entry.Length, best.Text));
        }

        return corrections;
    }

    private sealed record Pass(int Total, List<SearchHit> Hits, SearchResponse<EsCallDocument> Response);
}
