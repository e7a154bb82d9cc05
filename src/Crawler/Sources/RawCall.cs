namespace Plateforme.Crawler.Sources;

/// <summary>
/// A call as a connector found it, fields still in the source's own words: the hand-off from
/// connectors (which know page structures) to extraction (which knows French phrasings).
/// </summary>
public sealed record RawCall(string SourceId, string ExternalId, Uri Url, string Title)
{
    public string? DeadlineText { get; init; }
    public string? OpeningText { get; init; }
    public string? AmountText { get; init; }
    public string? SummaryHtml { get; init; }
    public string? DescriptionHtml { get; init; }
    public string? FunderText { get; init; }
    public string? BeneficiariesText { get; init; }
    public string? ThemesText { get; init; }
    public string? TerritoryText { get; init; }
    public string? AidTypeText { get; init; }
    public string? ContactText { get; init; }
    public Uri? ApplicationUrl { get; init; }

    /// <summary>The funder's own page when <see cref="Url"/> is on an aggregator (aides-territoires' origin_url).</summary>
    public Uri? OriginUrl { get; init; }

    public string? EligibilityText { get; init; }

    /// <summary>"Ponctuelle", "Récurrente", "Permanente" when the source says so.</summary>
    public string? RecurrenceText { get; init; }

    /// <summary>Set when the source states it (aides-territoires' is_call_for_project); null means "guess from the title".</summary>
    public bool? IsCallForProjects { get; init; }

    /// <summary>The visible text of the page, for the fallback search of deadline and amount phrases.</summary>
    public string? PageText { get; init; }

    /// <summary>The date the page was published or fetched, to resolve "15 mars" into a year.</summary>
    public DateOnly? PageDate { get; init; }

    /// <summary>The item as the source gave it (JSON, CSV row, HTML fragment), kept for audit.</summary>
    public string? RawPayload { get; init; }

    /// <summary>Date format the source uses for numeric dates, e.g. "MM/dd/yyyy" for US-ordered CSV.</summary>
    public string? NumericDateFormat { get; init; }
}
