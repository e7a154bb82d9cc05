namespace Plateforme.Web.Shared.Navigation;

/// <summary>The French addresses of the pages, in one place.</summary>
public static class CallLinks
{
    public const string SearchPath = "/recherche";
    public const string EmbedPath = "/embed";

    public static string Detail(string slug) => "/appels/" + Uri.EscapeDataString(slug);

    /// <summary>The parameter of a call's address carrying the results it was opened from, for « Retour aux résultats ».</summary>
    public const string FromSearchParameter = "recherche";

    /// <summary>A call's page opened from the results with this query string (« ?q=… », or empty for every call).</summary>
    public static string DetailFromSearch(string slug, string searchQuery) =>
        Detail(slug) + "?" + FromSearchParameter + "=" + Uri.EscapeDataString(searchQuery);

    public static string Calendar(string slug) => Detail(slug) + "/agenda.ics";

    public static string Funder(string slug) => "/financeurs/" + Uri.EscapeDataString(slug);
}
