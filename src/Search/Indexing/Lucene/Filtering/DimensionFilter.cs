using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Plateforme.Search.Indexing.Lucene.Filtering;

/// <summary>
/// The filter of one facet dimension. As a query it narrows a search; as a per-document matcher it lets
/// the collector count this dimension's facet without its own filter (drill sideways).
/// </summary>
internal abstract class DimensionFilter(string dimension)
{
    public string Dimension { get; } = dimension;

    public abstract Query ToQuery();

    public abstract ISegmentMatcher ForSegment(AtomicReader reader);
}
