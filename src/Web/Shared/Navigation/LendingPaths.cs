

namespace Plateforme.Web.Shared.Navigation;

/// <summary>The lending pages' addresses, in one place for links and redirects.</summary>
public static class LendingPaths
{
    public const string List = "/prets";
    public const string NewCampaign = "/prets/nouveau";
    public const string MyCampaigns = "/prets/mes-campagnes";
    public const string Moderation = "/moderation/prets";
    public const string OnlinePayments = "/moderation/paiements-en-ligne";
    public const string Health = "/api/admin/lending/health";

    public static string Campaign(Guid id) => $"/prets/{id}";

    public static string Review(Guid id) => $"/moderation/prets/{id}";

    /// <summary>A campaign photo, for pages outside the lending feature (moderation).</summary>
    public static string Photo(Guid photoId) => $"/prets/photos/{photoId}";
}
