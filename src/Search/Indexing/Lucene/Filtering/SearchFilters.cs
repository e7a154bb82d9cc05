using Lucene.Net.Search;

namespace Plateforme.Search.Indexing.Lucene.Filtering;

/// <summary>
/// The filters of a search, split in two: plain constraints (deadline and amount ranges) that always
/// narrow the search, and facet dimensions, which the collector may relax one at a time to count facets.
/// </summary>
internal sealed class SearchFilters
{
    private SearchFilters(IReadOnlyList<Query> constraints, IReadOnlyList<DimensionFilter> dimensions)
    {
        Constraints = constraints;
        Dimensions = dimensions;
    }

    public IReadOnlyList<Query> Constraints { get; }
    public IReadOnlyList<DimensionFilter> Dimensions { get; }

    public static SearchFilters From(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var dimensions = new List<DimensionFilter>();
        AddValues(dimensions, FacetNames.Beneficiary, CallFields.Beneficiary, query.Beneficiaries);
        AddValues(dimensions, FacetNames.Theme, CallFields.Theme, query.Themes);
        AddValues(dimensions, FacetNames.AidType, CallFields.AidType, query.AidTypes);
        AddValues(dimensions, FacetNames.Funder, CallFields.Funder, query.Funders);
        AddValues(dimensions, FacetNames.Recurrence, CallFields.Recurrence, query.Recurrences);
        if (query.Territories.Count > 0) dimensions.Add(new TerritoryFilter(query.Territories));
        if (query.Statuses.Count > 0) dimensions.Add(new StatusFilter(query.Statuses, query.Today.DayNumber));
        return new SearchFilters(BuildConstraints(query), dimensions);
    }

    private static void AddValues(List<DimensionFilter> dimensions, string dimension, string field, IReadOnlyList<string> values)
    {
        var distinct = values.Where(value => !string.IsNullOrEmpty(value)).Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length > 0) dimensions.Add(new ValuesFilter(dimension, field, distinct));
    }

    private static List<Query> BuildConstraints(SearchQuery query)
    {
        var constraints = new List<Query>();
        if (query.DeadlineFrom is not null || query.DeadlineTo is not null)
        {
            // The bounds stay clear of the "no deadline" marker, so calls without a deadline drop out.
            var from = query.DeadlineFrom?.DayNumber ?? int.MinValue;
            var to = query.DeadlineTo?.DayNumber ?? CallFields.NoDeadlineDay - 1;
            constraints.Add(NumericRangeQuery.NewInt32Range(CallFields.Deadline, from, to, true, true));
        }

        // Ranges meet when the call's minimum is at most the wanted maximum and its maximum at least the
        // wanted minimum. Calls without any amount have neither field and drop out.
        if (query.AmountMaxCents is { } wantedMax)
        {
            constraints.Add(NumericRangeQuery.NewInt64Range(CallFields.MinAmount, long.MinValue, wantedMax, true, true));
        }

        if (query.AmountMinCents is { } wantedMin)
        {
            constraints.Add(NumericRangeQuery.NewInt64Range(CallFields.MaxAmount, wantedMin, long.MaxValue, true, true));
        }

        return constraints;
    }
}
