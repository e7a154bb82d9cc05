using Plateforme.Search.Indexing.Lucene.Segments;

namespace Plateforme.Search.Indexing.Lucene.Filtering;

/// <summary>Deadline and amount ranges: plain constraints that never relax for facets.</summary>
internal sealed class RangeConstraints
{
    private readonly int _deadlineFrom;
    private readonly int _deadlineTo;
    private readonly long _amountMin;
    private readonly long _amountMax;
    private readonly bool _checksDeadline;
    private readonly bool _checksAmount;

    public RangeConstraints(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        _checksDeadline = query.DeadlineFrom is not null || query.DeadlineTo is not null;

        // The upper bound stays clear of the "no deadline" marker, so calls without a deadline drop out.
        _deadlineFrom = query.DeadlineFrom?.DayNumber ?? int.MinValue;
        _deadlineTo = query.DeadlineTo?.DayNumber ?? CallFields.NoDeadlineDay - 1;
        _checksAmount = query.AmountMinCents is not null || query.AmountMaxCents is not null;
        _amountMin = query.AmountMinCents ?? long.MinValue;
        _amountMax = query.AmountMaxCents ?? long.MaxValue;
    }

    public bool IsEmpty => !_checksDeadline && !_checksAmount;

    /// <summary>
    /// Ranges meet when the call's minimum is at most the wanted maximum and its maximum at least the wanted
    /// minimum; a call without amounts has an empty range that meets none.
    /// </summary>
    public bool Matches(SegmentData segment, int doc)
    {
        if (_checksDeadline)
        {
            var deadline = segment.Deadline[doc];
            if (deadline < _deadlineFrom || deadline > _deadlineTo) return false;
        }

        return !_checksAmount || (segment.MinAmount[doc] <= _amountMax && segment.MaxAmount[doc] >= _amountMin);
    }
}
