using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Sources.Fields;
using Plateforme.Crawler.Sources.Html;

namespace Plateforme.Crawler.Sources.Feeds;

/// <summary>
/// A feed item's own fields, mapped like an HTML item's: "aap:dateLimite" (an element of the item, the prefix as the
/// feed declares it; without a prefix the local name in any namespace), "media:group/media:title" (a child's child),
/// "enclosure@url" (an attribute), or "label:Date limite" (the value next to that label in the item's summary HTML).
/// Several matching elements are joined with ", "; HTML inside an element is read as its visible text.
/// </summary>
public static class FeedFieldReader
{
    private static readonly HtmlParser Parser = new();
    private static readonly HashSet<string> HtmlFields = new([nameof(FieldMap.Summary), nameof(FieldMap.Description)], StringComparer.Ordinal);
    private static readonly HashSet<string> LinkFields = new([nameof(FieldMap.Link), nameof(FieldMap.ApplicationLink)], StringComparer.Ordinal);

    public static ItemFields Read(FeedEntry entry, FieldMap map, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(map);
        AngleSharp.Dom.IElement? summary = null;
        return FieldMapReader.Read(map, (name, spec) =>
        {
            if (FieldLabel.IsLabel(spec))
            {
                if (entry.SummaryHtml is null) return null;
                summary ??= Parser.ParseDocument(entry.SummaryHtml).Body;
                return summary is null ? null : HtmlFieldReader.ReadOne(summary, name, spec, feedUrl);
            }

            var value = entry.Element is { } element ? Text(element, spec) : null;
            if (value is null) return null;
            if (LinkFields.Contains(name)) return HtmlFieldReader.ResolveLink(value, feedUrl)?.AbsoluteUri;
            return HtmlFields.Contains(name) || !value.Contains('<', StringComparison.Ordinal)
                ? value
                : HtmlText.Visible(Parser.ParseDocument(value).Body);
        });
    }

    /// <summary>The text at a path of the item, or null.</summary>
    public static string? Text(XElement item, string spec)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(spec);
        var at = spec.LastIndexOf('@');
        var path = (at >= 0 ? spec[..at] : spec).Trim();
        var attribute = at >= 0 ? spec[(at + 1)..].Trim() : null;
        IEnumerable<XElement> current = [item];
        foreach (var step in path.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            current = current.SelectMany(element => element.Elements().Where(child => Matches(child, step, item))).ToList();
        }

        var values = current
            .Select(element => attribute is null ? element.Value : AttributeOf(element, attribute, item))
            .Select(value => value?.Trim())
            .Where(value => !string.IsNullOrEmpty(value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return values.Count == 0 ? null : string.Join(", ", values);
    }

    private static bool Matches(XElement element, string step, XElement item)
    {
        var colon = step.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return string.Equals(element.Name.LocalName, step, StringComparison.OrdinalIgnoreCase);
        var ns = item.GetNamespaceOfPrefix(step[..colon]);
        return ns is not null && element.Name.Namespace == ns
            && string.Equals(element.Name.LocalName, step[(colon + 1)..], StringComparison.OrdinalIgnoreCase);
    }

    private static string? AttributeOf(XElement element, string attribute, XElement item)
    {
        var colon = attribute.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return (string?)element.Attributes().FirstOrDefault(a => a.Name.LocalName == attribute);
        var ns = item.GetNamespaceOfPrefix(attribute[..colon]);
        return ns is null ? null : (string?)element.Attribute(ns + attribute[(colon + 1)..]);
    }
}
