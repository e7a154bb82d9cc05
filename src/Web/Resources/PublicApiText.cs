using System.Globalization;
using System.Resources;

namespace Plateforme.Web.Resources;

/// <summary>The French texts of the public API, the open data, the « API et données » page and the search engines' tags (Resources/PublicApiText.resx).</summary>
public static class PublicApiText
{
    private static readonly ResourceManager Resources = new("Plateforme.Web.Resources.PublicApiText", typeof(PublicApiText).Assembly);

    public static string PartnerKeyUnknownTitle => Get(nameof(PartnerKeyUnknownTitle));

    public static string PartnerKeyUnknownDetail => Get(nameof(PartnerKeyUnknownDetail));

    public static string QuotaExceededTitle => Get(nameof(QuotaExceededTitle));

    public static string QuotaExceededDetail => Get(nameof(QuotaExceededDetail));

    private static string Get(string name) => Resources.GetString(name, CultureInfo.InvariantCulture) ?? name;
}
