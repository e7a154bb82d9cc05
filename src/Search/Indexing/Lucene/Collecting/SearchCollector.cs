using Lucene.Net.Index;
using Lucene.Net.Search;
using Plateforme.Search.Indexing.Lucene.Filtering;

namespace Plateforme.Search.Indexing.Lucene.Collecting;

/// <summary>
/// One pass over the documents matching the text and the plain constraints. Each facet dimension's filter
/// is checked here rather than in the query: a call failing no filter is a hit and counts in every facet;
/// a call failing exactly one counts only in that dimension's facet (drill sideways), so a selected
/// value never hides its siblings.
/// </summary>
internal sealed class SearchCollector : ICollector
{
    /// <summary>How many matching documents are remembered by number, to tell exact from typo-tolerant hits.</summary>
    public const int RememberedMatches = 16;

    private readonly int _today;
    private readonly IReadOnlyList<DimensionFilter> _dimensions;
    private readonly int[] _dimensionSlots;
    private readonly ISegmentMatcher[] _matchers;
    private readonly FacetCounter? _facets;
    private readonly HitRanker _ranker;
    private readonly TopHits _top;

    private Scorer? _scorer;
    private int _docBase;
    private NumericDocValues? _opensOn;
    private NumericDocValues? _deadline;
    private NumericDocValues? _publishedAt;
    private NumericDocValues? _idOrder;

    public SearchCollector(int today, IReadOnlyList<DimensionFilter> dimensions, FacetCounter? facets, HitRanker ranker, int keep)
    {
        _today = today;
        _dimensions = dimensions;
        _dimensionSlots = dimensions.Select(dimension => FacetCounter.SlotOf(dimension.Dimension)).ToArray();
        _matchers = new ISegmentMatcher[dimensions.Count];
        _facets = facets;
        _ranker = ranker;
        _top = new TopHits(keep);
    }

    /// <summary>Exact number of calls passing every filter.</summary>
    public int Total { get; private set; }

    /// <summary>The first matching documents (top-level numbers), at most <see cref="RememberedMatches"/>.</summary>
    public List<int> FirstMatches { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        _opensOn = reader.GetNumericDocValues(CallFields.OpensOn);
        _deadline = reader.GetNumericDocValues(CallFields.Deadline);
        _publishedAt = reader.GetNumericDocValues(CallFields.PublishedAt);
        _idOrder = reader.GetNumericDocValues(CallFields.IdOrder);
        for (var i = 0; i < _dimensions.Count; i++) _matchers[i] = _dimensions[i].ForSegment(reader);
        _facets?.SetSegment(reader);
    }

    public void Collect(int doc)
    {
        var opensOn = _opensOn is null ? CallFields.NoOpeningDay : (int)_opensOn.Get(doc);
        var deadline = _deadline is null ? CallFields.NoDeadlineDay : (int)_deadline.Get(doc);
        var status = CallDays.StatusOn(_today, opensOn, deadline);

        var failed = -1;
        for (var i = 0; i < _matchers.Length; i++)
        {
            if (_matchers[i].Matches(doc, status)) continue;
            if (failed >= 0) return;
            failed = i;
        }

        if (failed >= 0)
        {
            _facets?.CountOne(_dimensionSlots[failed], doc, status);
            return;
        }

        Total++;
        _facets?.CountAll(doc, status);
        var globalDoc = _docBase + doc;
        if (FirstMatches.Count < RememberedMatches) FirstMatches.Add(globalDoc);

        var score = _ranker.NeedsScores && _scorer is not null ? _scorer.GetScore() : 0f;
        var published = _publishedAt?.Get(doc) ?? 0;
        var idOrder = _idOrder?.Get(doc) ?? 0;
        _top.Offer(_ranker.Rank(globalDoc, score, deadline, published, idOrder, status));
    }

    /// <summary>Ends the pass and returns the kept hits, best first.</summary>
    public HitCandidate[] Finish()
    {
        _facets?.Flush();
        return _top.ToSortedArray();
    }
}
