namespace Plateforme.Web.Shared.Lending;

/// <summary>
/// The fixed list of activities a campaign belongs to, so the list's filter does not split into near-twins
/// (« Commerce », « Commerce de proximité »…). Anything else is « Autre » with the carrier's words, which the
/// moderators see flagged on the review page.
/// </summary>
public static class CampaignCategories
{
    public const string Other = "Autre";

    public static IReadOnlyList<string> All { get; } =
    [
        "Commerce de proximité",
        "Alimentation et restauration",
        "Artisanat",
        "Agriculture",
        "Services à la personne",
        "Santé et bien-être",
        "Mobilité",
        "Culture et loisirs",
        "Sport",
        "Environnement et réemploi",
        "Numérique",
        "Vie associative",
    ];

    public static bool IsListed(string? category) => category is not null && All.Contains(category, StringComparer.Ordinal);
}
