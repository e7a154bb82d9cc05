using Plateforme.Accounts;

namespace Plateforme.Alerts.Subscriptions;

/// <summary>The French addresses of the alert pages, in one place (the e-mails link to them).</summary>
public static class AlertPaths
{
    public const string New = "/alertes/nouvelle";
    public const string Confirm = "/alertes/confirmer";
    public const string Unsubscribe = "/alertes/desabonnement";

    /// <summary>RFC 8058 one-click: mail clients POST here ("List-Unsubscribe=One-Click").</summary>
    public const string OneClickUnsubscribe = "/alertes/desabonnement/un-clic";

    public const string Manage = "/compte/alertes";
    public const string TokenParameter = "jeton";

    public static string NewFor(string query) => New + query;

    public static Uri ConfirmLink(PublicSiteOptions site, string token) => Link(site, Confirm, token);

    public static Uri UnsubscribeLink(PublicSiteOptions site, string token) => Link(site, Unsubscribe, token);

    public static Uri OneClickLink(PublicSiteOptions site, string token) => Link(site, OneClickUnsubscribe, token);

    private static Uri Link(PublicSiteOptions site, string path, string token) =>
        site.Link($"{path}?{TokenParameter}={Uri.EscapeDataString(token)}");
}
