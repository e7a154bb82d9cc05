using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Plateforme.Search.Indexing.Lucene;

/// <summary>An open index directory with its writer; <see cref="Guard"/> keeps other writers out of a folder.</summary>
internal sealed record OpenedIndex(LuceneDirectory Directory, IndexWriter Writer, bool Recreated)
{
    public IDisposable? Guard { get; init; }
}
