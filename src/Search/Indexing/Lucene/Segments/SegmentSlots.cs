namespace Plateforme.Search.Indexing.Lucene.Segments;

/// <summary>The facet values of every document of a segment: those of document d are <c>Slots[Starts[d]..Starts[d + 1]]</c>.</summary>
internal sealed record SegmentSlots(int[] Starts, int[] Slots);
