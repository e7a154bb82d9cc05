namespace Plateforme.Search.Catalogue;

/// <summary>
/// A funding call ("appel à projets", "aide") as the catalogue keeps it: the source of truth
/// from which the search index is derived. Lists hold value slugs from the reference data.
/// </summary>
public sealed class FundingCall
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Readable URL part, unique ("aap-insertion-jeunes-somme-2026").</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }
    public string? ShortTitle { get; set; }
    public string? Summary { get; set; }

    /// <summary>Sanitised HTML, never raw input.</summary>
    public string? DescriptionHtml { get; set; }
    public string? Eligibility { get; set; }
    public string? ProjectExamples { get; set; }
    public string? Contact { get; set; }

    /// <summary>Contact details as a source wrote them in HTML, sanitised; shown instead of <see cref="Contact"/> when set.</summary>
    public string? ContactHtml { get; set; }

    /// <summary>Project examples as a source wrote them in HTML, sanitised; shown instead of <see cref="ProjectExamples"/> when set.</summary>
    public string? ProjectExamplesHtml { get; set; }

    /// <summary>Funder slugs in the order the call names them (the first one leads).</summary>
    public List<string> Funders { get; set; } = [];
    public List<string> Beneficiaries { get; set; } = [];
    public List<string> AidTypes { get; set; } = [];
    public List<string> Destinations { get; set; } = [];
    public List<string> Themes { get; set; } = [];
    public List<string> SubThemes { get; set; } = [];
    public List<string> Keywords { get; set; } = [];

    /// <summary>Programmes the call belongs to, by name (« Petites villes de demain », « LEADER »): people filter by them.</summary>
    public List<string> Programmes { get; set; } = [];

    /// <summary>Perimeter as "level:code" ("dep:80", "com:80021", "nat:FR").</summary>
    public required string Territory { get; set; }

    /// <summary>
    /// Every perimeter of the call ("dep:80", "dep:02", "dep:60"), the lead one (<see cref="Territory"/>) first.
    /// Empty on calls written before the list existed: read it through <see cref="CallTerritories.Of"/>.
    /// </summary>
    public List<string> Territories { get; set; } = [];

    /// <summary>Publics the project serves (slugs of <c>ReferenceLists.Publics</c>); empty when the call names none.</summary>
    public List<string> Publics { get; set; } = [];

    public DateOnly? OpensOn { get; set; }
    public DateOnly? Deadline { get; set; }

    /// <summary>The deadline of a compulsory pre-deposit (« pré-dépôt »), before the call's own deadline.</summary>
    public DateOnly? PreDepositOn { get; set; }

    /// <summary>Time of day of the deadline in Europe/Paris, when the call states one ("à 17h").</summary>
    public TimeOnly? DeadlineTime { get; set; }
    public Recurrence Recurrence { get; set; } = Recurrence.OneOff;

    /// <summary>
    /// Every application window, earliest first, when the call has several (or a source listed them); empty for a
    /// call with one window, which <see cref="OpensOn"/> and <see cref="Deadline"/> then hold alone. When set,
    /// <see cref="OpensOn"/>, <see cref="Deadline"/> and <see cref="DeadlineTime"/> hold the NEXT window (see
    /// <see cref="CallWindows.Align"/>), so status, filters and sorts follow it.
    /// </summary>
    public List<CallWindow> Windows { get; set; } = [];

    /// <summary>The day (Paris) its funder or relay closed it early with « Clôturer »; its deadline is then the day before.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>When a later window of the call last became the next one: alerts announce it as a new window.</summary>
    public DateTimeOffset? WindowOpenedAt { get; set; }

    /// <summary>Per-project amounts in euro cents; the call envelope is a total for all winners.</summary>
    public long? MinAmountCents { get; set; }
    public long? MaxAmountCents { get; set; }
    public int? RateMinPercent { get; set; }
    public int? RateMaxPercent { get; set; }
    public long? EnvelopeCents { get; set; }
    public int? MaxWinners { get; set; }

    /// <summary>"Appel à projets" or "appel à manifestation d'intérêt" rather than a standing aid.</summary>
    public bool IsCallForProjects { get; set; }

    /// <summary>The scale of the perimeter as the source names it (« Département », « Région »), when it says.</summary>
    public string? PerimeterScale { get; set; }

    /// <summary>True when the applicant pays for the support (a paid engineering service); null when unknown.</summary>
    public bool? IsCharged { get; set; }

    /// <summary>A European aid: see <see cref="EuropeanAidKinds"/>; null when it is not one or nobody said.</summary>
    public string? EuropeanAid { get; set; }

    /// <summary>When the source last changed the call, as the source states it.</summary>
    public DateTimeOffset? SourceUpdatedAt { get; set; }

    /// <summary>The mention a source asks to show with data it imported from someone else.</summary>
    public string? AttributionMention { get; set; }

    /// <summary>The licence of that imported data, as the source names it (« odbl », « openlicence20 »).</summary>
    public string? AttributionLicence { get; set; }

    /// <summary>Where that imported data comes from.</summary>
    public string? AttributionUrl { get; set; }

    public string? OriginUrl { get; set; }
    public string? ApplicationUrl { get; set; }

    public ModerationState State { get; set; } = ModerationState.Draft;

    /// <summary>The call this one was merged into, when <see cref="State"/> is Merged.</summary>
    public Guid? MergedIntoId { get; set; }

    /// <summary>Normalised title + funder + deadline, used to find the same call on several sources.</summary>
    public string? Fingerprint { get; set; }

    /// <summary>Fields a moderator edited by hand: a later import never overwrites them.</summary>
    public List<string> ModeratorEditedFields { get; set; } = [];

    /// <summary>The organisation (an account of the platform) that posted the call through its form; it is the funder.</summary>
    public Guid? SubmittedByOrganisationId { get; set; }

    /// <summary>
    /// Set when the posting organisation only relays a third party's call (a maison des associations, a network):
    /// the funders are then the ones it chose, never the organisation itself.
    /// </summary>
    public Guid? RelayedByOrganisationId { get; set; }

    /// <summary>The partner structure whose staff posted the call as a relay (its public page lists the calls it relays).</summary>
    public Guid? RelayedByStructureId { get; set; }

    /// <summary>The member who posted it: told of the moderator's decision; cleared when their account is deleted.</summary>
    public Guid? SubmittedByUserId { get; set; }

    /// <summary>When it was last sent for review by its organisation.</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The moderator's reason, shown to the organisation, when <see cref="State"/> is Rejected.</summary>
    public string? RejectionReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    public List<SourceRecord> Sources { get; set; } = [];
    public List<CallChange> History { get; set; } = [];
}
