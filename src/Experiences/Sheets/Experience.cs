namespace Plateforme.Experiences.Sheets;

/// <summary>
/// An experience sheet: an initiative of local economic development told in the layout of the centres de
/// ressources' « fiches d'expérience » (contexte, objectifs, méthode, mise en œuvre, moyens et coûts, résultats,
/// points de vigilance, facteurs clés). Written by a member structure, published by moderators.
/// </summary>
public sealed class Experience
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The address of the public sheet, « /experiences/{slug} »; never changes once published.</summary>
    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Two or three sentences shown in lists and on the map.</summary>
    public string Summary { get; set; } = "";

    /// <summary>The commune ("com:80021") or a wider perimeter ("nat:FR" for a national programme).</summary>
    public string TerritoryCode { get; set; } = "nat:FR";

    /// <summary>The neighbourhood's name when the sheet names one (« Quartier Nord », « Les Beaudottes »).</summary>
    public string? Neighbourhood { get; set; }

    /// <summary>Whether the place is a quartier prioritaire de la politique de la ville; null when the source does not say.</summary>
    public bool? IsPriorityNeighbourhood { get; set; }

    /// <summary>WGS84; null when no source gives the place precisely (the reference territories carry no centres).</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Slugs of <see cref="ExperienceThemes"/>, comma-separated.</summary>
    public string Themes { get; set; } = "";

    public InnovationCategory? Innovation { get; set; }

    public CarrierType Carrier { get; set; }

    /// <summary>The carrier's name (« Amiens Métropole », « Association Wimoov »).</summary>
    public string CarrierName { get; set; } = "";

    /// <summary>« association loi 1901 », « Scic »…; empty when the source does not say.</summary>
    public string LegalForm { get; set; } = "";

    /// <summary>One partner a line.</summary>
    public string Partners { get; set; } = "";

    public string Context { get; set; } = "";
    public string Objectives { get; set; } = "";
    public string Method { get; set; } = "";
    public string Implementation { get; set; } = "";
    public string MeansAndCosts { get; set; } = "";
    public string Results { get; set; } = "";
    public string PointsOfVigilance { get; set; } = "";
    public string KeyFactors { get; set; } = "";

    /// <summary>When it started, as the source says it (« 2017 », « depuis 2005 »).</summary>
    public string Period { get; set; } = "";

    /// <summary>Names, roles, telephones, e-mails; shown only when <see cref="ContactsPublic"/>.</summary>
    public string Contacts { get; set; } = "";

    public bool ContactsPublic { get; set; }

    /// <summary>One link a line: « label | https://… » or a bare address.</summary>
    public string Links { get; set; } = "";

    /// <summary>The structure that wrote the sheet (« IREV, centre de ressources politique de la ville »).</summary>
    public string ContributorStructure { get; set; } = "";

    /// <summary>The member organisation whose staff may edit it; null for reference content.</summary>
    public Guid? OrganisationId { get; set; }

    public Guid? AuthorId { get; set; }

    /// <summary>The document the facts come from, cited on the sheet.</summary>
    public string Source { get; set; } = "";

    /// <summary>The seed's key when the sheet comes from the reference content (idempotent seeding).</summary>
    public string? SeedKey { get; set; }

    public ExperienceState State { get; set; } = ExperienceState.Draft;

    /// <summary>Why a moderator sent it back, shown to its contributor.</summary>
    public string? ModerationNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The day the contributor last checked the facts; two years later the sheet is « à actualiser ».</summary>
    public DateOnly LastReviewedOn { get; set; }

    public int Version { get; set; }

    public IReadOnlyList<string> ThemeSlugs => Themes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
