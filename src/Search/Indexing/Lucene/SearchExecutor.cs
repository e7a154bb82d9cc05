using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Plateforme.Search.Analysis;
using Plateforme.Search.Indexing.Lucene.Collecting;
using Plateforme.Search.Indexing.Lucene.Filtering;
using Plateforme.Search.Indexing.Lucene.Querying;
using Plateforme.Search.Indexing.Lucene.Segments;
using Plateforme.Search.Indexing.Lucene.Text;
using Plateforme.Search.Vocabulary;

namespace Plateforme.Search.Indexing.Lucene;

/// <summary>
/// Runs one <see cref="SearchQuery"/> against a searcher: text (with the field's vocabulary) and filters, one
/// collecting pass for hits, total and facets; when exact matches are few, a typo-tolerant pass for the words
/// the index does not know, then a relaxed pass asking only some of the words; then the page of hits.
/// </summary>
internal sealed class SearchExecutor(Analyzer searchAnalyzer, SpellingSuggester speller, SnippetBuilder snippets, int maxFacetValues, SearchVocabularyProvider vocabulary)
{
    public const int MaxPageSize = 1000;

    /// <summary>Below this many exact matches, typo-tolerant matching and a spelling suggestion are tried.</summary>
    public const int FewResults = 3;

    /// <summary>Below this many calls meeting every word, calls meeting only some of them are added after them.</summary>
    public const int EnoughResults = SearchQuery.ApproximateBelow;

    /// <summary>Beyond this many required items, the first order stands: rescoring a pasted paragraph field by field costs more than it tells.</summary>
    private const int MaxRescoredItems = 10;

    public SearchResult Execute(IndexSearcher searcher, SearchQuery query, SearchVocabulary? with = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = UserQueryParser.Parse(query.Text);
        var text = AnalyzedUserQuery.Analyze(VocabularyExpansion.Apply(parsed, with ?? vocabulary.Current), searchAnalyzer);
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
        var unknownWords = new Dictionary<QueryItem, string?>();
        if (text.HasRequired && exact.Total < FewResults)
        {
            var corrections = speller.Correct(searcher.IndexReader, parsed);
            suggestion = SpellingSuggester.Apply(query.Text!, corrections);
            unknownWords = UnknownWords(searcher.IndexReader, text, corrections);
            if (TextQueryBuilder.BuildFuzzy(text, unknownWords) is { } fuzzyQuery)
            {
                var fuzzy = Run(searcher, query, fuzzyQuery, scoreByText: true, filters, window, exact.FirstMatches.ToHashSet());
                if (fuzzy.Total > exact.Total)
                {
                    pass = fuzzy;
                    usedFuzzy = true;
                }
            }
        }

        var approximate = 0;
        if (!query.ExactOnly && text.Required.Count > 1 && pass.Total < EnoughResults)
        {
            // Fewer exact matches than the window: all of them are in its hits.
            var relaxed = Relax(searcher, query, text, unknownWords, filters, window, exact.Hits.Select(hit => hit.Doc).ToHashSet());
            if (relaxed.Total > pass.Total)
            {
                approximate = relaxed.Total - pass.Total;
                usedFuzzy |= unknownWords.Count > 0;
                pass = relaxed;
            }
        }

        var highlighter = new TermHighlighter(usedFuzzy ? [.. text.RequiredTerms(), .. unknownWords.Values.OfType<string>()] : [.. text.RequiredTerms()], usedFuzzy);
        return new SearchResult
        {
            Total = pass.Total,
            Hits = Page(searcher, query, pass.Hits, offset, pageSize, text.HasRequired ? highlighter : null, approximate > 0),
            Facets = pass.Facets ?? new Dictionary<string, IReadOnlyList<FacetCount>>(),
            UsedFuzzyMatching = usedFuzzy,
            ApproximateCount = approximate,
            SpellingSuggestion = suggestion,
        };
    }

    /// <summary>
    /// Calls meeting at least half of the groups (one of two, two of three or four…), ranked by how many they
    /// meet: the calls meeting all come first, as before; the others are the approximate part.
    /// </summary>
    private Pass Relax(IndexSearcher searcher, SearchQuery query, AnalyzedUserQuery text, Dictionary<QueryItem, string?> unknownWords, SearchFilters filters, int window, IReadOnlySet<int> exactDocs)
    {
        var groups = text.Required.Count;
        var queries = TextQueryBuilder.BuildRelaxed(text, unknownWords, (groups + 1) / 2);
        var relaxed = Run(searcher, query, queries.Match, scoreByText: true, filters, window, exactDocs, relaxedGroups: groups);
        if (query.Sort != SearchSort.Relevance) return relaxed;
        var proximity = ProximityScorer.For(text.RequiredTerms().ToArray());
        return relaxed with { Hits = WindowRescorer.Rescore(searcher, relaxed.Hits, queries.Scoring, proximity) };
    }

    /// <summary>The page's hits, the only calls read in full.</summary>
    private List<SearchHit> Page(IndexSearcher searcher, SearchQuery query, HitCandidate[] ranked, long offset, int pageSize, TermHighlighter? highlighter, bool relaxed)
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
                IsApproximate = relaxed && HitRanker.IsApproximate(page[i]),
                Snippet = highlighter is null ? null : snippets.Build(call, highlighter, where?[i] ?? TextMatches.Unknown),
            });
        }

        return hits;
    }

    private Pass Run(IndexSearcher searcher, SearchQuery query, Query? textQuery, bool scoreByText, SearchFilters filters, int keep, IReadOnlySet<int>? exactDocs, int relaxedGroups = 0)
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
        var ranker = new HitRanker(query.Sort, scoreByText, today, exactDocs, relaxedGroups);
        using var facets = query.IncludeFacets ? new FacetCounter(GlobalOrdinals.For(searcher.IndexReader), TerritoryCoverage.For(searcher.IndexReader, GlobalOrdinals.For(searcher.IndexReader))) : null;
        var collector = new SearchCollector(today, relaxed, facets, ranker, keep);
        searcher.Search(filtered, collector);
        return new Pass(collector.Total, collector.Finish(), collector.FirstMatches, facets?.ToFacets(maxFacetValues));
    }

    /// <summary>
    /// The typed one-word items the index does not know (only those may be typos), each with the stem of its
    /// correction when there is one. The vocabulary's expansions are never loosened.
    /// </summary>
    private Dictionary<QueryItem, string?> UnknownWords(IndexReader reader, AnalyzedUserQuery text, List<WordCorrection> corrections)
    {
        var unknown = new Dictionary<QueryItem, string?>();
        foreach (var item in text.Required.SelectMany(group => group))
        {
            if (item.IsSingleTerm && !item.Source.IsExpansion && speller.IsUnknown(reader, item.Source)) unknown.TryAdd(item.Source, null);
        }

        foreach (var correction in corrections)
        {
            var tokens = searchAnalyzer.Tokenize(correction.Word, CallFields.Title);
            if (tokens.Count == 1 && unknown.ContainsKey(correction.Item)) unknown[correction.Item] = tokens[0].Term;
        }

        return unknown;
    }

    private sealed record Pass(int Total, HitCandidate[] Hits, List<int> FirstMatches, Dictionary<string, IReadOnlyList<FacetCount>>? Facets);
}
