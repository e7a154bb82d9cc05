using System.Xml.Linq;

namespace Plateforme.Crawler.Sources.Feeds;

/// <summary>One RSS item or Atom entry.</summary>
public sealed record FeedEntry(string? Id, string? Title, Uri? Link, string? SummaryHtml, IReadOnlyList<string> Categories, DateTimeOffset? Published, string RawXml)
{
    /// <summary>The item's own element, for fields a definition maps onto its other elements ("aap:dateLimite").</summary>
    public XElement? Element { get; init; }
}
