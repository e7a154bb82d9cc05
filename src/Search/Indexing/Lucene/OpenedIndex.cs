using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Plateforme.Search.Indexing.Lucene;

internal sealed record OpenedIndex(LuceneDirectory Directory, IndexWriter Writer, bool Recreated);
