using Lucene.Net.Util;
using Plateforme.Search.Indexing.Lucene.Segments;

namespace Plateforme.Search.Indexing.Lucene.Filtering;

/// <summary>Calls in one of the given statuses on the search's day. "Open" includes "closing soon", as the status rules say.</summary>
internal sealed class StatusFilter : DimensionFilter
{
    private readonly bool[] _selected = new bool[4];

    public StatusFilter(IReadOnlyList<CallStatus> statuses)
        : base(FacetNames.Status)
    {
        foreach (var status in statuses)
        {
            _selected[(int)status] = true;
            if (status == CallStatus.Open) _selected[(int)CallStatus.ClosingSoon] = true;
        }
    }

    public override ISegmentMatcher ForSegment(SegmentData segment) => new Matcher(_selected);

    public override void Mark(SegmentData segment, int today, FixedBitSet bits)
    {
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (_selected[(int)segment.StatusOf(doc, today)]) bits.Set(doc);
        }
    }

    private sealed class Matcher(bool[] selected) : ISegmentMatcher
    {
        public bool Matches(int doc, CallStatus status) => selected[(int)status];
    }
}
