namespace Plateforme.Search.Indexing.Lucene.Collecting;

/// <summary>Gives each matching call its sort keys for the requested order.</summary>
internal sealed class HitRanker(SearchSort sort, bool hasText, int today, IReadOnlySet<int>? exactDocs)
{
    /// <summary>Deadlines at most this far make an open call a little more relevant.</summary>
    private const int NearDeadlineDays = 30;

    public bool NeedsScores => sort == SearchSort.Relevance && hasText;

    public HitCandidate Rank(int doc, float score, int deadline, long publishedTicks, long idOrder, CallStatus status) => sort switch
    {
        SearchSort.Newest => new HitCandidate(doc, 0, -publishedTicks, 0, idOrder),
        SearchSort.Deadline => ByDeadline(doc, deadline, publishedTicks, idOrder, status),
        _ when hasText => ByText(doc, score, deadline, idOrder, status),
        _ => ByOpenness(doc, deadline, idOrder, status),
    };

    /// <summary>
    /// Text relevance, nudged by at most 15 % for an open call and a near deadline: enough to order close
    /// matches, too little to lift a clearly weaker one. Typo-tolerant matches always come after exact ones.
    /// </summary>
    private HitCandidate ByText(int doc, float score, int deadline, long idOrder, CallStatus status)
    {
        var factor = 1f;
        if (CallStatusRules.IsOpen(status))
        {
            factor += 0.1f;
            if ((long)deadline - today <= NearDeadlineDays) factor += 0.05f;
        }
        else if (status == CallStatus.Upcoming)
        {
            factor += 0.03f;
        }

        var fuzzyOnly = exactDocs is not null && !exactDocs.Contains(doc) ? 1 : 0;
        return new HitCandidate(doc, score * factor, fuzzyOnly, 0, idOrder);
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
