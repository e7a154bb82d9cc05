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

    public static string MetaApiPage => Get(nameof(MetaApiPage));

    public static string MetaLendingStatistics => Get(nameof(MetaLendingStatistics));

    public static string MetaLending => Get(nameof(MetaLending));

    public static string MetaSources => Get(nameof(MetaSources));

    public static string MetaMyTerritory => Get(nameof(MetaMyTerritory));

    private static string Get(string name) => Resources.GetString(name, CultureInfo.InvariantCulture) ?? name;
}
