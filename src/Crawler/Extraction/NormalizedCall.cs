using Plateforme.Crawler.Extraction.Dates;
using Plateforme.Search.Catalogue;

namespace Plateforme.Crawler.Extraction;

/// <summary>
/// A call ready for the catalogue, shaped like <see cref="FundingCall"/>: slugs from the reference lists, dates in
/// Europe/Paris, euro cents, sanitised HTML, canonical URLs, a fingerprint for deduplication, and what a moderator
/// should check. <see cref="Funders"/> holds the names the source gave (or the source's default funder slug):
/// matching them to funder slugs is the catalogue's job.
/// </summary>
public sealed record NormalizedCall
{
    public required string SourceId { get; init; }
    public required string ExternalId { get; init; }
    public string? Licence { get; init; }
    public string? RawPayload { get; init; }

    public required string Title { get; init; }
    public string? Summary { get; init; }

    /// <summary>Sanitised HTML, links absolute and free of tracking parameters.</summary>
    public string? DescriptionHtml { get; init; }
    public string? Contact { get; init; }

    /// <summary>Eligibility conditions as plain text, when the source gives them apart.</summary>
    public string? Eligibility { get; init; }

    public IReadOnlyList<string> Funders { get; init; } = [];
    public IReadOnlyList<string> Beneficiaries { get; init; } = [];
    public IReadOnlyList<string> AidTypes { get; init; } = [];
    public IReadOnlyList<string> Destinations { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> SubThemes { get; init; } = [];

    /// <summary>"level:code", never empty: France when nothing better is known (with a warning).</summary>
    public required string Territory { get; init; }

    public DateOnly? OpensOn { get; init; }
    public DateOnly? Deadline { get; init; }
    public TimeOnly? DeadlineTime { get; init; }
    public DateOnly? PreDepositDeadline { get; init; }
    public IReadOnlyList<DateWindow> Windows { get; init; } = [];
    public Recurrence Recurrence { get; init; } = Recurrence.OneOff;

    public long? MinAmountCents { get; init; }
    public long? MaxAmountCents { get; init; }
    public int? RateMinPercent { get; init; }
    public int? RateMaxPercent { get; init; }
    public long? EnvelopeCents { get; init; }
    public int? MaxWinners { get; init; }

    public bool IsCallForProjects { get; init; }

    /// <summary>The listing on the source (for its <see cref="SourceRecord"/>), tracking parameters removed.</summary>
    public required string SourceUrl { get; init; }

    /// <summary>The funder's own page when an aggregator gives it, else <see cref="SourceUrl"/>: what people follow.</summary>
    public required string OriginUrl { get; init; }

    /// <summary><see cref="OriginUrl"/> in canonical form: equal for the same page reached through two sources.</summary>
    public required string CanonicalUrl { get; init; }
    public string? ApplicationUrl { get; init; }

    /// <summary>See <see cref="Identity.CallFingerprint"/>.</summary>
    public required string Fingerprint { get; init; }

    public IReadOnlyList<ExtractionWarning> Warnings { get; init; } = [];
}
