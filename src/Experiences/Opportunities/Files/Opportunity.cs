namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>
/// An « opportunité » file, after the detection grid of the seed « Détecter et appuyer des opportunités de
/// développement économique sur votre territoire »: étape 1 (détecter) then étape 2 (de l'opportunité au projet).
/// It belongs to a team and is never public; it may be published later as an experience sheet.
/// </summary>
public sealed class Opportunity
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public TeamKind TeamKind { get; set; }
    public Guid TeamId { get; set; }

    /// <summary>The team's name when the file was created, for lists and the printed file.</summary>
    public string TeamName { get; set; } = "";

    public string Title { get; set; } = "";
    public OpportunityStatus Status { get; set; }

    // Étape 1 : détecter les opportunités.
    public OpportunityKind Kind { get; set; }

    /// <summary>The kind made precise (« club d'entreprises », « centre social »…).</summary>
    public string KindDetail { get; set; } = "";

    /// <summary><see cref="SpottingMethod"/> names, comma-separated.</summary>
    public string SpottedBy { get; set; } = "";

    public string Description { get; set; } = "";
    public string MainInterest { get; set; } = "";
    public string Obstacles { get; set; } = "";

    /// <summary><see cref="CollectivityRole"/> names, comma-separated.</summary>
    public string CollectivityRoles { get; set; } = "";

    public CarryingMode? CarryingMode { get; set; }
    public string PointsToWork { get; set; } = "";

    /// <summary>Theme slugs of the calls' taxonomy, comma-separated: what the suggestions search the catalogue for.</summary>
    public string Themes { get; set; } = "";

    /// <summary>Where: "level:code" of the reference territories (a commune, usually).</summary>
    public string TerritoryCode { get; set; } = "";

    public string Neighbourhood { get; set; } = "";

    /// <summary>Who would carry it, when it is known (the beneficiary type of the calls suggested).</summary>
    public Sheets.CarrierType? Carrier { get; set; }

    public string CarrierName { get; set; } = "";

    // Étape 2 : de l'opportunité au projet.
    public string Exploration { get; set; } = "";
    public string Activities { get; set; } = "";
    public string Means { get; set; } = "";
    public string Partners { get; set; } = "";

    /// <summary>« Budget prévisionnel », in cents.</summary>
    public long? BudgetCents { get; set; }

    public string DecisionMakers { get; set; } = "";
    public string LocalKnowHow { get; set; } = "";
    public string AccompanimentNeeds { get; set; } = "";

    /// <summary>The experience sheet drafted from this file, once « Publier comme expérience » was used.</summary>
    public Guid? ExperienceId { get; set; }

    /// <summary>The solidarity-loan campaign drafted from this file.</summary>
    public Guid? CampaignId { get; set; }

    /// <summary>A demonstration file of the Development seed, said so on every page.</summary>
    public bool IsDemo { get; set; }

    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<string> ThemeSlugs => Split(Themes);

    public IReadOnlyList<SpottingMethod> SpottingMethods => ParseAll<SpottingMethod>(SpottedBy);

    public IReadOnlyList<CollectivityRole> Roles => ParseAll<CollectivityRole>(CollectivityRoles);

    internal static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<T> ParseAll<T>(string list) where T : struct, Enum =>
        Split(list).Select(v => Enum.TryParse<T>(v, out var parsed) ? parsed : (T?)null).OfType<T>().ToList();
}
