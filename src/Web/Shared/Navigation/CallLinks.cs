namespace Plateforme.Web.Shared.Navigation;

/// <summary>The French addresses of the pages, in one place.</summary>
public static class CallLinks
{
    public const string SearchPath = "/recherche";
    public const string EmbedPath = "/embed";

    public static string Detail(string slug) => "/appels/" + Uri.EscapeDataString(slug);

    public static string Calendar(string slug) => Detail(slug) + "/agenda.ics";

    public static string Funder(string slug) => "/financeurs/" + Uri.EscapeDataString(slug);
}
