namespace Plateforme.Web.OpenData;

/// <summary>One published call in the open dataset: codes as the API's filters take them, amounts in euro cents, its licence.</summary>
public sealed record DatasetCall
{
    public required Guid Id { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public required string PageUrl { get; init; }
    public required string ApiUrl { get; init; }
    public required IReadOnlyList<DatasetFunder> Funders { get; init; }
    public required IReadOnlyList<string> Themes { get; init; }
    public required IReadOnlyList<string> Beneficiaries { get; init; }
    public required IReadOnlyList<string> AidTypes { get; init; }
    public required IReadOnlyList<string> Publics { get; init; }
    public required IReadOnlyList<string> Destinations { get; init; }
    public required IReadOnlyList<string> Territories { get; init; }
    public required string Status { get; init; }
    public required string Recurrence { get; init; }
    public DateOnly? OpensOn { get; init; }
    public DateOnly? Deadline { get; init; }
    public long? MinAmountCents { get; init; }
    public long? MaxAmountCents { get; init; }
    public long? EnvelopeCents { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The licence the call's data is shared under: its sources' own, or the platform's for calls posted here.</summary>
    public required string Licence { get; init; }

    /// <summary>Whom to credit: the sources the call was read from, and the originator of data a source imported.</summary>
    public required string Attribution { get; init; }
    public required IReadOnlyList<DatasetSource> Sources { get; init; }
}

public sealed record DatasetFunder(string Slug, string Name);

public sealed record DatasetSource(string SourceId, string Url, string? Licence);
