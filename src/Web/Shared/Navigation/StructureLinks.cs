namespace Plateforme.Web.Shared.Navigation;

/// <summary>Links other features make to a partner structure's public page (the Structures feature owns it).</summary>
public static class StructureLinks
{
    public static string Page(string slug) => $"/structures/{Uri.EscapeDataString(slug)}";
}
