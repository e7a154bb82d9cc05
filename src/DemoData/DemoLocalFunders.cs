using static Plateforme.DemoData.DemoFunding;

namespace Plateforme.DemoData;

/// <summary>Demo funders among local authorities: régions, départements, intercommunalités and cities.</summary>
internal static class DemoLocalFunders
{
    private static readonly string[] RegionThemes =
    [
        "emploi-insertion", "education-formation", "economie-sociale-solidaire", "culture-patrimoine", "sport",
        "transition-energetique", "mobilite", "numerique", "agriculture-alimentation", "developpement-economique-commerce",
        "environnement-biodiversite", "jeunesse", "vie-associative-citoyennete",
    ];

    private static readonly string[] DepartementThemes =
    [
        "solidarite-inclusion", "sante-social", "emploi-insertion", "culture-patrimoine", "sport", "environnement-biodiversite",
        "logement-urbanisme", "jeunesse", "vie-associative-citoyennete", "education-formation", "mobilite",
    ];

    private static readonly string[] CityThemes =
    [
        "vie-associative-citoyennete", "culture-patrimoine", "sport", "jeunesse", "politique-de-la-ville", "solidarite-inclusion",
        "environnement-biodiversite", "agriculture-alimentation", "developpement-economique-commerce", "education-formation",
    ];

    private const string RegionDescription = "Collectivité régionale : développement économique, formation, lycées, transports et aménagement du territoire.";
    private const string DepartementDescription = "Collectivité départementale : solidarités, insertion, collèges, routes et soutien aux communes.";
    private const string CityDescription = "Commune : vie associative, culture, sport, jeunesse et cadre de vie.";

