using Lucene.Net.Util;
using Plateforme.Search.Indexing.Lucene.Segments;

namespace Plateforme.Search.Indexing.Lucene.Filtering;

/// <summary>
/// The filter of one facet dimension, checked document by document on a segment's arrays, so that the
/// collector can count this dimension's facet without its own filter (drill sideways).
/// </summary>
internal abstract class DimensionFilter(string dimension)
{
    public string Dimension { get; } = dimension;

    public abstract ISegmentMatcher ForSegment(SegmentData segment);

    /// <summary>Sets the bit of every document of the segment that passes this filter on the given day.</summary>
    public abstract void Mark(SegmentData segment, int today, FixedBitSet bits);
}
