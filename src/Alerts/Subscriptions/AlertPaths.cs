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

    public static Uri ConfirmLink(string siteUrl, string token) => Link(siteUrl, Confirm, token);

    public static Uri UnsubscribeLink(string siteUrl, string token) => Link(siteUrl, Unsubscribe, token);

    public static Uri OneClickLink(string siteUrl, string token) => Link(siteUrl, OneClickUnsubscribe, token);

    public static Uri Site(string siteUrl, string pathAndQuery) => new(siteUrl.TrimEnd('/') + pathAndQuery, UriKind.Absolute);

    private static Uri Link(string siteUrl, string path, string token) =>
        Site(siteUrl, $"{path}?{TokenParameter}={Uri.EscapeDataString(token)}");
}
