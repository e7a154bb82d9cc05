namespace Plateforme.Search.Indexing.Lucene.Collecting;

/// <summary>
/// Gives each matching call its sort keys for the requested order. In a relaxed pass (<paramref name="relaxedGroups"/>
/// above 0) the text score carries how many of the query's groups a call meets (see
/// <see cref="Querying.TextQueryBuilder.GroupWeight"/>): calls meeting more groups come first.
/// </summary>
internal sealed class HitRanker(SearchSort sort, bool hasText, int today, IReadOnlySet<int>? exactDocs, int relaxedGroups = 0)
{
    /// <summary>Deadlines at most this far make an open call a little more relevant.</summary>
    private const int NearDeadlineDays = 30;

    /// <summary>Primary key of the calls matching every word exactly; then every word with a typo corrected; then fewer words.</summary>
    public const long Exact = 0;
    public const long Corrected = 1;

    public bool NeedsScores => sort == SearchSort.Relevance && hasText;

    public HitCandidate Rank(int doc, float score, int deadline, long publishedTicks, long idOrder, CallStatus status) => sort switch
    {
        SearchSort.Newest => new HitCandidate(doc, 0, -publishedTicks, 0, idOrder),
        SearchSort.Deadline => ByDeadline(doc, deadline, publishedTicks, idOrder, status),
        _ when hasText => ByText(doc, score, deadline, idOrder, status),
        _ => ByOpenness(doc, deadline, idOrder, status),
    };

    /// <summary>
    /// Text relevance, nudged by at most 5 % for an open call with a deadline, a near one: enough to order
    /// matches of about the same strength, too little to lift a weaker one. A call without a deadline (often a
    /// general page of a funder) is not nudged. Typo-tolerant and partial matches always come after exact ones.
    /// </summary>
    private HitCandidate ByText(int doc, float score, int deadline, long idOrder, CallStatus status)
    {
        var factor = 1f;
        if (CallStatusRules.IsOpen(status) && CallDays.HasDeadline(deadline))
        {
            factor += 0.03f;
            if ((long)deadline - today <= NearDeadlineDays) factor += 0.02f;
        }
        else if (status == CallStatus.Upcoming)
        {
            factor += 0.01f;
        }

        var primary = exactDocs is not null && !exactDocs.Contains(doc) ? Corrected : Exact;
        if (relaxedGroups > 0)
        {
            var met = (int)(score / Querying.TextQueryBuilder.GroupWeight);
            score -= met * Querying.TextQueryBuilder.GroupWeight;
            if (primary != Exact && met < relaxedGroups) primary = Corrected + relaxedGroups - met;
        }

        return new HitCandidate(doc, score * factor, primary, 0, idOrder, factor);
    }

    /// <summary>Without text: open calls first, then upcoming, by soonest deadline; closed ones last, latest closed first.</summary>
    private static HitCandidate ByOpenness(int doc, int deadline, long idOrder, CallStatus status) => status switch
    {
        CallStatus.Closed => new HitCandidate(doc, 0, 2, -(long)deadline, idOrder),
        CallStatus.Upcoming => new HitCandidate(doc, 0, 1, deadline, idOrder),
        _ => new HitCandidate(doc, 0, 0, deadline, idOrder),
    };

    /// <summary>Open and upcoming calls by soonest deadline, then those without a deadline (newest first), then closed ones.</summary>
    private static HitCandidate ByDeadline(int doc, int deadline, long publishedTicks, long idOrder, CallStatus status)
    {
        if (status == CallStatus.Closed) return new HitCandidate(doc, 0, 2, -(long)deadline, idOrder);
        return CallDays.HasDeadline(deadline)
            ? new HitCandidate(doc, 0, 0, deadline, idOrder)
            : new HitCandidate(doc, 0, 1, -publishedTicks, idOrder);
    }
}
