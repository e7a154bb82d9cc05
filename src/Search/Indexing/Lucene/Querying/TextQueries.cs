using Lucene.Net.Search;

namespace Plateforme.Search.Indexing.Lucene.Querying;

/// <summary>The query that finds the calls of a text, and the one that scores the best of them field by field.</summary>
internal sealed record TextQueries(Query Match, Query Scoring);
