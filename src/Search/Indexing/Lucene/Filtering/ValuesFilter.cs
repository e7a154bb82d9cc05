using Lucene.Net.Util;
using Plateforme.Search.Indexing.Lucene.Segments;

namespace Plateforme.Search.Indexing.Lucene.Filtering;

/// <summary>Calls carrying at least one of the given values (beneficiary, theme, aid type, funder, recurrence).</summary>
internal sealed class ValuesFilter(string dimension, IReadOnlyList<string> values) : DimensionFilter(dimension)
{
    public IReadOnlyList<string> Values { get; } = values;

    public override ISegmentMatcher ForSegment(SegmentData segment)
    {
        var ordinals = segment.ValuesOf(Dimension);
        return new Matcher(ordinals, ordinals.Table.Select(Values));
    }

    public override void Mark(SegmentData segment, int today, FixedBitSet bits)
    {
        var ordinals = segment.ValuesOf(Dimension);
        ordinals.MarkDocuments(ordinals.Table.Select(Values), bits);
    }

    private sealed class Matcher(FacetOrdinals ordinals, int[] selected) : ISegmentMatcher
    {
        public bool Matches(int doc, CallStatus status) => ordinals.HasAny(doc, selected);
    }
}
