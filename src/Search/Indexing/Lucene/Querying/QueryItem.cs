namespace Plateforme.Search.Indexing.Lucene.Querying;

/// <summary>A word or a quoted phrase of the person's text, with where it sits in that text.</summary>
internal sealed record QueryItem(string Text, bool IsPhrase, int Start, int Length);
