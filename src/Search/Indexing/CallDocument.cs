namespace Plateforme.Search.Indexing;

/// <summary>
/// What the index knows of a published call: flattened from the catalogue with labels resolved,
/// so that a page of results is drawn from the index alone, without a database round trip.
/// </summary>
public sealed record CallDocument
{
    public required Guid Id { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }

    /// <summary>Plain text of the sanitised description (tags stripped).</summary>
    public string? DescriptionText { get; init; }

    public IReadOnlyList<LabelledValue> Funders { get; init; } = [];
    public IReadOnlyList<LabelledValue> Themes { get; init; } = [];
    public IReadOnlyList<LabelledValue> SubThemes { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<LabelledValue> Beneficiaries { get; init; } = [];
    public IReadOnlyList<LabelledValue> AidTypes { get; init; } = [];
    public IReadOnlyList<string> Destinations { get; init; } = [];

    /// <summary>Programmes by slug, labelled with the name the source gave.</summary>
    public IReadOnlyList<LabelledValue> Programmes { get; init; } = [];

    /// <summary>The call's own perimeter ("dep:80") with its French name ("Somme").</summary>
    public required LabelledValue Territory { get; init; }

    /// <summary>The perimeter and every enclosing one, smallest first: ["com:80021", "epci:…", "dep:80", "reg:32", "nat:FR"].</summary>
    public IReadOnlyList<string> TerritoryPath { get; init; } = [];

    /// <summary>Every perimeter of the call with its French name, the lead one (<see cref="Territory"/>) first.</summary>
    public IReadOnlyList<LabelledValue> Territories { get; init; } = [];

    /// <summary>The people the project serves (« jeunes », « seniors »…); empty when the call names none.</summary>
    public IReadOnlyList<LabelledValue> Publics { get; init; } = [];

    public DateOnly? OpensOn { get; init; }
    public DateOnly? Deadline { get; init; }
    public TimeOnly? DeadlineTime { get; init; }

    /// <summary>"ponctuelle", "recurrente" or "permanente".</summary>
    public required string Recurrence { get; init; }

    public long? MinAmountCents { get; init; }
    public long? MaxAmountCents { get; init; }
    public int? RateMinPercent { get; init; }
    public int? RateMaxPercent { get; init; }
    public long? EnvelopeCents { get; init; }
    public bool IsCallForProjects { get; init; }

    /// <summary>When the call entered the published catalogue: the "newest" sort.</summary>
    public required DateTimeOffset PublishedAt { get; init; }
}
