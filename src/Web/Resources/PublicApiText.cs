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

    public static string PageTitle => Get(nameof(PageTitle));

    public static string PageIntro => Get(nameof(PageIntro));

    public static string ApiHeading => Get(nameof(ApiHeading));

    public static string ApiText => Get(nameof(ApiText));

    public static string CurlSearch => Get(nameof(CurlSearch));

    public static string CurlDetail => Get(nameof(CurlDetail));

    public static string CurlReference => Get(nameof(CurlReference));

    public static string QuotaHeading => Get(nameof(QuotaHeading));

    public static string QuotaText => Get(nameof(QuotaText));

    public static string DataHeading => Get(nameof(DataHeading));

    public static string DataText => Get(nameof(DataText));

    public static string DataJson => Get(nameof(DataJson));

    public static string DataCsv => Get(nameof(DataCsv));

    public static string DataDcat => Get(nameof(DataDcat));

    public static string LicenceHeading => Get(nameof(LicenceHeading));

    public static string LicenceText => Get(nameof(LicenceText));

    public static string WidgetHeading => Get(nameof(WidgetHeading));

    public static string WidgetText => Get(nameof(WidgetText));

    public static string WidgetFrameTitle => Get(nameof(WidgetFrameTitle));

    public static string FooterApiAndData => Get(nameof(FooterApiAndData));

    public static string KeysTitle => Get(nameof(KeysTitle));

    public static string KeysIntro => Get(nameof(KeysIntro));

    public static string KeysCreated => Get(nameof(KeysCreated));

    public static string KeysCreateHeading => Get(nameof(KeysCreateHeading));

    public static string KeysPartnerLabel => Get(nameof(KeysPartnerLabel));

    public static string KeysCreateButton => Get(nameof(KeysCreateButton));

    public static string KeysListHeading => Get(nameof(KeysListHeading));

    public static string KeysNone => Get(nameof(KeysNone));

    public static string KeysPrefix => Get(nameof(KeysPrefix));

    public static string KeysCreatedAt => Get(nameof(KeysCreatedAt));

    public static string KeysState => Get(nameof(KeysState));

    public static string KeysRevoke => Get(nameof(KeysRevoke));

    public static string KeysRevoked => Get(nameof(KeysRevoked));

    public static string KeysPartnerRequired => Get(nameof(KeysPartnerRequired));

    private static string Get(string name) => Resources.GetString(name, CultureInfo.InvariantCulture) ?? name;
}
