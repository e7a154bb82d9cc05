using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Engines.Sql;

/// <summary>
/// Value → French label per facet dimension, read once from the corpus. The SQL engines count slugs and
/// label them from memory, as an application over those databases would from its reference data.
/// </summary>
public sealed class FacetLabels
{
    private readonly Dictionary<string, Dictionary<string, string>> _labels = FacetNames.All.ToDictionary(d => d, _ => new Dictionary<string, string>(StringComparer.Ordinal));

    public FacetLabels(IEnumerable<CallDocument> corpus)
    {
        foreach (var call in corpus)
        {
            Add(FacetNames.Beneficiary, call.Beneficiaries);
            Add(FacetNames.Theme, call.Themes);
            Add(FacetNames.AidType, call.AidTypes);
            Add(FacetNames.Funder, call.Funders);
            Add(FacetNames.Territory, [call.Territory]);
            _labels[FacetNames.Recurrence].TryAdd(call.Recurrence, call.Recurrence);
        }

        foreach (var slug in CallStatusRules.AllSlugs) _labels[FacetNames.Status][slug] = slug;
    }

    public FacetCount Count(string dimension, string value, int count) =>
        new(value, _labels[dimension].GetValueOrDefault(value, value), count);

    private void Add(string dimension, IEnumerable<LabelledValue> values)
    {
        var labels = _labels[dimension];
        foreach (var value in values) labels.TryAdd(value.Value, value.Label);
    }
}
