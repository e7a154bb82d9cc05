namespace Plateforme.Search.Bench.Workload;

/// <summary>
/// What people type into a funding-call search box, in the simple query language (quotes, -, OR).
/// A few find nothing in the demo catalogue ("petites villes de demain"), as some real searches do.
/// </summary>
public static class FrenchQueryTexts
{
    public static IReadOnlyList<string> All { get; } =
    [
        "insertion jeunes", "économie sociale", "économie sociale et solidaire", "tiers-lieux", "sport quartiers",
        "culture", "transition énergétique", "rénovation énergétique", "mobilité solidaire", "alimentation durable",
        "agriculture biologique", "inclusion numérique", "emploi", "égalité femmes hommes", "lutte contre les discriminations",
        "santé mentale", "handicap", "logement", "précarité énergétique", "biodiversité",
        "économie circulaire", "réemploi", "jardins partagés", "éducation à l'environnement", "patrimoine",
        "quartiers prioritaires", "politique de la ville", "création d'entreprise", "innovation sociale", "vie associative",
        "bénévolat", "jeunesse", "repair café", "accès aux droits", "mobilité internationale",
        "formation professionnelle", "décrochage scolaire", "lecture publique", "spectacle vivant", "ressourcerie",
        "ressource en eau", "chaufferie bois", "tourisme durable", "commerce de proximité", "artisanat",
        "revitalisation centre-bourg", "petites villes de demain", "FEDER", "investissement associatif", "fonctionnement",
        "appel à projets", "AMI", "aide à l'embauche", "entrepreneuriat féminin", "lutte contre la pauvreté",
        "insertion par l'activité économique", "îlots de fraîcheur", "développement durable", "citoyenneté", "prévention",
        "\"économie sociale et solidaire\"", "\"tiers-lieux\" emploi", "culture -patrimoine", "sport OR culture",
        "jeunes OR jeunesse emploi", "rénovation énergétique bâtiments publics", "\"quartiers prioritaires\" emploi",
        "alimentation -agriculture", "handicap OR inclusion", "insertion professionnelle des jeunes",
    ];
}
