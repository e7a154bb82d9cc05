namespace Plateforme.Web.Structures;

/// <summary>The addresses of structures' pages.</summary>
public static class StructurePaths
{
    public const string Admin = "/admin/structures";
    public const string List = "/structures";

    public static string AdminOf(Guid id) => $"/admin/structures/{id}";

    public static string Page(string slug) => $"/structures/{slug}";

    public static string Dashboard(string slug) => $"/structures/{slug}/tableau-de-bord";

    public static string Statistics(string slug) => $"/structures/{slug}/statistiques";

    public static string Accompaniment(string slug, Guid campaignId) => Shared.Navigation.StructureLinks.Accompaniment(slug, campaignId);

    public static string Assign(Guid campaignId) => Shared.Navigation.StructureLinks.Assign(campaignId);
}
