using Plateforme.Search.Tests.Lucene;

namespace Plateforme.Search.Tests.Relevance;

internal static partial class Corpus
{
    private static IEnumerable<CallBuilder> CultureSportEnvironment() =>
    [
        New("residences-artistes", "Culture en milieu rural : résidences d'artistes",
                "Accueillir des artistes en résidence dans les villages pour créer avec les habitants.",
                "La résidence dure de deux à six mois et comprend des ateliers ouverts au public.")
            .By(F.Drac).About(T.Culture).Commune().Association().Region().Deadline(Day(35)),
        New("patrimoine-religieux", "Restauration du patrimoine religieux non protégé",
                "Travaux sur les églises et chapelles communales non classées.",
                "Couverture, maçonnerie, vitraux : les travaux doivent être réalisés par des entreprises qualifiées.")
            .By(F.Somme, F.Patrimoine).About(T.Culture).Commune().Somme().Deadline(Day(100)),
        New("lecture-publique", "Développement de la lecture publique et des médiathèques",
                "Extension des horaires d'ouverture et animations autour du livre.",
                "Le concours particulier finance l'équipement mobilier et informatique des bibliothèques.")
            .By(F.Drac).About(T.Culture, T.Education).Commune().Epci().Region().Deadline(Day(20)),
        New("festivals", "Aide aux festivals de musique et de spectacle vivant",
                "Soutien aux festivals qui programment des artistes émergents.",
                "Une attention particulière est portée à l'accessibilité et à l'éco-responsabilité des événements.")
            .By(F.RegionHdf).About(T.Culture).Association().Region().Deadline(Day(-30)),
        New("education-artistique", "Éducation artistique et culturelle à l'école",
                "Projets menés par des artistes avec les classes, de la maternelle au lycée.",
                "Chaque projet associe une structure culturelle, un artiste et une équipe enseignante.")
            .By(F.Drac).About(T.Culture, T.Education, T.Jeunesse).Association().Beneficiary("etablissement-public", "Établissement public").Region().Opens(Day(10)).Deadline(Day(80)),
        New("cinema-itinerant", "Cinéma itinérant dans les villages",
                "Projections en plein air et circuits itinérants de cinéma.",
                "Achat de matériel de projection numérique et rémunération des animateurs des séances.")
            .By(F.Somme).About(T.Culture).Association().Somme().Deadline(Day(55)),
        New("musees-numerisation", "Numérisation des collections des musées",
                "Photographier, inventorier et mettre en ligne les collections.",
                "Les musées de France et les musées associatifs peuvent déposer un dossier.")
            .By(F.Etat).About(T.Culture, T.Numerique).Commune().Beneficiary("etablissement-public", "Établissement public").Deadline(Day(65)),
        New("sport-qpv", "Pratique sportive en quartiers prioritaires",
                "Développer le sport pour les habitants des quartiers de la politique de la ville, en particulier les filles.",
                "Créneaux gratuits, encadrement diplômé et transport vers les équipements.")
            .By(F.Sport, F.Anct).About(T.Sport, T.Ville).Association().Deadline(Day(12)),
        New("equipements-sportifs", "Équipements sportifs de proximité",
                "Construction de city-stades, terrains multisports et pistes de skate.",
                "Les équipements doivent être en accès libre et situés près des logements.")
            .By(F.Sport).About(T.Sport).Commune().Epci().Deadline(Day(75)).Amounts(5_000_000, 50_000_000),
        New("sport-sante", "Sport-santé : maisons sport-santé et activité physique adaptée",
                "Activité physique adaptée pour les patients atteints de maladies chroniques.",
                "Programmes encadrés par des enseignants en activité physique adaptée, sur prescription médicale.")
            .By(F.Ars).About(T.Sport, T.Sante).Association().Region().Deadline(Day(40)),
        New("savoir-nager", "Aisance aquatique et apprendre à nager",
                "Stages d'apprentissage de la natation pour les enfants de 4 à 6 ans.",
                "Prise en charge des lignes d'eau, des maîtres-nageurs et du transport des enfants.")
            .By(F.Sport).About(T.Sport, T.Jeunesse).Commune().Association().Deadline(Day(33)),
        New("clubs-handisport", "Clubs sportifs inclusifs : handisport et sport adapté",
                "Matériel adapté et formation des éducateurs pour accueillir les personnes en situation de handicap.",
                "Fauteuils de sport, équipements sensoriels et formations fédérales.")
            .By(F.Nord).About(T.Sport, T.Handicap).Association().Nord().Deadline(Day(28)),
        New("renovation-batiments", "Rénovation énergétique des bâtiments publics",
                "Isolation, chauffage et ventilation des écoles, mairies et salles des fêtes.",
                "Le gain énergétique attendu doit être d'au moins 40 % après travaux.")
            .By(F.BanqueDesTerritoires, F.Etat).About(T.Energie, T.Environnement).Commune().Epci().AidType("pret", "Prêt").Deadline(Day(45)).Amounts(10_000_000, 100_000_000),
        New("haies", "Plantation de haies et biodiversité agricole",
                "Replanter des haies bocagères pour la biodiversité et contre l'érosion des sols.",
                "Plants, paillage et protections sont pris en charge, ainsi que le plan de gestion.")
            .By(F.RegionHdf, F.Agriculture).About(T.Environnement, T.Agriculture, T.Eau).Farmer().Commune().Region().Deadline(Day(20)),
        New("eaux-pluviales", "Économies d'eau et réutilisation des eaux de pluie",
                "Récupérer les eaux pluviales et réduire les fuites sur les réseaux d'eau potable.",
                "Cuves de récupération, compteurs connectés et recherche de fuites.")
            .By(F.AgenceEau).About(T.Eau, T.Environnement).Commune().Epci().Company().Region().Deadline(Day(60)),
        New("plan-velo", "Aménagements cyclables et plan vélo",
                "Créer des pistes cyclables sécurisées et des stationnements vélo.",
                "Les itinéraires doivent relier écoles, gares et zones d'emploi.")
            .By(F.Etat).About(T.Mobilite, T.Environnement).Commune().Epci().Deadline(Day(15)),
        New("pat", "Projets alimentaires territoriaux (PAT)",
                "Relocaliser l'alimentation : circuits courts, restauration collective, lutte contre le gaspillage.",
                "Diagnostic agricole et alimentaire du territoire, puis plan d'action partagé avec les producteurs.")
            .By(F.Agriculture).About(T.Agriculture, T.Environnement).Epci().Association().Deadline(Day(30)),
        New("sorties-nature", "Éducation à l'environnement et sorties nature",
                "Sensibiliser les enfants à la nature par des sorties et des classes vertes.",
                "Animations dans les marais, les forêts et sur le littoral de la baie de Somme.")
            .By(F.Somme).About(T.Environnement, T.Education, T.Jeunesse).Association().Somme().Deadline(Day(45)),
        New("friches", "Recyclage des friches urbaines",
                "Réhabiliter des friches industrielles pour y créer logements et activités.",
                "Dépollution, démolition et aménagement des anciens sites industriels.")
            .By(F.Etat, F.BanqueDesTerritoires).About(T.Revitalisation, T.Environnement, T.Logement).Commune().Epci().Deadline(Day(-60)),
        New("solaire-agricole", "Énergie solaire sur les bâtiments agricoles",
                "Installer des panneaux photovoltaïques sur les hangars et stabulations.",
                "Avance remboursable sur cinq ans pour l'autoconsommation.")
            .By(F.RegionHdf).About(T.Energie, T.Agriculture).Farmer().AidType("avance", "Avance récupérable").Region().Deadline(Day(90)),
        New("zero-dechet", "Territoires zéro déchet : compostage partagé",
                "Composteurs de quartier et tri à la source des biodéchets.",
                "Formation de guides composteurs et achat de bacs pour les immeubles.")
            .By(F.Ademe).About(T.Environnement).Commune().Association().Deadline(Day(50)),
        New("tourisme-velo", "Tourisme à vélo : véloroutes et services aux cyclistes",
                "Aménager les véloroutes et développer l'accueil des touristes à vélo.",
                "Aires de services, consignes et hébergements labellisés Accueil Vélo.")
            .By(F.RegionHdf).About(T.Tourisme, T.Mobilite).Commune().Epci().Company().Region().Deadline(Day(58)),
    ];
}
