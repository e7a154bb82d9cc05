using Plateforme.Search.Text;

namespace Plateforme.Search.Reference;

/// <summary>
/// Which publics a call's text says its projects serve (« en faveur des jeunes », « personnes en situation de
/// handicap », « habitants des QPV »…), as slugs of <see cref="ReferenceLists.Publics"/> in the list's order. Pure and
/// cheap: phrases are matched on folded words, so accents, case, hyphens and apostrophes never matter. Phrases that
/// merely contain a public's word without meaning it (« jeunes pousses », « critères d'exclusion ») are blanked first.
/// </summary>
public static class PublicDetector
{
    private static readonly string[] Misleading = Fold(
    [
        "jeunes pousses", "jeune pousse", "jeunes entreprises", "jeune entreprise", "jeunes agriculteurs", "jeune agriculteur",
        "jeunes chercheurs", "jeunes docteurs", "jeunes arbres", "jeunes plants", "critères d'exclusion", "motifs d'exclusion",
        "dépenses exclues", "maisons de retraite",
    ]);

    private static readonly (string Slug, string[] Phrases)[] Publics =
    [
        (PublicSlugs.Youth, Fold(["jeunes", "jeunesse", "adolescents", "adolescentes", "adolescence", "ados", "jeunes adultes",
            "16-25 ans", "18-25 ans", "16 à 25 ans", "18 à 25 ans", "moins de 26 ans", "moins de 30 ans", "lycéens", "collégiens", "mission locale"])),
        (PublicSlugs.Children, Fold(["enfants", "enfance", "petite enfance", "périscolaire", "écoliers", "crèche", "crèches", "accueil de loisirs"])),
        (PublicSlugs.Students, Fold(["étudiants", "étudiantes", "vie étudiante", "précarité étudiante"])),
        (PublicSlugs.Seniors, Fold(["seniors", "séniors", "personnes âgées", "retraités", "aînés", "vieillissement", "ehpad", "perte d'autonomie", "isolement des personnes âgées"])),
        (PublicSlugs.Disabled, Fold(["handicap", "handicapés", "handicapées", "handicapé", "handicapée", "situation de handicap", "mobilité réduite", "pmr",
            "personnes en situation de handicap", "aidants"])),
        (PublicSlugs.Women, Fold(["femmes", "égalité femmes-hommes", "égalité entre les femmes et les hommes", "violences faites aux femmes",
            "violences conjugales", "jeunes filles", "entrepreneuriat féminin"])),
        (PublicSlugs.PriorityNeighbourhoods, Fold(["qpv", "quartiers prioritaires", "quartier prioritaire", "politique de la ville", "quartiers populaires"])),
        (PublicSlugs.Rural, Fold(["zones rurales", "zone rurale", "zrr", "milieu rural", "territoires ruraux", "ruralité", "communes rurales"])),
        (PublicSlugs.JobSeekers, Fold(["demandeurs d'emploi", "demandeur d'emploi", "chômeurs", "chômage", "sans emploi", "éloignées de l'emploi",
            "éloignés de l'emploi", "retour à l'emploi", "chômeurs de longue durée"])),
        (PublicSlugs.Families, Fold(["familles", "parentalité", "parents", "familles monoparentales", "soutien à la parentalité"])),
        (PublicSlugs.Precarious, Fold(["précarité", "précaires", "pauvreté", "sans abri", "sans-abri", "sdf", "sans domicile", "minima sociaux",
            "bénéficiaires du rsa", "allocataires du rsa", "exclusion sociale", "grande exclusion", "lutte contre l'exclusion", "aide alimentaire", "mal-logement"])),
        (PublicSlugs.Migrants, Fold(["réfugiés", "demandeurs d'asile", "migrants", "exilés", "exilées", "primo-arrivants", "personnes exilées"])),
        (PublicSlugs.Prisoners, Fold(["personnes détenues", "détenus", "milieu carcéral", "sous main de justice", "établissements pénitentiaires"])),
        (PublicSlugs.Volunteers, Fold(["bénévoles", "bénévolat", "engagement bénévole"])),
    ];

    /// <summary>The publics named anywhere in the title, the summary or the description (plain text).</summary>
    public static IReadOnlyList<string> Detect(string? title, string? summary, string? description)
    {
        var text = " " + FrenchFolding.FoldWords(string.Join(" \n ", new[] { title, summary, description }.Where(t => !string.IsNullOrWhiteSpace(t)))) + " ";
        if (text.Length <= 2) return [];
        foreach (var phrase in Misleading) text = text.Replace(phrase, " ", StringComparison.Ordinal);
        return [.. Publics.Where(p => p.Phrases.Any(phrase => text.Contains(phrase, StringComparison.Ordinal))).Select(p => p.Slug)];
    }

    // Each phrase padded with spaces, so "ados" never matches inside "adossé".
    private static string[] Fold(string[] phrases) => [.. phrases.Select(p => " " + FrenchFolding.FoldWords(p) + " ")];
}
