using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Plateforme.Crawler.Sources.Html;

/// <summary>
/// Finds the value a page writes next to a label, wherever its markup puts it, in this order: the <c>&lt;dd&gt;</c>
/// after the matching <c>&lt;dt&gt;</c>; in a table row item, the cell under the matching column header; in a table
/// of the scope, the first data cell under the matching column, or the cells after a matching row header; a label
/// element (<c>&lt;strong&gt;</c>, <c>&lt;b&gt;</c>, a small heading…) and the text after it, or the next block when
/// it stands alone; a line written « Label : valeur »; for a link field, a link whose text is the label. A text equal to a label wins over one starting with it.
/// </summary>
public static class LabelledValue
{
    private const string LabelElements = "strong, b, em, label, span, dfn, h2, h3, h4, h5, h6";
    private const string TextLines = "p, li, div, span, td";

    // A table row item asks its table's grid once per field: build it once per table.
    private static readonly ConditionalWeakTable<IHtmlTableElement, TableGrid> Grids = new();

    /// <param name="link">For a link field, a link whose own text is the label (« Déposer un dossier ») is its value, last.</param>
    public static LabelledText? Find(IElement scope, FieldLabel label, bool link = false)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(label);
        LabelledText? startsWith = null;
        var candidates = Candidates(scope, label);
        if (link) candidates = candidates.Concat(Links(scope, label));
        foreach (var (score, value) in candidates)
        {
            if (score == 2) return value;
            startsWith ??= value;
        }

        return startsWith;
    }

    private static IEnumerable<(int Score, LabelledText Value)> Candidates(IElement scope, FieldLabel label)
    {
        foreach (var candidate in DefinitionLists(scope, label)) yield return candidate;
        foreach (var candidate in RowItem(scope, label)) yield return candidate;
        foreach (var table in scope.QuerySelectorAll("table").OfType<IHtmlTableElement>())
        {
            foreach (var candidate in Table(table, label)) yield return candidate;
        }

        foreach (var candidate in LabelElementsOf(scope, label)) yield return candidate;
        foreach (var line in scope.QuerySelectorAll(TextLines).Where(e => e.Children.Length == 0 || e.LocalName is "p" or "li"))
        {
            var text = HtmlText.Visible(line);
            if (text is not null && label.ValueAfter(text.Split('\n')[0]) is { } value)
            {
                yield return (1, LabelledText.Of(value));
            }
        }
    }

    private static IEnumerable<(int Score, LabelledText Value)> Links(IElement scope, FieldLabel label)
    {
        foreach (var anchor in scope.QuerySelectorAll("a[href]"))
        {
            var score = label.Match(HtmlText.Visible(anchor));
            if (score > 0 && LabelledText.Of([anchor]) is { } found) yield return (score, found);
        }
    }

    private static IEnumerable<(int, LabelledText)> DefinitionLists(IElement scope, FieldLabel label)
    {
        foreach (var term in scope.QuerySelectorAll("dt"))
        {
            var score = label.Match(HtmlText.Visible(term));
            if (score == 0) continue;
            var values = new List<IElement>();
            for (var next = term.NextElementSibling; next is { LocalName: "dd" }; next = next.NextElementSibling) values.Add(next);
            if (LabelledText.Of(values) is { } found) yield return (score, found);
        }
    }

    /// <summary>The item is a table row: the cell of that row under the matching column.</summary>
    private static IEnumerable<(int, LabelledText)> RowItem(IElement scope, FieldLabel label)
    {
        if (scope.LocalName != "tr" || scope.Closest("table") is not IHtmlTableElement table) yield break;
        var grid = Grids.GetValue(table, TableGrid.Of);
        var row = grid.RowOf(scope);
        if (row < grid.HeaderRows) yield break;
        for (var column = 0; column < grid.ColumnCount; column++)
        {
            var score = ColumnScore(grid, column, label);
            if (score > 0 && grid.Cell(row, column) is { } cell && LabelledText.Of([cell]) is { } found) yield return (score, found);
        }
    }

    private static IEnumerable<(int, LabelledText)> Table(IHtmlTableElement table, FieldLabel label)
    {
        var grid = Grids.GetValue(table, TableGrid.Of);
        for (var column = 0; column < grid.ColumnCount && grid.HeaderRows < grid.RowCount; column++)
        {
            var score = ColumnScore(grid, column, label);
            if (score > 0 && grid.Cell(grid.HeaderRows, column) is { } cell && LabelledText.Of([cell]) is { } found) yield return (score, found);
        }

        for (var row = grid.HeaderRows; row < grid.RowCount; row++)
        {
            var cells = grid.CellsOf(row);
            var score = cells.Count >= 2 ? label.Match(HtmlText.Visible(cells[0])) : 0;
            if (score > 0 && LabelledText.Of([.. cells.Skip(1)]) is { } found) yield return (score, found);
        }
    }

    private static int ColumnScore(TableGrid grid, int column, FieldLabel label)
    {
        var headers = grid.HeadersOf(column).Select(HtmlText.Visible).OfType<string>().ToList();
        return headers.Count == 0 ? 0 : Math.Max(headers.Max(label.Match), label.Match(string.Join(' ', headers)));
    }

    private static IEnumerable<(int, LabelledText)> LabelElementsOf(IElement scope, FieldLabel label)
    {
        foreach (var element in scope.QuerySelectorAll(LabelElements))
        {
            var score = label.Match(HtmlText.Visible(element));
            if (score == 0) continue;
            var after = new List<INode>();
            for (var next = element.NextSibling; next is not null; next = next.NextSibling) after.Add(next);
            var found = LabelledText.Of(after);
            if (found is null)
            {
                // The label stands alone in its block: the value is the next block ("<p><b>Montant</b></p><p>5 000 €</p>").
                var block = element.ParentElement is { } parent && HtmlText.Visible(parent) == HtmlText.Visible(element) && parent != scope ? parent : element;
                found = block.NextElementSibling is { } next ? LabelledText.Of([next]) : null;
            }

            if (found is not null) yield return (score, found);
        }
    }
}
