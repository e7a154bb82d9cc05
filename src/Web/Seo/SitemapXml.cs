using System.Globalization;
using System.Text;
using System.Xml;

namespace Plateforme.Web.Seo;

/// <summary>The sitemaps.org XML: a urlset of at most the file's cap, or the index of the numbered files past it.</summary>
internal static class SitemapXml
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] UrlSet(IEnumerable<SitemapEntry> entries) => Write(writer =>
    {
        writer.WriteStartElement("urlset", Namespace);
        foreach (var entry in entries)
        {
            writer.WriteStartElement("url", Namespace);
            writer.WriteElementString("loc", Namespace, entry.Location.AbsoluteUri);
            if (entry.LastModified is { } modified)
            {
                writer.WriteElementString("lastmod", Namespace, modified.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    public static byte[] Index(IEnumerable<Uri> files) => Write(writer =>
    {
        writer.WriteStartElement("sitemapindex", Namespace);
        foreach (var file in files)
        {
            writer.WriteStartElement("sitemap", Namespace);
            writer.WriteElementString("loc", Namespace, file.AbsoluteUri);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }
}
