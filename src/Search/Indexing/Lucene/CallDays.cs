namespace Plateforme.Search.Indexing.Lucene;

/// <summary>
/// <see cref="CallStatusRules"/> on day numbers as the index keeps them, where a missing opening date is
/// <see cref="CallFields.NoOpeningDay"/> and a missing deadline <see cref="CallFields.NoDeadlineDay"/>.
/// </summary>
internal static class CallDays
{
    public static CallStatus StatusOn(int today, int opensOn, int deadline)
    {
        if (deadline < today) return CallStatus.Closed;
        if (opensOn > today) return CallStatus.Upcoming;
        if ((long)deadline - today <= CallStatusRules.ClosingSoonDays) return CallStatus.ClosingSoon;
        return CallStatus.Open;
    }

    public static bool HasDeadline(int deadline) => deadline != CallFields.NoDeadlineDay;
}
