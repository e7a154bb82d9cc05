using Plateforme.Experiences.Finding;

namespace Plateforme.Search.Bench.Experiences;

/// <summary>
/// A fixed mix of experience searches in the seed documents' words: text only, text with filters (territory with
/// ancestry, theme, carrier type, innovation category) and filters only, as the search page and the API send them.
/// </summary>
public static class ExperienceQueries
{
    private static readonly string[] Texts =
    [
        "pépinière", "tiers-lieux", "commerce de proximité", "insertion emploi", "économie circulaire réemploi",
        "marketing territorial", "boutique à l'essai", "hôtel d'entreprises", "financement participatif", "coopérative jeunesse",
        "numérique formation", "quartier prioritaire", "Amiens", "Marseille", "incubateur innovation sociale", "artisanat d'art",
        "mobilité", "crèche", "franchise commerce", "création d'entreprise quartiers", "conciergerie", "achats grandes entreprises",
    ];

    public static IReadOnlyList<ExperienceQuery> All { get; } =
    [
        .. Texts.Select(t => new ExperienceQuery { Text = t }),
        new() { Text = "pépinière", Territory = "dep:80" },
        new() { Text = "entreprises", Territory = "reg:32" },
        new() { Text = "emploi", Themes = ["emploi-insertion"] },
        new() { Text = "quartier", Carrier = "association" },
        new() { Text = "numérique", Innovation = "sociale" },
        new() { Text = "commerce", Themes = ["commerce-de-proximite"], Territory = "reg:84" },
        new() { Territory = "dep:59" },
        new() { Territory = "reg:11" },
        new() { Themes = ["tiers-lieux"] },
        new() { Themes = ["entrepreneuriat", "immobilier-d-entreprise"] },
        new() { Carrier = "collectivite" },
        new() { Innovation = "modele-d-affaires" },
        new(),
    ];
}
