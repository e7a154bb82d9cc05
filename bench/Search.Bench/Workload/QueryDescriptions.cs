using System.Globalization;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Workload;

/// <summary>A short reading of a query's filters for the results file ("beneficiary association, territory dep:80").</summary>
public static class QueryDescriptions
{
    public static string FiltersOf(SearchQuery query)
    {
        var parts = new List<string>();
        void Add(string name, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (list.Count > 0) parts.Add($"{name} {string.Join(" or ", list)}");
        }

        Add("beneficiary", query.Beneficiaries);
        Add("theme", query.Themes);
        Add("aid", query.AidTypes);
        Add("funder", query.Funders);
        Add("recurrence", query.Recurrences);
        Add("territory", query.Territories.Select(t => t.Code.ToString()));
        Add("status", query.Statuses.Select(s => s.ToSlug()));
        if (query.DeadlineFrom is not null || query.DeadlineTo is not null)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"deadline {query.DeadlineFrom:yyyy-MM-dd}..{query.DeadlineTo:yyyy-MM-dd}"));
        if (query.AmountMinCents is not null || query.AmountMaxCents is not null)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"amount {query.AmountMinCents / 100}..{query.AmountMaxCents / 100} EUR"));
        return parts.Count == 0 ? "no filter" : string.Join(", ", parts);
    }
}
