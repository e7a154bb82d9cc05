namespace Plateforme.Search.Indexing.Lucene.Text;

/// <summary>Whether a hit's summary and description contain a word of the query.</summary>
internal readonly record struct TextMatches(bool InSummary, bool InDescription)
{
    /// <summary>When unknown (typo-tolerant matches): look everywhere.</summary>
    public static TextMatches Unknown { get; } = new(true, true);
}
