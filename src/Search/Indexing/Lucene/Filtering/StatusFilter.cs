using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Plateforme.Search.Indexing.Lucene.Filtering;

/// <summary>
/// Calls in one of the given statuses on a given day. "Open" includes "closing soon", as the status
/// rules say. As a query, each status is a pair of ranges on the day numbers.
/// </summary>
internal sealed class StatusFilter : DimensionFilter
{
    private readonly bool[] _selected = new bool[4];
    private readonly int _today;

    public StatusFilter(IReadOnlyList<CallStatus> statuses, int today)
        : base(FacetNames.Status)
    {
        _today = today;
        foreach (var status in statuses)
        {
            _selected[(int)status] = true;
            if (status == CallStatus.Open) _selected[(int)CallStatus.ClosingSoon] = true;
        }
    }

    public override Query ToQuery()
    {
        var any = new BooleanQuery();
        if (_selected[(int)CallStatus.Closed]) any.Add(Deadline(int.MinValue, _today - 1), Occur.SHOULD);
        if (_selected[(int)CallStatus.Upcoming]) any.Add(Both(Opens(_today + 1, int.MaxValue), Deadline(_today, int.MaxValue)), Occur.SHOULD);
        if (_selected[(int)CallStatus.Open])
        {
            any.Add(Both(Opens(int.MinValue, _today), Deadline(_today, int.MaxValue)), Occur.SHOULD);
        }
        else if (_selected[(int)CallStatus.ClosingSoon])
        {
            any.Add(Both(Opens(int.MinValue, _today), Deadline(_today, _today + CallStatusRules.ClosingSoonDays)), Occur.SHOULD);
        }

        return any;
    }

    public override ISegmentMatcher ForSegment(AtomicReader reader) => new Matcher(_selected);

    private static NumericRangeQuery<int> Opens(int from, int to) => NumericRangeQuery.NewInt32Range(CallFields.OpensOn, from, to, true, true);

    private static NumericRangeQuery<int> Deadline(int from, int to) => NumericRangeQuery.NewInt32Range(CallFields.Deadline, from, to, true, true);

    private static BooleanQuery Both(Query first, Query second) => new()
    {
        { first, Occur.MUST },
        { second, Occur.MUST },
    };

    private sealed class Matcher(bool[] selected) : ISegmentMatcher
    {
        public bool Matches(int doc, CallStatus status) => selected[(int)status];
    }
}
