using System.Globalization;
using System.Xml;
using Plateforme.Search.Indexing;
using Plateforme.Web.Calls.Catalogue;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Calls.Feeds;

/// <summary>RSS 2.0 of a search, newest calls first.</summary>
public static class RssFeed
{
    public const string ContentType = "application/rss+xml; charset=utf-8";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedRequest request, IReadOnlyList<SearchHit> hits, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(hits);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, XmlText.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", XmlText.Clean(string.Format(CultureInfo.CurrentCulture, AlertText.FeedTitle, request.Description)));
            xml.WriteElementString("link", request.SearchPage.AbsoluteUri);
            xml.WriteElementString("description", XmlText.Clean(string.Format(CultureInfo.CurrentCulture, AlertText.FeedDescription, request.Description)));
            xml.WriteElementString("language", FrenchFormat.Culture.Name);
            xml.WriteElementString("lastBuildDate", Rfc822(hits.Count > 0 ? hits.Max(h => h.Call.PublishedAt) : now));
            xml.WriteStartElement("atom", "link", AtomNamespace);
            xml.WriteAttributeString("href", request.Self(FeedPaths.Rss).AbsoluteUri);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();

            var unstated = hits.Where(h => h.PublicUnstated).Select(h => h.Call.Id).ToHashSet();
            foreach (var call in hits.Select(h => h.Call))
            {
                var page = request.CallPage(call.Slug).AbsoluteUri;
                xml.WriteStartElement("item");
                xml.WriteElementString("title", XmlText.Clean(call.Title));
                xml.WriteElementString("link", page);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(page);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Rfc822(call.PublishedAt));
                xml.WriteElementString("description", XmlText.Clean(CallSummaryText.For(call, unstated.Contains(call.Id))));
                foreach (var theme in call.Themes) xml.WriteElementString("category", XmlText.Clean(theme.Label));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }

    private static string Rfc822(DateTimeOffset instant) => instant.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
}
