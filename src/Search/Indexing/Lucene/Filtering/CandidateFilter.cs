using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Plateforme.Search.Indexing.Lucene.Segments;

namespace Plateforme.Search.Indexing.Lucene.Filtering;

/// <summary>
/// The documents worth scoring, per segment, as a bit set the text query reads as its accepted documents:
/// live, within the range constraints, and failing at most <paramref name="allowedFailures"/> dimension
/// filters (one when facets are counted sideways, none otherwise). Built from the segment's arrays,
/// so it costs one pass over the segment and spares the scorer every call that cannot count.
/// </summary>
internal sealed class CandidateFilter(SearchFilters filters, int today, int allowedFailures) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        ArgumentNullException.ThrowIfNull(context);
        var segment = SegmentData.For(context.AtomicReader);
        if (segment.MaxDoc == 0) return new FixedBitSet(0);
        var candidates = Passing(segment);
        var constraints = filters.Constraints;
        if (acceptDocs is null && constraints.IsEmpty) return candidates;

        for (var doc = candidates.NextSetBit(0); doc >= 0; doc = NextSetBit(candidates, doc))
        {
            if ((acceptDocs is not null && !acceptDocs.Get(doc)) || !constraints.Matches(segment, doc)) candidates.Clear(doc);
        }

        return candidates;
    }

    /// <summary>Documents passing all dimension filters but <c>allowedFailures</c>, each filter marking its own documents.</summary>
    private FixedBitSet Passing(SegmentData segment)
    {
        var dimensions = filters.Dimensions;
        var needed = dimensions.Count - allowedFailures;
        var passing = new FixedBitSet(segment.MaxDoc);
        if (needed <= 0)
        {
            passing.Set(0, segment.MaxDoc);
            return passing;
        }

        var marks = new FixedBitSet(segment.MaxDoc);
        var counts = needed > 1 ? new byte[segment.MaxDoc] : null;
        foreach (var dimension in dimensions)
        {
            marks.Clear(0, segment.MaxDoc);
            dimension.Mark(segment, today, marks);
            if (counts is null)
            {
                passing.Or(marks);
                continue;
            }

            for (var doc = marks.NextSetBit(0); doc >= 0; doc = NextSetBit(marks, doc))
            {
                if (++counts[doc] == needed) passing.Set(doc);
            }
        }

        return passing;
    }

    private static int NextSetBit(FixedBitSet bits, int doc) => doc + 1 < bits.Length ? bits.NextSetBit(doc + 1) : -1;
}
