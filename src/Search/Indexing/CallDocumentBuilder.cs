using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Reference;

namespace Plateforme.Search.Indexing;

/// <summary>
/// Flattens a catalogue call into the document the index stores: slugs get their French labels, the perimeter
/// its enclosing territories, the HTML description its plain text. Never throws on unknown reference values:
/// an unknown slug is kept and labelled by itself, so an old value still shows instead of stalling the indexer.
/// </summary>
public sealed class CallDocumentBuilder(TerritoryDirectory territories, ThemeTaxonomy themes, ReferenceLists lists)
{
    // Elements whose text a reader never sees on the page.
    private static readonly HashSet<string> HiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "object", "embed", "head", "title",
    };

    // Elements that end a line or a block: their text must not be glued to the neighbour's ("<p>a</p><p>b</p>").
    private static readonly HashSet<string> BreakingElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    public CallDocument Build(FundingCall call, IReadOnlyDictionary<string, Funder> fundersBySlug)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(fundersBySlug);

        var perimeters = CallTerritories.Of(call).Select(ResolveTerritory).ToList();
        var (territory, path) = perimeters.Count > 0 ? perimeters[0] : ResolveTerritory(call.Territory);
        var subThemes = Distinct(call.SubThemes).Select(s => new LabelledValue(s, themes.SubThemeLabelOf(s))).ToList();
        return new CallDocument
        {
            Id = call.Id,
            Slug = call.Slug,
            Title = call.Title.Trim(),
            Summary = NullIfBlank(call.Summary),
            DescriptionText = PlainText(call.DescriptionHtml),
            Funders = Distinct(call.Funders)
                .Select(slug => new LabelledValue(slug, fundersBySlug.TryGetValue(slug, out var funder) ? funder.Name : slug))
                .ToList(),
            Themes = ResolveThemes(call.Themes, subThemes),
            SubThemes = subThemes,
            Keywords = Distinct(call.Keywords).ToList(),
            Beneficiaries = Resolve(call.Beneficiaries, lists.Beneficiaries),
            AidTypes = Resolve(call.AidTypes, lists.AidTypes),
            Destinations = Resolve(call.Destinations, lists.Destinations).Select(d => d.Value).ToList(),
            Programmes = ProgrammesOf(call.Programmes),
            Territory = territory,
            TerritoryPath = perimeters.Count > 1 ? [.. perimeters.SelectMany(p => p.Path).Distinct(StringComparer.Ordinal)] : path,
            Territories = perimeters.Count > 0 ? [.. perimeters.Select(p => p.Territory)] : [territory],
            Publics = Resolve(call.Publics, lists.Publics),
            OpensOn = call.OpensOn,
            Deadline = call.Deadline,
            DeadlineTime = call.DeadlineTime,
            Recurrence = call.Recurrence.ToSlug(),
            MinAmountCents = call.MinAmountCents,
            MaxAmountCents = call.MaxAmountCents,
            RateMinPercent = call.RateMinPercent,
            RateMaxPercent = call.RateMaxPercent,
            EnvelopeCents = call.EnvelopeCents,
            IsCallForProjects = call.IsCallForProjects,
            PublishedAt = call.PublishedAt ?? call.CreatedAt,
        };
    }

    /// <summary>Each programme once by slug, labelled with its first spelling.</summary>
    private static List<LabelledValue> ProgrammesOf(IEnumerable<string> names) =>
        [.. names.Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => new LabelledValue(ProgrammeSlugs.Of(n), n.Trim()))
            .Where(p => p.Value.Length > 0)
            .DistinctBy(p => p.Value, StringComparer.Ordinal)];

    /// <summary>
    /// Visible text of an HTML fragment: hidden elements dropped, entities decoded, blocks separated,
    /// every run of white space collapsed to one space. Null when nothing readable is left.
    /// </summary>
    public static string? PlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder(html.Length);

        // An explicit stack rather than recursion: deeply nested input cannot overflow the call stack.
        var pending = new Stack<(INode Node, bool Closing)>();
        pending.Push((document.DocumentElement, false));
        while (pending.Count > 0)
        {
            var (node, closing) = pending.Pop();
            if (node is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }
            if (node is not IElement element || HiddenElements.Contains(element.LocalName)) continue;

            var breaks = BreakingElements.Contains(element.LocalName);
            if (breaks) text.Append(' ');
            if (closing) continue;
            if (breaks) pending.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, false));
            }
        }
        return NullIfBlank(CollapseWhiteSpace(text));
    }

    private (LabelledValue Territory, IReadOnlyList<string> Path) ResolveTerritory(string raw)
    {
        // The catalogue validates perimeters on write; a bad one is still indexed rather than blocking the others.
        if (!TerritoryCode.TryParse(raw, out var code)) return (new LabelledValue(raw, raw), [raw]);
        return (new LabelledValue(code.ToString(), territories.Label(code)), territories.PathOf(code).Select(c => c.ToString()).ToList());
    }

    private List<LabelledValue> ResolveThemes(IEnumerable<string> slugs, IEnumerable<LabelledValue> subThemes)
    {
        var resolved = new List<LabelledValue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A call filed under "tiers-lieux" only is still an ESS call: the facet must count it there.
        var parents = subThemes.Select(s => themes.FindSubTheme(s.Value)?.ThemeSlug).OfType<string>();
        foreach (var raw in Distinct(slugs).Concat(parents))
        {
            var slug = themes.TryNormalize(raw, out var normalized) ? normalized : raw;
            if (seen.Add(slug)) resolved.Add(new LabelledValue(slug, themes.LabelOf(slug)));
        }
        return resolved;
    }

    private static List<LabelledValue> Resolve(IEnumerable<string> slugs, ReferenceList list)
    {
        var resolved = new List<LabelledValue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in Distinct(slugs))
        {
            var slug = list.TryNormalize(raw, out var normalized) ? normalized : raw;
            if (seen.Add(slug)) resolved.Add(new LabelledValue(slug, list.LabelOf(slug)));
        }
        return resolved;
    }

    private static IEnumerable<string> Distinct(IEnumerable<string>? values) =>
        (values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal);

    private static string CollapseWhiteSpace(StringBuilder text)
    {
        var collapsed = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = collapsed.Length > 0;
                    continue;
                }
                if (pendingSpace) collapsed.Append(' ');
                pendingSpace = false;
                collapsed.Append(c);
            }
        }
        return collapsed.ToString();
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
