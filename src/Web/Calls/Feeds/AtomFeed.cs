using System.Globalization;
using System.Xml;
using Plateforme.Search.Indexing;
using Plateforme.Web.Calls.Catalogue;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Calls.Feeds;

/// <summary>Atom (RFC 4287) of a search, newest calls first.</summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Namespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedRequest request, IReadOnlyList<SearchHit> hits, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(hits);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, XmlText.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, FrenchFormat.Culture.TwoLetterISOLanguageName);
            var self = request.Self(FeedPaths.Atom).AbsoluteUri;
            xml.WriteElementString("id", Namespace, self);
            xml.WriteElementString("title", Namespace, XmlText.Clean(string.Format(CultureInfo.CurrentCulture, AlertText.FeedTitle, request.Description)));
            xml.WriteElementString("subtitle", Namespace, XmlText.Clean(string.Format(CultureInfo.CurrentCulture, AlertText.FeedDescription, request.Description)));
            xml.WriteElementString("updated", Namespace, Rfc3339(hits.Count > 0 ? hits.Max(h => h.Call.PublishedAt) : now));
            Link(xml, self, "self", "application/atom+xml");
            Link(xml, request.SearchPage.AbsoluteUri, "alternate", "text/html");
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, UiText.SiteName);
            xml.WriteEndElement();

            var unstated = hits.Where(h => h.PublicUnstated).Select(h => h.Call.Id).ToHashSet();
            foreach (var call in hits.Select(h => h.Call))
            {
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("id", Namespace, "urn:uuid:" + call.Id.ToString("D"));
                xml.WriteElementString("title", Namespace, XmlText.Clean(call.Title));
                Link(xml, request.CallPage(call.Slug).AbsoluteUri, "alternate", "text/html");
                xml.WriteElementString("published", Namespace, Rfc3339(call.PublishedAt));
                xml.WriteElementString("updated", Namespace, Rfc3339(call.PublishedAt));
                xml.WriteElementString("summary", Namespace, XmlText.Clean(CallSummaryText.For(call, unstated.Contains(call.Id))));
                foreach (var theme in call.Themes)
                {
                    xml.WriteStartElement("category", Namespace);
                    xml.WriteAttributeString("term", theme.Value);
                    xml.WriteAttributeString("label", XmlText.Clean(theme.Label));
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Rfc3339(DateTimeOffset instant) => XmlConvert.ToString(instant.ToUniversalTime().UtcDateTime, XmlDateTimeSerializationMode.Utc);
}
