using Plateforme.Search.Reference;

namespace Plateforme.Search.Indexing;

/// <summary>
/// A search as the index receives it: values already validated against the reference data.
/// Values within one dimension are OR-ed; dimensions are AND-ed.
/// </summary>
public sealed record SearchQuery
{
    /// <summary>The person's text in the simple query language (words AND-ed, "phrase", -exclusion, OR).</summary>
    public string? Text { get; init; }

    public IReadOnlyList<string> Beneficiaries { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> AidTypes { get; init; } = [];
    public IReadOnlyList<string> Funders { get; init; } = [];
    public IReadOnlyList<string> Recurrences { get; init; } = [];
    public IReadOnlyList<CallStatus> Statuses { get; init; } = [];
    public IReadOnlyList<TerritoryScope> Territories { get; init; } = [];

    /// <summary>The people a project serves (slugs of <c>ReferenceLists.Publics</c>).</summary>
    public IReadOnlyList<string> Publics { get; init; } = [];

    /// <summary>Kinds of spending: "fonctionnement", "investissement".</summary>
    public IReadOnlyList<string> Destinations { get; init; } = [];

    /// <summary>
    /// With a beneficiary or public filter, also list the calls that state no beneficiary (or no public), after
    /// every call that matches, each marked <see cref="SearchHit.PublicUnstated"/> (see <c>UnstatedTier</c>).
    /// </summary>
    public bool IncludeUnstated { get; init; }

    /// <summary>
    /// Only the second tier of <see cref="IncludeUnstated"/>: the calls a beneficiary or public filter would list as
    /// « public non précisé » (a digest reads each tier in its own date order).
    /// </summary>
    public bool UnstatedOnly { get; init; }

    /// <summary>Programme slugs (<see cref="ProgrammeSlugs"/>).</summary>
    public IReadOnlyList<string> Programmes { get; init; } = [];

    /// <summary>
    /// Only calls meeting every word of the text, never the « résultats approchants » of a relaxed search: a digest
    /// or a feed sends what was asked for, and cannot show the reader which calls meet only part of it.
    /// </summary>
    public bool ExactOnly { get; init; }

    /// <summary>Below this many calls meeting every word, calls meeting only most of them follow (« résultats approchants »).</summary>
    public const int ApproximateBelow = 10;

    public DateOnly? DeadlineFrom { get; init; }
    public DateOnly? DeadlineTo { get; init; }

    /// <summary>Calls whose per-project range [min, max] meets [AmountMinCents, AmountMaxCents].</summary>
    public long? AmountMinCents { get; init; }
    public long? AmountMaxCents { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
    public bool IncludeFacets { get; init; } = true;

    /// <summary>The day statuses are computed for (Europe/Paris); the caller reads it from its clock.</summary>
    public required DateOnly Today { get; init; }
}
