namespace Plateforme.Web.Opportunities;

/// <summary>The addresses of the opportunity workspace, and of the pages of other features it sends the team to.</summary>
public static class OpportunityPaths
{
    public const string List = "/opportunites";
    public const string New = "/opportunites/nouvelle";

    public static string File(Guid id) => $"/opportunites/{id}";

    public static string Edit(Guid id) => $"/opportunites/{id}/modifier";

    public static string Print(Guid id) => $"/opportunites/{id}/imprimer";

    public static string Status(Guid id) => $"/opportunites/{id}/statut";

    public static string Pin(Guid id) => $"/opportunites/{id}/epingler";

    public static string Unpin(Guid id) => $"/opportunites/{id}/desepingler";

    public static string PublishAsExperience(Guid id) => $"/opportunites/{id}/publier-experience";

    public static string LaunchCampaign(Guid id) => $"/opportunites/{id}/lancer-campagne";

    // Pages of other features, by address only (a feature never uses another feature's code).
    public static string Call(string slug) => "/appels/" + Uri.EscapeDataString(slug);

    public static string Experience(string slug) => "/experiences/" + Uri.EscapeDataString(slug);

    public static string ExperienceDraft(Guid id) => $"/experiences/fiches/{id}/modifier";

    public static string CampaignDraft(Guid id) => $"/prets/mes-campagnes/{id}/modifier";
}
