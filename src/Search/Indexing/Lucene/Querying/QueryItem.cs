namespace Plateforme.Search.Indexing.Lucene.Querying;

/// <summary>
/// A word or a quoted phrase of the person's text, with where it sits in that text. An expansion is a term of
/// the vocabulary standing for what was typed ("quartiers prioritaires" for "QPV"): it has no place in the text,
/// and its match weighs <see cref="Weight"/> of a match on the typed words.
/// </summary>
internal sealed record QueryItem(string Text, bool IsPhrase, int Start, int Length, bool IsExpansion = false, float Weight = 1f);
