namespace Plateforme.Crawler.Sources.Definitions;

/// <summary>What one item of an HTML listing is.</summary>
public enum ItemMode
{
    /// <summary>Each element matching <see cref="FieldMap.Item"/> is one item (a card, a list item, a table row).</summary>
    Elements,

    /// <summary>
    /// Each heading matching <see cref="FieldMap.Item"/> ("h3", "main h2") opens one item: the heading and its following
    /// siblings up to the next such heading or a heading of the same or a higher level. For pages that list calls as
    /// titles followed by paragraphs, with no element wrapping each call.
    /// </summary>
    HeadingSections,
}
