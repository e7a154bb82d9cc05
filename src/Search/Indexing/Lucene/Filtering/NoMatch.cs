namespace Plateforme.Search.Indexing.Lucene.Filtering;

/// <summary>For a segment where no document has the filtered field at all.</summary>
internal sealed class NoMatch : ISegmentMatcher
{
    public static NoMatch Instance { get; } = new();

    public bool Matches(int doc, CallStatus status) => false;
}
