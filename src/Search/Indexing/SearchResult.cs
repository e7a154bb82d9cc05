namespace Plateforme.Search.Indexing;

public sealed record SearchResult
{
    /// <summary>Exact number of matching calls.</summary>
    public required int Total { get; init; }

    /// <summary>
    /// How many of <see cref="Total"/> are « public non précisé » calls listed after the matching ones
    /// (<see cref="SearchQuery.IncludeUnstated"/>); facets never count them.
    /// </summary>
    public int UnstatedTotal { get; init; }
    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>Per dimension ("beneficiary", "theme", …, see <see cref="FacetNames"/>), each counted with the other filters applied.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets { get; init; } =
        new Dictionary<string, IReadOnlyList<FacetCount>>();

    /// <summary>True when exact matches were few and typo-tolerant matching was added.</summary>
    public bool UsedFuzzyMatching { get; init; }

    /// <summary>
    /// How many of <see cref="Total"/> meet only some of the query's words: too few calls met them all, so the
    /// search was relaxed. Those hits come after the others, each marked <see cref="SearchHit.IsApproximate"/>,
    /// and the results page shows them under « Résultats approchants ».
    /// </summary>
    public int ApproximateCount { get; init; }

    /// <summary>A corrected query text to propose when nothing or little matched ("insertoin" → "insertion").</summary>
    public string? SpellingSuggestion { get; init; }
}
