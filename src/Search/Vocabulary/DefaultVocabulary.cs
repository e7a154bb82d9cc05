using static Plateforme.Search.Vocabulary.VocabularyGroup;

namespace Plateforme.Search.Vocabulary;

/// <summary>
/// The vocabulary shipped with the platform: acronyms of French associative life and local development with
/// their spelled-out forms, and words people use for the same thing. Administrators add and switch off
/// groups on top of it (see <see cref="VocabularyOverride"/>); this table is never edited at run time.
/// </summary>
public static class DefaultVocabulary
{
    public static IReadOnlyList<VocabularyGroup> Groups { get; } =
    [
        // Politique de la ville, cohésion des territoires.
        Acronym("QPV", "quartiers prioritaires", "quartier prioritaire de la politique de la ville", "politique de la ville"),
        Acronym("ANCT", "Agence nationale de la cohésion des territoires"),
        Acronym("PVD", "Petites villes de demain"),
        Acronym("ACV", "Action cœur de ville"),
        Acronym("ZRR", "zones de revitalisation rurale", "France Ruralités Revitalisation"),
        Acronym("FRR", "France Ruralités Revitalisation"),
        Acronym("CRTE", "contrat de relance et de transition écologique"),
        Acronym("DETR", "dotation d'équipement des territoires ruraux"),
        Acronym("DSIL", "dotation de soutien à l'investissement local"),
        Acronym("PAT", "projet alimentaire territorial"),
        Acronym("AAP", "appel à projets"),

        // Vie associative, économie sociale et solidaire.
        Acronym("ESS", "économie sociale et solidaire"),
        Acronym("CRESS", "chambre régionale de l'économie sociale et solidaire", "chambre régionale de l'ESS"),
        Acronym("ESUS", "entreprise solidaire d'utilité sociale"),
        Acronym("FDVA", "Fonds pour le développement de la vie associative", "fonds développement vie associative"),
        Acronym("DLA", "Dispositif local d'accompagnement"),
        Acronym("PSF", "projets sportifs fédéraux"),
        Acronym("SCIC", "société coopérative d'intérêt collectif"),
        Acronym("MJC", "maison des jeunes et de la culture"),
        Acronym("EVS", "espace de vie sociale"),
        Acronym("FONJEP", "Fonds de coopération de la jeunesse et de l'éducation populaire"),

        // Insertion et emploi.
        Acronym("IAE", "insertion par l'activité économique"),
        Acronym("SIAE", "structures d'insertion par l'activité économique", "structure d'insertion"),
        Acronym("ACI", "atelier et chantier d'insertion", "ateliers et chantiers d'insertion", "chantier d'insertion"),
        Acronym("ETTI", "entreprise de travail temporaire d'insertion"),
        Acronym("FDI", "Fonds de développement de l'inclusion"),
        Acronym("RSA", "revenu de solidarité active"),
        Acronym("NEET", "ni en emploi, ni en études, ni en formation"),
        Acronym("CDDI", "contrat à durée déterminée d'insertion"),

        // Financeurs et fonds européens.
        Acronym("CAF", "caisse d'allocations familiales"),
        Acronym("MSA", "mutualité sociale agricole"),
        Acronym("CNSA", "Caisse nationale de solidarité pour l'autonomie"),
        Acronym("ARS", "agence régionale de santé"),
        Acronym("DRAC", "direction régionale des affaires culturelles"),
        Acronym("ADEME", "Agence de la transition écologique"),
        Acronym("OFB", "Office français de la biodiversité"),
        Acronym("FSE", "Fonds social européen", "FSE+"),
        Acronym("FEDER", "Fonds européen de développement régional", "fonds européens"),
        Acronym("FEADER", "Fonds européen agricole pour le développement rural"),
        Acronym("LEADER", "liaison entre actions de développement de l'économie rurale", "groupe d'action locale"),
        Acronym("GAL", "groupe d'action locale"),

        // Collectivités et action sociale.
        Acronym("EPCI", "établissement public de coopération intercommunale", "intercommunalité", "communauté de communes", "communauté d'agglomération"),
        Acronym("CCAS", "centre communal d'action sociale"),
        Acronym("CIAS", "centre intercommunal d'action sociale"),
        Acronym("EHPAD", "établissement d'hébergement pour personnes âgées dépendantes", "personnes âgées dépendantes", "maison de retraite"),
        Acronym("ESAT", "établissement et service d'aide par le travail"),
        Acronym("MDPH", "maison départementale des personnes handicapées"),
        Acronym("PMR", "personnes à mobilité réduite"),
        Acronym("EAC", "éducation artistique et culturelle"),
        Acronym("ENS", "espaces naturels sensibles"),

        // Entreprises.
        Acronym("TPE", "très petites entreprises", "très petite entreprise"),
        Acronym("PME", "petites et moyennes entreprises", "petite et moyenne entreprise"),
        Acronym("CCI", "chambre de commerce et d'industrie"),
        Acronym("CMA", "chambre de métiers et de l'artisanat"),
        Acronym("RGE", "reconnu garant de l'environnement"),

        // Words that mean the same thing to the people who search.
        Synonyms("aide", "subvention", "financement", "soutien financier"),
        Synonyms("mairie", "ville", "commune", "municipalité", "municipal"),
        Synonyms("foot", "football"),
        Synonyms("nature", "espaces naturels", "biodiversité", "milieux naturels"),
        Synonyms("protection", "préservation", "sauvegarde"),
        Synonyms("club", "association sportive"),
        Synonyms("personnes âgées", "seniors", "aînés", "retraités"),
        Synonyms("handicapé", "handicap", "situation de handicap"),
        Synonyms("bibliothèque", "médiathèque", "lecture publique"),
        Synonyms("vélo", "cyclable", "cycliste"),
        Synonyms("bio", "biologique"),
        Synonyms("jeunes", "jeunesse", "adolescents"),
        Synonyms("quartier", "quartiers populaires"),
        Synonyms("petite enfance", "crèche", "accueil du jeune enfant"),
        Synonyms("sans-abri", "sans domicile", "SDF"),
        Synonyms("numérique", "digital"),
        Synonyms("rénovation énergétique", "rénovation thermique", "isolation"),
        Synonyms("tiers-lieux", "tiers-lieu", "fabriques de territoire"),
        Synonyms("recyclerie", "ressourcerie", "réemploi"),
    ];
}
