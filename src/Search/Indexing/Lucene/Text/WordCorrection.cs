using Plateforme.Search.Indexing.Lucene.Querying;

namespace Plateforme.Search.Indexing.Lucene.Text;

/// <summary>An unknown word of the query (at <see cref="Start"/> in the text, inside <see cref="Item"/>) and the indexed word closest to it.</summary>
internal sealed record WordCorrection(QueryItem Item, int Start, int Length, string Word);
