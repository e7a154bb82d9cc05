using Plateforme.Search.Tests.Lucene;

namespace Plateforme.Search.Tests.Relevance;

internal static partial class Corpus
{
    private static IEnumerable<CallBuilder> HealthCityAndSolidarity() =>
    [
        New("inclusion-numerique", "Inclusion numérique : conseillers et ateliers pour tous",
                "Former les publics éloignés du numérique aux démarches administratives en ligne.",
                "Permanences en mairie, ateliers collectifs et prêt de matériel.")
            .By(F.Anct, F.FondationOrange).About(T.Numerique, T.Solidarite).Association().Commune().Deadline(Day(18)),
        New("ordinateurs-reconditionnes", "Ordinateurs reconditionnés pour les familles",
                "Équiper les familles modestes en matériel informatique reconditionné.",
                "Les associations distribuent les ordinateurs et accompagnent leur prise en main.")
            .By(F.FondationOrange).About(T.Numerique, T.Solidarite, T.Famille).Association().Deadline(Day(40)),
        New("tpe-numerique", "Transition numérique des TPE et commerces",
                "Site internet, vente en ligne et logiciel de caisse pour les petites entreprises.",
                "Le chèque numérique couvre la moitié des dépenses, dans la limite de 1 500 euros.")
            .By(F.RegionHdf).About(T.Numerique).Company().Region().Recurrence("permanente").Amounts(null, 150_000),
        New("ecoles-numeriques", "Écoles numériques rurales",
                "Tableaux interactifs et tablettes pour les écoles des petites communes.",
                "La commune doit présenter un projet pédagogique élaboré avec les enseignants.")
            .By(F.Etat).About(T.Numerique, T.Education).Commune().Deadline(Day(22)),
        New("cybersecurite", "Cybersécurité des collectivités",
                "Audit et sécurisation des systèmes d'information des communes.",
                "Parcours de sécurisation : diagnostic, plan d'action et sensibilisation des agents.")
            .By(F.Etat).About(T.Numerique).Commune().Epci().AidType("ingenierie", "Ingénierie").Deadline(Day(70)),
        New("numerique-seniors", "Ateliers numériques pour les seniors",
                "Initiation à la tablette et aux démarches en ligne pour les plus de 60 ans.",
                "Ateliers collectifs en petits groupes, dans les centres sociaux et les clubs de retraités.")
            .By(F.Carsat).About(T.Numerique, T.Seniors).Association().Region().Deadline(Day(33)),
        New("sante-mentale-jeunes", "Santé mentale des jeunes : prévention et écoute",
                "Points d'écoute et prévention du mal-être chez les adolescents.",
                "Les projets associent professionnels de santé, établissements scolaires et familles.")
            .By(F.Ars, F.FondationDeFrance).About(T.Sante, T.Jeunesse).Association().Region().Deadline(Day(26)),
        New("maisons-sante", "Maisons de santé pluriprofessionnelles en zone rurale",
                "Lutter contre les déserts médicaux en installant des médecins et des infirmiers.",
                "Investissement immobilier porté par une collectivité, avec un projet de santé validé.")
            .By(F.RegionHdf, F.Ars).About(T.Sante, T.Revitalisation).Commune().Epci().Region().Deadline(Day(80)).Amounts(10_000_000, 50_000_000),
        New("aidants", "Soutien aux proches aidants",
                "Répit et formation pour les aidants de personnes âgées ou handicapées.",
                "Plateformes de répit, cafés des aidants et séjours de vacances partagés.")
            .By(F.Cnsa).About(T.Sante, T.Seniors, T.Handicap).Association().Deadline(Day(35)),
        New("isolement-seniors", "Lutte contre l'isolement des personnes âgées",
                "Visites à domicile, lien social et activités pour les aînés isolés.",
                "Les bénévoles sont formés et accompagnés par des coordinateurs salariés.")
            .By(F.FondationDeFrance).About(T.Seniors, T.Solidarite).Association().Deadline(Day(14)),
        New("addictions", "Prévention des addictions en milieu festif",
                "Réduction des risques liés à l'alcool et aux drogues lors des fêtes et festivals.",
                "Stands de prévention, maraudes et formation des organisateurs.")
            .By(F.Ars).About(T.Sante, T.Jeunesse).Association().Region().Deadline(Day(-5)),
        New("contrat-ville-amiens", "Contrat de ville d'Amiens Métropole : appel à projets annuel",
                "Projets pour les habitants des quartiers prioritaires d'Amiens : éducation, emploi, cadre de vie.",
                "Les actions doivent se dérouler dans les quartiers Nord, Étouvie ou Pierre Rollin.")
            .By(F.AmiensMetropole, F.Anct).About(T.Ville).Association().AmiensMetropole().Deadline(Day(16)).Recurrence("recurrente"),
        New("cites-educatives", "Cités éducatives",
                "Renforcer la continuité éducative des enfants de 0 à 25 ans dans les quartiers.",
                "Une alliance entre l'école, la ville et les associations autour de chaque enfant.")
            .By(F.Anct).About(T.Ville, T.Education, T.Jeunesse).Association().Beneficiary("etablissement-public", "Établissement public").Deadline(Day(44)),
        New("quartiers-ete", "Quartiers d'été : animations estivales",
                "Activités culturelles et sportives pendant l'été pour les jeunes qui ne partent pas en vacances.",
                "Sorties, séjours courts, tournois et spectacles en pied d'immeuble.")
            .By(F.Anct).About(T.Ville, T.Jeunesse, T.Sport, T.Culture).Association().Opens(Day(20)).Deadline(Day(50)),
        New("adultes-relais", "Adultes-relais : médiation sociale dans les quartiers",
                "Un poste de médiateur social cofinancé pour les quartiers prioritaires.",
                "Le médiateur facilite le dialogue entre habitants, bailleurs et services publics.")
            .By(F.Anct).About(T.Ville, T.Emploi).Association().Recurrence("permanente"),
        New("fph-lille", "Fonds de participation des habitants de Lille",
                "Des micro-projets d'habitants pour animer leur quartier.",
                "Fête de rue, jardin partagé, repas de quartier : jusqu'à 1 500 euros par projet.")
            .By(F.Lille).About(T.Ville, T.VieAssociative).Association().Beneficiary("particulier", "Particulier").Lille().Deadline(Day(25)).Recurrence("recurrente").Amounts(10_000, 150_000),
        New("installation-agriculteurs", "Installation des jeunes agriculteurs",
                "Dotation jeune agriculteur pour s'installer en agriculture.",
                "Le plan d'entreprise sur quatre ans conditionne le versement de la dotation.")
            .By(F.RegionHdf, F.Europe).About(T.Agriculture, T.Jeunesse).Farmer().Region().Recurrence("permanente"),
        New("conversion-bio", "Conversion à l'agriculture biologique",
                "Accompagner les exploitations qui passent en bio pendant les années de conversion.",
                "Aide à l'hectare et diagnostic de conversion réalisé par un technicien.")
            .By(F.AgenceEau, F.RegionHdf).About(T.Agriculture, T.Environnement).Farmer().Region().Deadline(Day(38)),
        New("circuits-courts-somme", "Circuits courts et vente directe à la ferme dans la Somme",
                "Points de vente collectifs, casiers fermiers et marchés de producteurs.",
                "L'aide porte sur l'aménagement du point de vente et la communication.")
            .By(F.Somme).About(T.Agriculture).Farmer().Association().Somme().Deadline(Day(27)),
        New("cuma", "Investissement en matériel agricole partagé (CUMA)",
                "Achat de matériel en commun par les coopératives d'utilisation de matériel agricole.",
                "Priorité au matériel de désherbage mécanique et d'épandage de précision.")
            .By(F.RegionHdf).About(T.Agriculture).Farmer().Region().Deadline(Day(12)),
        New("precarite-alimentaire", "Lutte contre la précarité alimentaire",
                "Épiceries solidaires et paniers de produits frais pour les ménages modestes.",
                "Les projets favorisent les produits locaux et la participation des bénéficiaires.")
            .By(F.Dreets, F.FondationDeFrance).About(T.Solidarite, T.Agriculture).Association().Region().Deadline(Day(19)),
        New("creches", "Création de places en crèche et micro-crèche",
                "Aide à l'investissement pour ouvrir des places d'accueil du jeune enfant.",
                "Le montant dépend du nombre de places créées et des horaires d'ouverture.")
            .By(F.CafSomme).About(T.Famille).Commune().Association().Company().Somme().Deadline(Day(60)),
        New("parentalite", "Soutien à la parentalité (REAAP)",
                "Ateliers parents-enfants et groupes de parole pour les familles.",
                "Les actions sont gratuites et ouvertes à tous les parents du département.")
            .By(F.CafSomme).About(T.Famille).Association().Somme().Deadline(Day(8)),
        New("vacances-familles", "Départ en vacances des familles",
                "Accompagner les familles qui ne partent jamais en vacances.",
                "Préparation du séjour, budget et transport avec un travailleur social.")
            .By(F.CafSomme).About(T.Famille, T.Solidarite).Association().Somme().Deadline(Day(-20)),
        New("hebergement-urgence", "Hébergement d'urgence et accueil des sans-abri",
                "Maraudes et places d'hébergement pour les personnes sans domicile.",
                "Accueil de jour, douches, bagagerie et accompagnement vers le logement.")
            .By(F.Etat, F.FondationDeFrance).About(T.Solidarite, T.Logement).Association().Deadline(Day(36)),
        New("violences-femmes", "Lutte contre les violences faites aux femmes",
                "Accueil, écoute et mise à l'abri des femmes victimes de violences.",
                "Permanences juridiques et logements d'urgence dédiés.")
            .By(F.Etat, F.RegionHdf).About(T.Solidarite).Association().Region().Deadline(Day(29)),
        New("acces-droits", "Accès aux droits et lutte contre le non-recours",
                "Permanences d'accès aux droits sociaux dans les territoires ruraux.",
                "Aide aux démarches pour les prestations sociales, la santé et la retraite.")
            .By(F.Msa).About(T.Solidarite).Association().Region().Deadline(Day(41)),
        New("petites-villes-demain", "Petites villes de demain : ingénierie de revitalisation",
                "Financer un chef de projet pour revitaliser le centre-ville des petites communes.",
                "Cofinancement du poste à hauteur de 75 % et accès à une offre d'expertise.")
            .By(F.Anct, F.BanqueDesTerritoires).About(T.Revitalisation).Commune().Epci().AidType("ingenierie", "Ingénierie").Recurrence("permanente"),
        New("vitrines", "Commerces de centre-bourg : rénovation des vitrines",
                "Aide à la rénovation des façades et vitrines des commerces de proximité.",
                "La subvention couvre 30 % des travaux, plafonnée à 5 000 euros.")
            .By(F.Somme).About(T.Revitalisation).Company().Somme().Deadline(Day(47)).Amounts(null, 500_000),
    ];
}
