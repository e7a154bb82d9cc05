using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Plateforme.Crawler.Sources.Feeds;

/// <summary>Reads RSS 2.0 and Atom 1.0 documents; DTDs are ignored and never resolved.</summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    private static readonly string[] RfcFormats =
    [
        "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz", "dd MMM yyyy HH:mm:ss zzz",
        "ddd, dd MMM yyyy HH:mm zzz", "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'GMT'",
    ];

    /// <summary>The entries, or null when the text is neither RSS nor Atom.</summary>
    public static IReadOnlyList<FeedEntry>? Parse(string xml, Uri feedUrl)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }

        var root = document.Root;
        if (root?.Name.LocalName == "rss")
        {
            return root.Element("channel")?.Elements("item").Select(item => FromRss(item, feedUrl)).ToList() ?? [];
        }

        return root?.Name == Atom + "feed" ? root.Elements(Atom + "entry").Select(entry => FromAtom(entry, feedUrl)).ToList() : null;
    }

    private static FeedEntry FromRss(XElement item, Uri feedUrl) =>
        new(
            Id: Text(item.Element("guid")),
            Title: Text(item.Element("title")),
            Link: Resolve(Text(item.Element("link")), feedUrl),
            SummaryHtml: Text(item.Element(Content + "encoded")) ?? Text(item.Element("description")),
            Categories: item.Elements("category").Select(Text).OfType<string>().ToList(),
            Published: ParseDate(Text(item.Element("pubDate"))),
            RawXml: item.ToString()) { Element = item };

    private static FeedEntry FromAtom(XElement entry, Uri feedUrl)
    {
        var link = entry.Elements(Atom + "link")
            .FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        return new(
            Id: Text(entry.Element(Atom + "id")),
            Title: Text(entry.Element(Atom + "title")),
            Link: Resolve((string?)link?.Attribute("href"), feedUrl),
            SummaryHtml: Text(entry.Element(Atom + "summary")) ?? Text(entry.Element(Atom + "content")),
            Categories: entry.Elements(Atom + "category").Select(c => (string?)c.Attribute("label") ?? (string?)c.Attribute("term")).OfType<string>().ToList(),
            Published: ParseDate(Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated"))),
            RawXml: entry.ToString()) { Element = entry };
    }

    private static string? Text(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    private static Uri? Resolve(string? href, Uri feedUrl) => Html.HtmlFieldReader.ResolveLink(href, feedUrl);

    private static DateTimeOffset? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var normalised = text.Replace(" +0000", " +00:00", StringComparison.Ordinal);
        if (normalised.Length > 5 && (normalised[^5] == '+' || normalised[^5] == '-') && normalised[^3] != ':')
        {
            normalised = $"{normalised[..^2]}:{normalised[^2..]}";
        }

        if (DateTimeOffset.TryParseExact(normalised, RfcFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var rfc))
        {
            return rfc;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) ? iso : null;
    }
}
