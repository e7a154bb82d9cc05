namespace Plateforme.DemoData;

/// <summary>The perimeters of demo calls, with the French preposition each name takes ("dans la Somme", "à Amiens").</summary>
internal static class DemoPlaces
{
    public static IReadOnlyDictionary<string, DemoPlace> ByCode { get; } = new DemoPlace[]
    {
        new("eu:UE", "Union européenne", "dans l'Union européenne"),
        new("nat:FR", "France", "en France"),

        new("reg:32", "Hauts-de-France", "en Hauts-de-France"),
        new("reg:11", "Île-de-France", "en Île-de-France"),
        new("reg:84", "Auvergne-Rhône-Alpes", "en Auvergne-Rhône-Alpes"),
        new("reg:75", "Nouvelle-Aquitaine", "en Nouvelle-Aquitaine"),
        new("reg:76", "Occitanie", "en Occitanie"),
        new("reg:53", "Bretagne", "en Bretagne"),
        new("reg:44", "Grand Est", "dans le Grand Est"),
        new("reg:52", "Pays de la Loire", "dans les Pays de la Loire"),
        new("reg:28", "Normandie", "en Normandie"),
        new("reg:93", "Provence-Alpes-Côte d'Azur", "en Provence-Alpes-Côte d'Azur"),
        new("reg:94", "Corse", "en Corse"),
        new("reg:04", "La Réunion", "à La Réunion"),

        new("dep:80", "Somme", "dans la Somme"),
        new("dep:59", "Nord", "dans le Nord"),
        new("dep:62", "Pas-de-Calais", "dans le Pas-de-Calais"),
        new("dep:60", "Oise", "dans l'Oise"),
        new("dep:02", "Aisne", "dans l'Aisne"),
        new("dep:93", "Seine-Saint-Denis", "en Seine-Saint-Denis"),
        new("dep:33", "Gironde", "en Gironde"),
        new("dep:44", "Loire-Atlantique", "en Loire-Atlantique"),
        new("dep:69", "Rhône", "dans le Rhône"),
        new("dep:13", "Bouches-du-Rhône", "dans les Bouches-du-Rhône"),
        new("dep:35", "Ille-et-Vilaine", "en Ille-et-Vilaine"),
        new("dep:2A", "Corse-du-Sud", "en Corse-du-Sud"),
        new("dep:974", "La Réunion", "à La Réunion"),

        new("epci:248000531", "Amiens Métropole", "sur le territoire d'Amiens Métropole"),
        new("epci:200070993", "Baie de Somme", "dans l'agglomération de la Baie de Somme"),
        new("epci:200093201", "Métropole européenne de Lille", "dans la Métropole européenne de Lille"),
        new("epci:200071892", "Saint-Quentinois", "dans l'agglomération du Saint-Quentinois"),
        new("epci:200067999", "Beauvaisis", "dans l'agglomération du Beauvaisis"),
        new("epci:244400404", "Nantes Métropole", "sur le territoire de Nantes Métropole"),
        new("epci:200046977", "Métropole de Lyon", "dans la Métropole de Lyon"),
        new("epci:243300316", "Bordeaux Métropole", "sur le territoire de Bordeaux Métropole"),
        new("epci:243500139", "Rennes Métropole", "sur le territoire de Rennes Métropole"),
        new("epci:249740119", "CINOR", "dans l'intercommunalité du Nord de La Réunion"),

        new("com:80021", "Amiens", "à Amiens"),
        new("com:80001", "Abbeville", "à Abbeville"),
        new("com:80016", "Albert", "à Albert"),
        new("com:80620", "Péronne", "à Péronne"),
        new("com:59350", "Lille", "à Lille"),
        new("com:59512", "Roubaix", "à Roubaix"),
        new("com:02691", "Saint-Quentin", "à Saint-Quentin"),
        new("com:60057", "Beauvais", "à Beauvais"),
        new("com:62041", "Arras", "à Arras"),
        new("com:75056", "Paris", "à Paris"),
        new("com:93066", "Saint-Denis", "à Saint-Denis"),
        new("com:13055", "Marseille", "à Marseille"),
        new("com:69123", "Lyon", "à Lyon"),
        new("com:44109", "Nantes", "à Nantes"),
        new("com:35238", "Rennes", "à Rennes"),
        new("com:38185", "Grenoble", "à Grenoble"),
        new("com:33063", "Bordeaux", "à Bordeaux"),
        new("com:2A004", "Ajaccio", "à Ajaccio"),
        new("com:97411", "Saint-Denis (La Réunion)", "à Saint-Denis de La Réunion"),
    }.ToDictionary(p => p.Code, StringComparer.Ordinal);
}
