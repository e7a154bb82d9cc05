namespace Plateforme.Web.OpenData;

/// <summary>Where the open data and its documentation live.</summary>
public static class OpenDataPaths
{
    public const string Page = "/api-et-donnees";
    public const string Json = "/donnees/appels-a-projets.json";
    public const string Csv = "/donnees/appels-a-projets.csv";
    public const string Catalogue = "/donnees/catalogue.jsonld";
}
