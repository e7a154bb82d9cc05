using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Lending.Campaigns;

/// <summary>
/// The share addresses of a campaign, each value percent-encoded exactly once (the page encodes the attribute,
/// turning <c>&amp;</c> into <c>&amp;amp;</c> in the HTML and back for the browser), so the e-mail keeps its body.
/// </summary>
public static class ShareUrls
{
    public static string Email(string title, string url) =>
        "mailto:?subject=" + Uri.EscapeDataString(string.Format(FrenchFormat.Culture, LendingPageText.ShareEmailSubject, title))
        + "&body=" + Uri.EscapeDataString(string.Format(FrenchFormat.Culture, LendingPageText.ShareEmailBody, title, url).Replace("\n", "\r\n", StringComparison.Ordinal));

    public static string Facebook(string url) => "https://www.facebook.com/sharer/sharer.php?u=" + Uri.EscapeDataString(url);

    public static string LinkedIn(string url) => "https://www.linkedin.com/sharing/share-offsite/?url=" + Uri.EscapeDataString(url);

    public static string X(string title, string url) =>
        "https://twitter.com/intent/tweet?text=" + Uri.EscapeDataString(title) + "&url=" + Uri.EscapeDataString(url);

    public static string WhatsApp(string title, string url) => "https://wa.me/?text=" + Uri.EscapeDataString(title + " " + url);
}
