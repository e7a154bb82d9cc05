using System.Globalization;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.Query;

/// <summary>A search in a few French words ("« insertion » · Somme · Association"), for feed titles and alerts.</summary>
public sealed class SearchDescription(FilterLabels labels)
{
    public string Describe(SearchFilters filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var parts = new List<string>();
        if (filters.HasText) parts.Add(string.Format(CultureInfo.CurrentCulture, AlertText.SearchText, filters.Text!.Trim()));
        foreach (var (parameter, value) in filters.ActiveFilters)
        {
            var label = labels.Value(parameter, value);
            parts.Add(SearchFilters.SingleParameters.Contains(parameter) ? $"{FilterLabels.Dimension(parameter)} : {label}" : label);
        }
        return parts.Count == 0 ? AlertText.AllCalls : string.Join(" · ", parts);
    }
}
