using AngleSharp.Dom;

namespace Plateforme.Crawler.Sources.Html;

/// <summary>
/// Cuts a page that lists calls as headings followed by paragraphs into one element per call: a detached
/// <c>&lt;section&gt;</c> holding a copy of the heading and of its following siblings, up to the next selected
/// heading, a heading of the same or a higher level, or a block that contains one. Field selectors then apply to
/// the section as to any listing entry ("h3" for the title, "h3 a" for the link, "label:Date limite"…).
/// </summary>
public static class HeadingSections
{
    public static IReadOnlyList<IElement> Cut(IDocument document, string headingSelector)
    {
        ArgumentNullException.ThrowIfNull(document);
        var headings = document.QuerySelectorAll(headingSelector).ToList();
        var opening = new HashSet<IElement>(headings);
        var sections = new List<IElement>(headings.Count);
        foreach (var heading in headings)
        {
            var section = document.CreateElement("section");
            section.AppendChild(heading.Clone(deep: true));
            var rank = Rank(heading);
            for (var next = StartOf(heading, document).NextElementSibling; next is not null && !Ends(next, rank, opening); next = next.NextElementSibling)
            {
                section.AppendChild(next.Clone(deep: true));
            }

            sections.Add(section);
        }

        return sections;
    }

    /// <summary>1 to 6 for h1 to h6; 7 for any other element selected as a heading.</summary>
    private static int Rank(IElement element) =>
        element.LocalName is ['h', var digit] && digit is >= '1' and <= '6' ? digit - '0' : 7;

    /// <summary>A heading wrapped alone in a block ("&lt;div class=titre&gt;&lt;h3&gt;…") is followed by the block's siblings.</summary>
    private static IElement StartOf(IElement heading, IDocument document)
    {
        var start = heading;
        while (start.NextElementSibling is null && start.ParentElement is { } parent && parent != document.Body && parent.Children.Length == 1)
        {
            start = parent;
        }

        return start;
    }

    /// <summary>A selected heading, or a heading of the same or a higher level (any heading after a selected non-heading), ends the section.</summary>
    private static bool Ends(IElement sibling, int rank, HashSet<IElement> opening)
    {
        bool Closes(IElement element) => opening.Contains(element) || (Rank(element) <= 6 && Rank(element) <= rank);
        return Closes(sibling) || sibling.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Any(Closes) || sibling.QuerySelectorAll("*").Any(opening.Contains);
    }
}
