using Plateforme.Search.Indexing;

namespace Plateforme.Web.Calls.Api;

public sealed record CallListResponse
{
    public required int Total { get; init; }

    /// <summary>How many of <see cref="Total"/> are « public non précisé » calls, listed after the matching ones and counted in no facet.</summary>
    public int UnstatedTotal { get; init; }
    public required int Page { get; init; }
    public required int PageSize { get; init; }
    public required int PageCount { get; init; }
    public required IReadOnlyList<CallSummaryResponse> Hits { get; init; }

    /// <summary>Per filter parameter, the count each value would give with the other filters kept.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets { get; init; }
    public bool UsedFuzzyMatching { get; init; }

    /// <summary>How many of <see cref="Total"/> meet only some of the query's words (too few met them all); those hits are flagged <c>isApproximate</c> and come last.</summary>
    public int ApproximateCount { get; init; }
    public string? SpellingSuggestion { get; init; }
}