    public static IReadOnlyList<DemoFunder> All { get; } =
    [
        Region("region-hauts-de-france", "Hauts-de-France", "32", "la Région Hauts-de-France", 14,
            ["reg:32", "reg:32", "reg:32", "reg:32", "dep:80", "dep:59", "dep:62", "dep:02", "dep:60", "epci:248000531"],
            new DemoProgramme("Proch'Emploi – initiatives locales pour l'emploi", "accompagnement-vers-l-emploi"),
            new DemoProgramme("Tiers-lieux en Hauts-de-France", "tiers-lieux"),
            new DemoProgramme("Rev3 – transition énergétique des territoires", "sobriete-energetique")),
        Region("region-ile-de-france", "Île-de-France", "11", "la Région Île-de-France", 3, ["reg:11", "reg:11", "dep:93", "com:75056"]),
        Region("region-auvergne-rhone-alpes", "Auvergne-Rhône-Alpes", "84", "la Région Auvergne-Rhône-Alpes", 2, ["reg:84", "reg:84", "dep:69"]),
        Region("region-nouvelle-aquitaine", "Nouvelle-Aquitaine", "75", "la Région Nouvelle-Aquitaine", 2, ["reg:75", "reg:75", "dep:33"]),
        Region("region-occitanie", "Occitanie", "76", "la Région Occitanie", 2, ["reg:76"]),
        Region("region-bretagne", "Bretagne", "53", "la Région Bretagne", 2, ["reg:53", "reg:53", "dep:35"]),
        Region("region-grand-est", "Grand Est", "44", "la Région Grand Est", 2, ["reg:44"]),
        Region("region-pays-de-la-loire", "Pays de la Loire", "52", "la Région des Pays de la Loire", 2, ["reg:52", "dep:44"]),
        Region("region-normandie", "Normandie", "28", "la Région Normandie", 1, ["reg:28"]),
        Region("region-provence-alpes-cote-d-azur", "Provence-Alpes-Côte d'Azur", "93", "la Région Sud Provence-Alpes-Côte d'Azur", 1, ["reg:93", "dep:13"]),
        Region("region-reunion", "La Réunion", "04", "la Région Réunion", 1, ["reg:04", "dep:974"]),
        DemoFunder.Create("collectivite-de-corse", "Collectivité de Corse", "region", "reg:94",
            "La Collectivité de Corse", "de la Collectivité de Corse", "Direction des politiques territoriales", 1, Grants,
            RegionThemes, ["reg:94", "dep:2A", "com:2A004"], "Collectivité territoriale unique exerçant les compétences de la région et des départements."),

        Departement("departement-somme", "de la Somme", "80", 10, ["dep:80", "dep:80", "dep:80", "com:80021", "com:80001", "com:80016", "com:80620", "epci:200070993"]),
        Departement("departement-nord", "du Nord", "59", 3, ["dep:59", "dep:59", "com:59512"]),
        Departement("departement-pas-de-calais", "du Pas-de-Calais", "62", 3, ["dep:62", "dep:62", "com:62041"]),
        Departement("departement-oise", "de l'Oise", "60", 2, ["dep:60", "epci:200067999"]),
        Departement("departement-aisne", "de l'Aisne", "02", 2, ["dep:02", "epci:200071892"]),
        Departement("departement-seine-saint-denis", "de la Seine-Saint-Denis", "93", 2, ["dep:93", "com:93066"]),
        Departement("departement-gironde", "de la Gironde", "33", 1, ["dep:33"]),
        Departement("departement-loire-atlantique", "de la Loire-Atlantique", "44", 1, ["dep:44"]),

        DemoFunder.Create("amiens-metropole", "Amiens Métropole", "epci", "epci:248000531",
            "Amiens Métropole", "d'Amiens Métropole", "Direction du développement économique", 8, Grants,
            ["developpement-economique-commerce", "politique-de-la-ville", "economie-sociale-solidaire", "mobilite", "environnement-biodiversite", "emploi-insertion", "sport"],
            ["epci:248000531", "epci:248000531", "com:80021"],
            "Communauté d'agglomération de 39 communes autour d'Amiens.",
            new DemoProgramme("Boutiques à l'essai dans les quartiers", "economie-des-quartiers")),
        DemoFunder.Create("metropole-europeenne-de-lille", "Métropole européenne de Lille", "epci", "epci:200093201",
            "La Métropole européenne de Lille", "de la Métropole européenne de Lille", "Direction du développement économique", 3, Grants,
            ["developpement-economique-commerce", "economie-sociale-solidaire", "mobilite", "environnement-biodiversite", "agriculture-alimentation"],
            ["epci:200093201", "epci:200093201", "com:59350", "com:59512"], "Métropole de 95 communes autour de Lille."),
        DemoFunder.Create("nantes-metropole", "Nantes Métropole", "epci", "epci:244400404",
            "Nantes Métropole", "de Nantes Métropole", "Mission ESS et innovation sociale", 2, Grants,
            ["economie-sociale-solidaire", "environnement-biodiversite", "mobilite", "agriculture-alimentation"],
            ["epci:244400404", "com:44109"], "Métropole de 24 communes autour de Nantes."),
        DemoFunder.Create("metropole-de-lyon", "Métropole de Lyon", "epci", "epci:200046977",
            "La Métropole de Lyon", "de la Métropole de Lyon", "Direction de l'insertion et de l'emploi", 2, Grants,
            ["emploi-insertion", "solidarite-inclusion", "economie-sociale-solidaire", "logement-urbanisme"],
            ["epci:200046977", "com:69123"], "Collectivité à statut particulier exerçant les compétences d'une métropole et d'un département."),
        DemoFunder.Create("ca-baie-de-somme", "Communauté d'agglomération de la Baie de Somme", "epci", "epci:200070993",
            "La Communauté d'agglomération de la Baie de Somme", "de la Communauté d'agglomération de la Baie de Somme", "Service développement territorial", 2, Grants,
            ["developpement-economique-commerce", "environnement-biodiversite", "culture-patrimoine", "mobilite"],
            ["epci:200070993", "com:80001"], "Intercommunalité du littoral picard autour d'Abbeville."),

        City("ville-amiens", "Ville d'Amiens", "La Ville d'Amiens", "de la Ville d'Amiens", "80021", 9),
        City("ville-abbeville", "Ville d'Abbeville", "La Ville d'Abbeville", "de la Ville d'Abbeville", "80001", 2),
        City("ville-lille", "Ville de Lille", "La Ville de Lille", "de la Ville de Lille", "59350", 3),
        City("ville-roubaix", "Ville de Roubaix", "La Ville de Roubaix", "de la Ville de Roubaix", "59512", 1),
        City("ville-paris", "Ville de Paris", "La Ville de Paris", "de la Ville de Paris", "75056", 3),
        City("ville-marseille", "Ville de Marseille", "La Ville de Marseille", "de la Ville de Marseille", "13055", 2),
        City("ville-rennes", "Ville de Rennes", "La Ville de Rennes", "de la Ville de Rennes", "35238", 1),
        City("ville-grenoble", "Ville de Grenoble", "La Ville de Grenoble", "de la Ville de Grenoble", "38185", 1),
        City("ville-bordeaux", "Ville de Bordeaux", "La Ville de Bordeaux", "de la Ville de Bordeaux", "33063", 1),
    ];

    private static DemoFunder Region(string slug, string name, string code, string withArticle, int weight, string[] places, params DemoProgramme[] programmes) =>
        DemoFunder.Create(slug, "Région " + name, "region", "reg:" + code,
            Capitalise(withArticle), "de " + withArticle, "Direction des partenariats", weight, Grants, RegionThemes, places, RegionDescription, programmes);

    private static DemoFunder Departement(string slug, string ofName, string code, int weight, string[] places) =>
        DemoFunder.Create(slug, "Département " + ofName, "departement", "dep:" + code,
            "Le Département " + ofName, "du Département " + ofName, "Direction de l'action sociale et de la vie associative", weight, Grants,
            DepartementThemes, places, DepartementDescription);

    private static DemoFunder City(string slug, string name, string subject, string of, string code, int weight) =>
        DemoFunder.Create(slug, name, "commune", "com:" + code, subject, of, "Direction de la vie associative", weight, Grants,
            CityThemes, ["com:" + code], CityDescription);

    private static string Capitalise(string text) => string.Concat(text[..1].ToUpperInvariant(), text[1..]);
}
