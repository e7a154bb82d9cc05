namespace Plateforme.Search.Indexing.Lucene.Filtering;

/// <summary>
/// The filters of a search, split in two: range constraints that always narrow the search, and facet
/// dimensions, which the collector may relax one at a time to count facets.
/// </summary>
internal sealed class SearchFilters
{
    private SearchFilters(RangeConstraints constraints, IReadOnlyList<DimensionFilter> dimensions)
    {
        Constraints = constraints;
        Dimensions = dimensions;
    }

    public RangeConstraints Constraints { get; }
    public IReadOnlyList<DimensionFilter> Dimensions { get; }

    public bool IsEmpty => Constraints.IsEmpty && Dimensions.Count == 0;

    public static SearchFilters From(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var dimensions = new List<DimensionFilter>();
        AddValues(dimensions, FacetNames.Beneficiary, query.Beneficiaries);
        AddValues(dimensions, FacetNames.Theme, query.Themes);
        AddValues(dimensions, FacetNames.AidType, query.AidTypes);
        AddValues(dimensions, FacetNames.Funder, query.Funders);
        AddValues(dimensions, FacetNames.Recurrence, query.Recurrences);
        AddValues(dimensions, FacetNames.Programme, query.Programmes);
        if (query.Territories.Count > 0) dimensions.Add(new TerritoryFilter(query.Territories));
        if (query.Statuses.Count > 0) dimensions.Add(new StatusFilter(query.Statuses));
        AddValues(dimensions, FacetNames.Public, query.Publics);
        AddValues(dimensions, FacetNames.Destination, query.Destinations);
        if (query.UnstatedOnly) UnstatedFilter.Replace(dimensions);
        return new SearchFilters(new RangeConstraints(query), dimensions);
    }

    private static void AddValues(List<DimensionFilter> dimensions, string dimension, IReadOnlyList<string> values)
    {
        var distinct = values.Where(value => !string.IsNullOrEmpty(value)).Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length > 0) dimensions.Add(new ValuesFilter(dimension, distinct));
    }
}
