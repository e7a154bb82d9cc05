using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Plateforme.Search.Analysis;
using Plateforme.Search.Indexing.Lucene.Collecting;
using Plateforme.Search.Indexing.Lucene.Filtering;
using Plateforme.Search.Indexing.Lucene.Querying;
using Plateforme.Search.Indexing.Lucene.Segments;
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

    /// <summary>Beyond this many required items, the first order stands: rescoring a pasted paragraph field by field costs more than it tells.</summary>
    private const int MaxRescoredItems = 10;

    public SearchResult Execute(IndexSearcher searcher, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = UserQueryParser.Parse(query.Text);
        var text = AnalyzedUserQuery.Analyze(parsed, searchAnalyzer);
        var filters = SearchFilters.From(query);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var offset = (long)(Math.Max(query.Page, 1) - 1) * pageSize;
        var keep = (int)Math.Min(offset + pageSize, searcher.IndexReader.MaxDoc);

        // Relevance with text keeps a window of hits to score again field by field (see WindowRescorer).
        var rescore = query.Sort == SearchSort.Relevance && text.HasRequired && text.Required.Count <= MaxRescoredItems;
        var window = rescore ? Math.Max(keep, WindowRescorer.Window) : keep;
        var exactQueries = text.IsEmpty ? null : TextQueryBuilder.BuildExact(text);
        var exact = Run(searcher, query, exactQueries?.Match, text.HasRequired, filters, window, exactDocs: null);
        if (rescore)
        {
            var proximity = ProximityScorer.For(text.RequiredTerms().ToArray());
            exact = exact with { Hits = WindowRescorer.Rescore(searcher, exact.Hits, exactQueries!.Scoring, proximity) };
        }

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
                var fuzzy = Run(searcher, query, fuzzyQuery, scoreByText: true, filters, window, exact.FirstMatches.ToHashSet());
                if (fuzzy.Total > exact.Total)
                {
                    pass = fuzzy;
                    usedFuzzy = true;
                }
            }
        }

        var highlighter = new TermHighlighter(usedFuzzy ? [.. text.RequiredTerms(), .. correctedStems.Values] : [.. text.RequiredTerms()], usedFuzzy);
        return new SearchResult
        {
            Total = pass.Total,
            Hits = Page(searcher, query, pass.Hits, offset, pageSize, text.HasRequired ? highlighter : null),
            Facets = pass.Facets ?? new Dictionary<string, IReadOnlyList<FacetCount>>(),
            UsedFuzzyMatching = usedFuzzy,
            SpellingSuggestion = suggestion,
        };
    }

    /// <summary>The page's hits, the only calls read in full.</summary>
    private List<SearchHit> Page(IndexSearcher searcher, SearchQuery query, HitCandidate[] ranked, long offset, int pageSize, TermHighlighter? highlighter)
    {
        var page = ranked.Skip((int)Math.Min(offset, ranked.Length)).Take(pageSize).ToArray();
        var where = highlighter is { TolerateTypos: false }
            ? MatchLocator.Locate(searcher.IndexReader, page.Select(hit => hit.Doc).ToArray(), highlighter.Terms)
            : null;
        var hits = new List<SearchHit>(page.Length);
        for (var i = 0; i < page.Length; i++)
        {
            var call = CallCard.Read(searcher.IndexReader, page[i].Doc);
            hits.Add(new SearchHit
            {
                Call = call,
                Status = CallStatusRules.StatusOn(query.Today, call.OpensOn, call.Deadline),
                Score = page[i].Score,
                Snippet = highlighter is null ? null : snippets.Build(call, highlighter, where?[i] ?? TextMatches.Unknown),
            });
        }

        return hits;
    }

    private Pass Run(IndexSearcher searcher, SearchQuery query, Query? textQuery, bool scoreByText, SearchFilters filters, int keep, IReadOnlySet<int>? exactDocs)
    {
        // With facets, dimension filters are checked by the collector so that each facet can ignore its own;
        // a call failing two of them counts nowhere, so candidates may fail one at most.
        var relaxed = query.IncludeFacets ? filters.Dimensions : [];
        var matching = textQuery ?? new MatchAllDocsQuery();
        var today = query.Today.DayNumber;
        var allowedFailures = relaxed.Count > 0 ? 1 : 0;
        var narrows = !filters.Constraints.IsEmpty || filters.Dimensions.Count > allowedFailures;
        var filtered = narrows
            ? new FilteredQuery(matching, new CandidateFilter(filters, today, allowedFailures), FilteredQuery.QUERY_FIRST_FILTER_STRATEGY)
            : matching;
        var ranker = new HitRanker(query.Sort, scoreByText, today, exactDocs);
        using var facets = query.IncludeFacets ? new FacetCounter(GlobalOrdinals.For(searcher.IndexReader)) : null;
        var collector = new SearchCollector(today, relaxed, facets, ranker, keep);
        searcher.Search(filtered, collector);
        return new Pass(collector.Total, collector.Finish(), collector.FirstMatches, facets?.ToFacets(maxFacetValues));
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

    private sealed record Pass(int Total, HitCandidate[] Hits, List<int> FirstMatches, Dictionary<string, IReadOnlyList<FacetCount>>? Facets);
}
