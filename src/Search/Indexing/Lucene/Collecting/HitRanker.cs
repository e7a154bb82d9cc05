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

    /// <summary>Tiers of a hit: every word met exactly; every word met, some through a typo's correction; then fewer words (one tier per word missing).</summary>
    public const long Exact = 0;
    public const long Corrected = 1;

    /// <summary>Calls of a lesser tier come after every call of a better one, whatever the order asked.</summary>
    public const long TierSize = 1L << 40;

    public bool NeedsScores => (sort == SearchSort.Relevance && hasText) || relaxedGroups > 0;

    /// <summary>True for a hit of a relaxed pass that meets only some of the query's groups.</summary>
    public static bool IsApproximate(in HitCandidate hit) => hit.Primary >= (Corrected + 1) * TierSize;

    public HitCandidate Rank(int doc, float score, int deadline, long publishedTicks, long idOrder, CallStatus status)
    {
        var tier = Exact;
        if (exactDocs is not null && !exactDocs.Contains(doc)) tier = Corrected;
        if (relaxedGroups > 0)
        {
            var met = (int)(score / Querying.TextQueryBuilder.GroupWeight);
            score -= met * Querying.TextQueryBuilder.GroupWeight;
            if (tier != Exact && met < relaxedGroups) tier = Corrected + relaxedGroups - met;
        }

        var hit = sort switch
        {
            SearchSort.Newest => new HitCandidate(doc, 0, ClosedLast(status), -publishedTicks, idOrder),
            SearchSort.Deadline => ByDeadline(doc, deadline, publishedTicks, idOrder, status),
            _ when hasText => ByText(doc, score, deadline, idOrder, status),
            _ => ByOpenness(doc, deadline, idOrder, status),
        };
        return hit with { Primary = (tier * TierSize) + hit.Primary };
    }

    /// <summary>
    /// Text relevance among calls still open or upcoming (closed ones after them), nudged by at most 5 % for an open call with a deadline, a near one: enough to order
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

        return new HitCandidate(doc, score * factor, ClosedLast(status), 0, idOrder, factor);
    }

    /// <summary>
    /// A closed call can no longer be applied to: whatever the order asked, it comes after every open or upcoming
    /// call of the same tier (a strong text match on a closed call once topped « politique de la ville »).
    /// </summary>
    private static long ClosedLast(CallStatus status) => status == CallStatus.Closed ? 1 : 0;

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
