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

    /// <summary>
    /// The funders one by one when the source lists them (aides-territoires' financers): kept as a list, never
    /// joined and split again, so a name with a comma stays one funder. The first one leads.
    /// </summary>
    public IReadOnlyList<string> FunderNames { get; init; } = [];

    /// <summary>Contact details as rich HTML from the source; sanitised like a description before it is stored.</summary>
    public string? ContactHtml { get; init; }

    /// <summary>The source's own short title (aides-territoires' short_title, at most 64 characters).</summary>
    public string? ShortTitle { get; init; }

    /// <summary>The pre-deposit (« pré-dépôt ») deadline as the source writes it.</summary>
    public string? PreDepositText { get; init; }

    /// <summary>Spending kinds already mapped to destination slugs by a connector that knows the source's list.</summary>
    public IReadOnlyList<string> DestinationSlugs { get; init; } = [];

    /// <summary>Categories with their theme, read structurally from the source.</summary>
    public IReadOnlyList<SourceCategory> Categories { get; init; } = [];

    /// <summary>Programmes the call belongs to, by name (« Petites villes de demain », « LEADER »).</summary>
    public IReadOnlyList<string> ProgrammeNames { get; init; } = [];

    /// <summary>The scale of the perimeter as the source names it (« Département », « Région »).</summary>
    public string? PerimeterScale { get; init; }

    /// <summary>Examples of projects the aid funded or could fund, as HTML.</summary>
    public string? ProjectExamplesHtml { get; init; }

    /// <summary>True when the support is paid for by the applicant (engineering services, for instance).</summary>
    public bool? IsCharged { get; init; }

    /// <summary>The source's European-aid marker: "sectorial", "organizational" or "european".</summary>
    public string? EuropeanAid { get; init; }

    /// <summary>When the source last changed the call.</summary>
    public DateTimeOffset? SourceUpdatedAt { get; init; }

    /// <summary>The mention the source asks to show when its data was imported from someone else.</summary>
    public string? AttributionMention { get; init; }

    /// <summary>The licence of that imported data (« odbl », « openlicence20 »…).</summary>
    public string? AttributionLicence { get; init; }

    /// <summary>Where that imported data comes from.</summary>
    public Uri? AttributionUrl { get; init; }
}
