namespace Plateforme.Crawler.Pipeline;

/// <summary>
/// What a source with structured fields (aides-territoires) says beyond the normalised call: kept apart so that
/// sources which say nothing of it never clear what a person wrote there.
/// </summary>
public sealed record CallDetails
{
    public string? ShortTitle { get; init; }

    /// <summary>Sanitised HTML.</summary>
    public string? ContactHtml { get; init; }

    public string? ProjectExamples { get; init; }

    /// <summary>Sanitised HTML.</summary>
    public string? ProjectExamplesHtml { get; init; }

    public DateOnly? PreDepositOn { get; init; }
    public IReadOnlyList<string> Programmes { get; init; } = [];
    public string? PerimeterScale { get; init; }
    public bool? IsCharged { get; init; }

    /// <summary>One of <see cref="Search.Catalogue.EuropeanAidKinds"/>.</summary>
    public string? EuropeanAid { get; init; }

    public DateTimeOffset? SourceUpdatedAt { get; init; }
    public string? AttributionMention { get; init; }
    public string? AttributionLicence { get; init; }
    public string? AttributionUrl { get; init; }
}
