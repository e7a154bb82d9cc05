namespace Plateforme.Web.Shared.Navigation;

/// <summary>The addresses of structures' pages that other features (calls, moderation, e-mails) link to; the Structures feature owns them.</summary>
public static class StructureLinks
{
    /// <summary>A partner structure's public page.</summary>
    public static string Page(string slug) => $"/structures/{Uri.EscapeDataString(slug)}";

    /// <summary>The conseiller's record of a campaign's accompaniment.</summary>
    public static string Accompaniment(string slug, Guid campaignId) => $"/structures/{slug}/accompagnements/{campaignId}";

    /// <summary>Choosing the structure that accompanies a campaign (platform moderators, or a structure's staff).</summary>
    public static string Assign(Guid campaignId) => $"/structures/attribuer/{campaignId}";
}
