namespace Plateforme.Search.Indexing.Lucene.Filtering;

/// <summary>Says, document by document within one segment, whether a call passes one dimension's filter.</summary>
internal interface ISegmentMatcher
{
    bool Matches(int doc, CallStatus status);
}
