using Plateforme.Experiences.Sheets;

namespace Plateforme.Experiences.Opportunities.Suggestions;

/// <summary>
/// The calls' themes (what a file is filed under) read as the experiences map's ten themes, so that a file finds the
/// sheets of its field. Themes of the calls without a counterpart on the map bring no sheet by theme (words still do).
/// </summary>
public static class ThemeBridge
{
    public static IReadOnlyList<string> ToExperienceThemes(IEnumerable<string> callThemes) =>
        callThemes.SelectMany(Map).Distinct(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Map(string callTheme) => callTheme switch
    {
        "emploi-insertion" => [ExperienceThemes.Employment],
        "economie-sociale-solidaire" => [ExperienceThemes.SocialEconomy],
        "solidarite-inclusion" => [ExperienceThemes.SocialEconomy],
        "numerique" => [ExperienceThemes.Digital],
        "mobilite" => [ExperienceThemes.Mobility],
        "environnement-biodiversite" or "transition-energetique" => [ExperienceThemes.CircularEconomy],
        "developpement-economique-commerce" => [ExperienceThemes.LocalShops, ExperienceThemes.Entrepreneurship, ExperienceThemes.BusinessPremises],
        "logement-urbanisme" => [ExperienceThemes.BusinessPremises],
        "politique-de-la-ville" => [ExperienceThemes.TerritorialMarketing],
        "culture-patrimoine" or "vie-associative-citoyennete" => [ExperienceThemes.ThirdPlaces],
        _ => [],
    };
}
