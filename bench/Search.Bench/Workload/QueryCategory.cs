namespace Plateforme.Search.Bench.Workload;

public enum QueryCategory
{
    TextOnly,
    TextWithFilters,
    FiltersOnly,
}
