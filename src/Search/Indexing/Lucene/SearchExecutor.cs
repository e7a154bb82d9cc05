using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Plateforme.Search.Analysis;
using Plateforme.Search.Indexing.Lucene.Collecting;
using Plateforme.Search.Indexing.Lucene.Filtering;
using Plateforme.Search.Indexing.Lucene.Querying;
using Plateforme.Search.Indexing.Lucene.Text;

namespace Plateforme.Search.Indexing.Lucene;

/// <summary>
/// Runs one <see cref="SearchQuery"/> against a searcher: text and filters, one collecting pass for hits,
/// total and facets, a typo-tolerant second pass when exact matches are few, then the page of hits.
/// </summary>
internal sealed class SearchExecutor(Analyzer searchAnalyzer, SpellingSuggester speller, SnippetBuilder snippets, int maxFacetValues)
{
    public const int MaxPageSize = 1000;

    /// <summary>Below this many exact matches, typo-tolerant matching and a spelling suggestion are tried.</summary>
    public const int FewResults = 3;

    public SearchResult Execute(IndexSearcher searcher, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = UserQueryParser.Parse(query.Text);
        var text = AnalyzedUserQuery.Analyze(parsed, searchAnalyzer);
        var filters = SearchFilters.From(query);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var offset = (long)(Math.Max(query.Page, 1) - 1) * pageSize;
        var keep = (int)Math.Min(offset + pageSize, searcher.IndexReader.MaxDoc);

        var exact = Run(searcher, query, text.IsEmpty ? null : TextQueryBuilder.BuildExact(text), filters, keep, exactDocs: null);
        var pass = exact;
        var usedFuzzy = false;
        string? suggestion = null;
        var correctedStems = new Dictionary<QueryItem, string>();
        if (text.HasRequired && exact.Total < FewResults)
        {
            var corrections = speller.Correct(searcher.IndexReader, parsed);
            suggestion = SpellingSuggester.Apply(query.Text!, corrections);
            correctedStems = CorrectedStems(corrections);
            if (TextQueryBuilder.BuildFuzzy(text, correctedStems) is { } fuzzyQuery)
            {
                var fuzzy = Run(searcher, query, fuzzyQuery, filters, keep, exact.FirstMatches.ToHashSet());
                if (fuzzy.Total > exact.Total)
                {
                    pass = fuzzy;
                    usedFuzzy = true;
                }
            }
        }

        var highlighter = new TermHighlighter(usedFuzzy ? [.. text.RequiredTerms(), .. correctedStems.Values] : [.. text.RequiredTerms()], usedFuzzy);
        var hits = new List<SearchHit>(pageSize);
        for (var i = offset; i < pass.Hits.Length; i++)
        {
            var candidate = pass.Hits[i];
            var call = CallDocumentMapper.FromJson(searcher.Doc(candidate.Doc, CallFields.JsonOnly).GetBinaryValue(CallFields.Json));
            hits.Add(new SearchHit
            {
                Call = call,
                Status = CallStatusRules.StatusOn(query.Today, call.OpensOn, call.Deadline),
                Score = candidate.Score,
                Snippet = text.HasRequired ? snippets.Build(call, highlighter) : null,
            });
        }

        return new SearchResult
        {
            Total = pass.Total,
            Hits = hits,
            Facets = pass.Facets ?? new Dictionary<string, IReadOnlyList<FacetCount>>(),
            UsedFuzzyMatching = usedFuzzy,
            SpellingSuggestion = suggestion,
        };
    }

    private Pass Run(IndexSearcher searcher, SearchQuery query, Query? textQuery, SearchFilters filters, int keep, IReadOnlySet<int>? exactDocs)
    {
        var constraints = new BooleanQuery();
        foreach (var constraint in filters.Constraints) constraints.Add(constraint, Occur.MUST);

        // With facets, dimension filters are checked by the collector so that each facet can ignore its own.
        // A call failing two of them counts nowhere, so the query may already demand all but one.
        IReadOnlyList<DimensionFilter> relaxed = [];
        if (query.IncludeFacets)
        {
            relaxed = filters.Dimensions;
            if (relaxed.Count >= 2) constraints.Add(AllButOne(relaxed), Occur.MUST);
        }
        else
        {
            foreach (var dimension in filters.Dimensions) constraints.Add(dimension.ToQuery(), Occur.MUST);
        }

        var matching = textQuery ?? new MatchAllDocsQuery();
        var filtered = constraints.Clauses.Count == 0 ? matching : new FilteredQuery(matching, new QueryWrapperFilter(constraints));
        var ranker = new HitRanker(query.Sort, textQuery is not null, query.Today.DayNumber, exactDocs);
        var facets = query.IncludeFacets ? new FacetCounter() : null;
        var collector = new SearchCollector(query.Today.DayNumber, relaxed, facets, ranker, keep);
        searcher.Search(filtered, collector);
        var hits = collector.Finish();
        return new Pass(collector.Total, hits, collector.FirstMatches, facets?.ToFacets(maxFacetValues));
    }

    /// <summary>The stem of each correction that replaces a whole one-word item.</summary>
    private Dictionary<QueryItem, string> CorrectedStems(List<WordCorrection> corrections)
    {
        var stems = new Dictionary<QueryItem, string>();
        foreach (var correction in corrections)
        {
            var tokens = searchAnalyzer.Tokenize(correction.Word, CallFields.Title);
            if (tokens.Count == 1) stems.TryAdd(correction.Item, tokens[0].Term);
        }

        return stems;
    }

    private static BooleanQuery AllButOne(IReadOnlyList<DimensionFilter> dimensions)
    {
        var query = new BooleanQuery { MinimumNumberShouldMatch = dimensions.Count - 1 };
        foreach (var dimension in dimensions) query.Add(dimension.ToQuery(), Occur.SHOULD);
        return query;
    }

    private sealed record Pass(int Total, HitCandidate[] Hits, List<int> FirstMatches, Dictionary<string, IReadOnlyList<FacetCount>>? Facets);
}
