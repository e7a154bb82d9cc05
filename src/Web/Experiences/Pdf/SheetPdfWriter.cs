using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Plateforme.Web.Shared.Documents;

namespace Plateforme.Web.Experiences.Pdf;

/// <summary>Writes wrapped lines top-down on A4 pages of a PDFsharp document, starting a page when one is full.</summary>
internal sealed class SheetPdfWriter(PdfDocument document) : IDisposable
{
    public const double Margin = 50;
    private const double LineGap = 2.5;
    private static readonly XPdfFontOptions WinAnsi = new(PdfFontEncoding.WinAnsi);
    private static readonly XColor Accent = XColor.FromArgb(0x00, 0x4b, 0x8d);
    private XGraphics? graphics;
    private PdfPage? page;
    private double y;

    private double Width => page!.Width.Point - 2 * Margin;

    public static XFont Font(double size, bool bold = false, bool italic = false) =>
        new(DocumentFontResolver.Family, size, (bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (italic ? XFontStyleEx.Italic : XFontStyleEx.Regular), WinAnsi);

    public void Paragraph(string text, XFont font, double before = 0, double after = 3, bool accent = false, double indent = 0)
    {
        EnsurePage();
        y += before;
        foreach (var line in Wrap(text, font, Width - indent)) Line(line, font, accent, indent);
        y += after;
    }

    /// <summary>A section title with a rule under it, kept with at least its first lines (no title alone at a page's foot).</summary>
    public void Heading(string text)
    {
        EnsurePage();
        var font = Font(12, bold: true);
        if (y + 4 * (font.GetHeight() + LineGap) > page!.Height.Point - Margin) NewPage();
        y += 10;
        Line(text, font, accent: true, indent: 0);
        graphics!.DrawLine(new XPen(Accent, 0.8), Margin, y, Margin + Width, y);
        y += 4;
    }

    /// <summary>A label and its value side by side (the sheet's identity block).</summary>
    public void Fact(string label, string value)
    {
        EnsurePage();
        const double labelShare = 0.3;
        var labelFont = Font(9.5, bold: true);
        var valueFont = Font(9.5);
        var lines = Wrap(value, valueFont, Width * (1 - labelShare)).ToList();
        var height = valueFont.GetHeight() + LineGap;
        if (y + height > page!.Height.Point - Margin) NewPage();
        graphics!.DrawString(Printable(label), labelFont, XBrushes.Black, new XRect(Margin, y, Width * labelShare, height), XStringFormats.TopLeft);
        foreach (var line in lines) Line(line, valueFont, accent: false, indent: Width * labelShare);
        y += 2;
    }

    public void Rule()
    {
        EnsurePage();
        y += 4;
        graphics!.DrawLine(XPens.LightGray, Margin, y, Margin + Width, y);
        y += 6;
    }

    public void Dispose() => graphics?.Dispose();

    private void Line(string text, XFont font, bool accent, double indent)
    {
        var height = font.GetHeight() + LineGap;
        if (y + height > page!.Height.Point - Margin) NewPage();
        graphics!.DrawString(Printable(text), font, accent ? new XSolidBrush(Accent) : XBrushes.Black, new XRect(Margin + indent, y, Width - indent, height), XStringFormats.TopLeft);
        y += height;
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        EnsurePage();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && graphics!.MeasureString(Printable(candidate), font).Width > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0) yield return line;
    }

    private void EnsurePage()
    {
        if (page is null) NewPage();
    }

    private void NewPage()
    {
        graphics?.Dispose();
        page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    // WinAnsi has no narrow no-break space (French number formatting) and no typographic apostrophe variants beyond
    // its own: the nearest printable characters read the same.
    private static string Printable(string text) => text.Replace('\u202f', '\u00a0').Replace('\u2011', '-');
}
