using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Plateforme.Crawler.Sources.Html;

/// <summary>
/// A table as a reader sees it: every cell placed on a real grid, a cell with <c>rowspan</c>/<c>colspan</c> filling
/// every slot it covers, so "the cell under « Montant » in this row" is found even when the value was written once
/// for three rows. Header rows are those of <c>&lt;thead&gt;</c>, else the leading rows made only of <c>&lt;th&gt;</c>.
/// </summary>
public sealed class TableGrid
{
    // A span larger than this is a mistake or an attack, not a layout.
    private const int MaxSpan = 200;

    private readonly List<IElement?[]> _slots;
    private readonly List<IHtmlTableRowElement> _rows;

    private TableGrid(List<IHtmlTableRowElement> rows, List<IElement?[]> slots, int headerRows)
    {
        _rows = rows;
        _slots = slots;
        HeaderRows = headerRows;
    }

    public int HeaderRows { get; }

    public int RowCount => _rows.Count;

    public int ColumnCount => _slots.Count == 0 ? 0 : _slots.Max(row => row.Length);

    public static TableGrid Of(IHtmlTableElement table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows.Where(row => row.Closest("table") == table).ToList();
        var slots = new List<IElement?[]>();
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (At(slots, r, column) is not null) column++;
                var rowSpan = cell.RowSpan <= 0 ? rows.Count - r : Math.Min(cell.RowSpan, MaxSpan);
                var columnSpan = Math.Clamp(cell.ColumnSpan, 1, MaxSpan);
                for (var dr = 0; dr < rowSpan && r + dr < rows.Count; dr++)
                {
                    for (var dc = 0; dc < columnSpan; dc++) Place(slots, r + dr, column + dc, cell);
                }

                column += columnSpan;
            }
        }

        while (slots.Count < rows.Count) slots.Add([]);
        return new TableGrid(rows, slots, CountHeaderRows(rows));
    }

    /// <summary>The cell covering a slot, or null.</summary>
    public IElement? Cell(int row, int column) => At(_slots, row, column);

    /// <summary>The row of the grid a <c>&lt;tr&gt;</c> is, or -1.</summary>
    public int RowOf(IElement row) => _rows.FindIndex(candidate => candidate == row);

    /// <summary>The distinct header cells above a column, top first ("Aide" then "Montant" under a two-level header).</summary>
    public IReadOnlyList<IElement> HeadersOf(int column) =>
        [.. Enumerable.Range(0, HeaderRows).Select(row => Cell(row, column)).OfType<IElement>().Distinct()];

    /// <summary>The distinct cells of a row, left to right.</summary>
    public IReadOnlyList<IElement> CellsOf(int row) =>
        row < 0 || row >= _slots.Count ? [] : [.. _slots[row].OfType<IElement>().Distinct()];

    private static int CountHeaderRows(List<IHtmlTableRowElement> rows)
    {
        var inHead = rows.TakeWhile(row => row.ParentElement?.LocalName == "thead").Count();
        if (inHead > 0) return inHead;
        return rows.TakeWhile(row => row.Cells.Length > 0 && row.Cells.All(cell => cell.LocalName == "th")).Count();
    }

    private static IElement? At(List<IElement?[]> slots, int row, int column) =>
        row < slots.Count && column < slots[row].Length ? slots[row][column] : null;

    private static void Place(List<IElement?[]> slots, int row, int column, IElement cell)
    {
        while (slots.Count <= row) slots.Add([]);
        if (slots[row].Length <= column)
        {
            var wider = new IElement?[column + 1];
            slots[row].CopyTo(wider, 0);
            slots[row] = wider;
        }

        slots[row][column] ??= cell;
    }
}
