using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Plateforme.Search.Indexing.Lucene.Segments;

namespace Plateforme.Search.Indexing.Lucene;

/// <summary>
/// Makes the searchers of a reopened reader: with the similarity the index was written with, and with the
/// per-segment arrays of new segments and the global facet ordinals already built, so the reopen thread pays for them rather than a search.
/// </summary>
internal sealed class SimilaritySearcherFactory(Similarity similarity) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        GlobalOrdinals.For(reader);
        return new IndexSearcher(reader) { Similarity = similarity };
    }
}
