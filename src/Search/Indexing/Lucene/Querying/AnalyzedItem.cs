using Plateforme.Search.Analysis;

namespace Plateforme.Search.Indexing.Lucene.Querying;

/// <summary>A query item after analysis: one token is a term, several make a phrase.</summary>
internal sealed record AnalyzedItem(QueryItem Source, IReadOnlyList<AnalyzedToken> Tokens)
{
    public bool IsSingleTerm => Tokens.Count == 1;
}
