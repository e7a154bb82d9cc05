using Plateforme.Search.Tests.Lucene;

namespace Plateforme.Search.Tests.Relevance;

internal static partial class Corpus
{
    private static IEnumerable<CallBuilder> Employment() =>
    [
        New("emploi-jeunes-somme", "Insertion professionnelle des jeunes dans la Somme",
                "Accompagner les 16-25 ans éloignés de l'emploi vers une formation ou un premier contrat.",
                "Le Département soutient les associations qui proposent un accompagnement renforcé : coaching, immersion en entreprise, levée des freins à l'emploi comme la mobilité ou le logement.")
            .By(F.Somme).About(T.Emploi, T.Jeunesse).Association().Somme().Deadline(Day(40)),
        New("fdi-siae", "Fonds de développement de l'inclusion (FDI) : structures d'insertion par l'activité économique",
                "Aide au démarrage, au développement et à la consolidation des ateliers et chantiers d'insertion et des entreprises d'insertion.",
                "Les SIAE peuvent financer un investissement, un poste d'encadrant technique ou une étude de faisabilité.")
            .By(F.Dreets).About(T.Emploi, T.Ess).Association().Company().Region().Deadline(Day(25)),
        New("chantiers-patrimoine", "Chantiers d'insertion pour la restauration du petit patrimoine rural",
                "Des personnes en parcours d'insertion restaurent lavoirs, murets et chapelles des communes rurales.",
                "Le chantier doit associer un encadrant technique, un accompagnement socioprofessionnel et une commune partenaire.")
            .By(F.RegionHdf, F.FondationDeFrance).About(T.Emploi, T.Culture).Association().Commune().Region().Deadline(Day(60)),
        New("premiere-experience", "Première expérience professionnelle : service civique et apprentissage",
                "Favoriser l'accès des jeunes à l'apprentissage et aux missions de service civique dans les associations.",
                "Prise en charge du tutorat et de la formation des jeunes volontaires et apprentis.")
            .By(F.Etat).About(T.Jeunesse, T.Emploi).Association().Recurrence("permanente"),
        New("neet-quartiers", "Repérage et remobilisation des jeunes NEET en quartiers prioritaires",
                "Aller vers les jeunes ni en emploi, ni en études, ni en formation qui résident dans les quartiers de la politique de la ville.",
                "Maraudes numériques, actions de rue et premiers rendez-vous avec la mission locale.")
            .By(F.Dreets, F.Anct).About(T.Jeunesse, T.Ville, T.Emploi).Association().Deadline(Day(-10)),
        New("entrepreneuriat-femmes", "Entrepreneuriat des femmes : prêt d'honneur et accompagnement",
                "Un prêt à taux zéro et un parcours d'accompagnement pour les créatrices d'entreprise.",
                "Le prêt d'honneur, sans garantie personnelle, facilite l'obtention d'un prêt bancaire.")
            .By(F.FranceActive, F.RegionHdf).About(T.Emploi, T.Ess).Beneficiary("particulier", "Particulier").Company().AidType("pret", "Prêt").Region().Recurrence("permanente"),
        New("clauses-sociales", "Facilitateurs des clauses sociales dans les marchés publics",
                "Financer un poste de facilitateur pour développer l'insertion dans la commande publique.",
                "Le facilitateur aide les acheteurs publics à rédiger les clauses et suit les heures d'insertion réalisées.")
            .By(F.AmiensMetropole).About(T.Emploi).Commune().Epci().AmiensMetropole().Deadline(Day(15)),
        New("mobilite-emploi", "Mobilité solidaire vers l'emploi : garages et auto-écoles sociales",
                "Lever le frein de la mobilité : location de véhicules à petit prix et permis de conduire accompagné.",
                "Les plateformes de mobilité orientent les demandeurs d'emploi vers la solution adaptée à leur trajet.")
            .By(F.RegionHdf).About(T.Mobilite, T.Emploi, T.Solidarite).Association().Region().Deadline(Day(50)),
        New("ess-amorcage", "Fonds d'amorçage de l'économie sociale et solidaire",
                "Une subvention pour lancer une entreprise sociale : coopérative, association employeuse, SCIC.",
                "Le fonds finance les premiers mois d'activité et l'étude de marché des projets à fort impact social.")
            .By(F.RegionHdf, F.FranceActive).About(T.Ess).Association().Company().Region().Deadline(Day(90)).Amounts(500_000, 3_000_000),
        New("dla", "Dispositif local d'accompagnement (DLA) des structures de l'ESS",
                "Un conseil gratuit pour consolider le modèle économique des associations employeuses.",
                "Diagnostic partagé puis intervention d'un consultant spécialisé financée par le dispositif.")
            .By(F.BanqueDesTerritoires, F.Etat).About(T.Ess, T.VieAssociative).Association().AidType("ingenierie", "Ingénierie").Recurrence("permanente"),
        New("tiers-lieux", "Tiers-lieux : fabriques de territoire",
                "Soutenir la création et l'animation de tiers-lieux en zone rurale et dans les quartiers.",
                "Espaces de coworking, ateliers partagés, fablabs et cafés associatifs ouverts à tous.")
            .By(F.Anct).About(T.Ess, T.Revitalisation, T.Numerique).Association().Commune().Epci().Deadline(Day(30)).Amounts(5_000_000, 15_000_000),
        New("habitat-participatif", "Coopératives d'habitants et habitat participatif",
                "Accompagner les projets d'habitat participatif portés en coopérative.",
                "Études juridiques et financières, assistance à maîtrise d'ouvrage pour les groupes d'habitants.")
            .By(F.BanqueDesTerritoires).About(T.Logement, T.Ess).Association().AidType("ingenierie", "Ingénierie").Deadline(Day(70)),
        New("ressourceries", "Ressourceries et recycleries solidaires",
                "Réemploi des objets et création d'emplois locaux dans les ressourceries.",
                "Collecte, tri, réparation et revente à petit prix d'objets du quotidien, avec des salariés en insertion.")
            .By(F.Ademe, F.RegionHdf).About(T.Environnement, T.Ess).Association().Region().Deadline(Day(45)),
        New("fdva", "Fonds pour le développement de la vie associative (FDVA)",
                "Formation des bénévoles et fonctionnement des petites associations.",
                "Le volet fonctionnement aide les associations sans salarié ; le volet formation finance des sessions pour les bénévoles.")
            .By(F.Etat).About(T.VieAssociative).Association().Region().Deadline(Day(21)).Recurrence("recurrente"),
        New("fse-inclusion", "FSE+ : inclusion active et lutte contre la pauvreté",
                "Cofinancement européen de parcours d'insertion pour les allocataires du RSA.",
                "Le Département du Nord sélectionne les opérations et contrôle le service fait.")
            .By(F.Europe, F.Nord).About(T.Emploi, T.Solidarite).Association().Nord().Deadline(Day(31)),
        New("handicap-emploi", "Emploi des personnes en situation de handicap",
                "Aménagement de poste et soutien aux entreprises adaptées.",
                "Financement d'études ergonomiques, de matériel adapté et de formations pour les salariés handicapés.")
            .By(F.Agefiph).About(T.Handicap, T.Emploi).Company().Association().Recurrence("permanente"),
        New("innovation-sociale", "Prix de l'innovation sociale",
                "Récompenser des projets innovants qui répondent à des besoins sociaux mal couverts.",
                "Trois lauréats reçoivent une dotation et un accompagnement d'un an.")
            .By(F.FondationDeFrance).About(T.Ess, T.Solidarite).Association().AidType("prix", "Prix").Deadline(Day(24)),
        New("logement-jeunes", "Logement des jeunes travailleurs et apprentis",
                "Foyers de jeunes travailleurs et colocations solidaires pour apprentis.",
                "Prêts à long terme pour construire ou rénover des résidences sociales destinées aux jeunes actifs.")
            .By(F.ActionLogement).About(T.Logement, T.Jeunesse).Association().AidType("pret", "Prêt").Deadline(Day(66)),
    ];
}
