using Plateforme.Experiences.Resources;

namespace Plateforme.Experiences.Sheets;

/// <summary>
/// The ten themes of the centres de ressources' collaborative map (the newsletter's four parts — immobilier,
/// innovation sociale, entrepreneuriat, commerces — and the fields of the experiences they cite).
/// </summary>
public static class ExperienceThemes
{
    public const string LocalShops = "commerce-de-proximite";
    public const string Entrepreneurship = "entrepreneuriat";
    public const string Employment = "emploi-insertion";
    public const string SocialEconomy = "ess-innovation-sociale";
    public const string ThirdPlaces = "tiers-lieux";
    public const string BusinessPremises = "immobilier-d-entreprise";
    public const string Digital = "numerique";
    public const string Mobility = "mobilite";
    public const string CircularEconomy = "economie-circulaire";
    public const string TerritorialMarketing = "marketing-territorial";

    public static IReadOnlyList<string> All { get; } =
    [
        LocalShops, Entrepreneurship, Employment, SocialEconomy, ThirdPlaces,
        BusinessPremises, Digital, Mobility, CircularEconomy, TerritorialMarketing,
    ];

    public static bool IsKnown(string slug) => All.Contains(slug, StringComparer.Ordinal);

    public static string Label(string slug) => slug switch
    {
        LocalShops => ExperienceText.ThemeLocalShops,
        Entrepreneurship => ExperienceText.ThemeEntrepreneurship,
        Employment => ExperienceText.ThemeEmployment,
        SocialEconomy => ExperienceText.ThemeSocialEconomy,
        ThirdPlaces => ExperienceText.ThemeThirdPlaces,
        BusinessPremises => ExperienceText.ThemeBusinessPremises,
        Digital => ExperienceText.ThemeDigital,
        Mobility => ExperienceText.ThemeMobility,
        CircularEconomy => ExperienceText.ThemeCircularEconomy,
        TerritorialMarketing => ExperienceText.ThemeTerritorialMarketing,
        _ => slug,
    };
}
